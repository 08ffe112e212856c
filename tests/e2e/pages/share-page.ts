import { expect, type Locator, type Page } from '@playwright/test'

/** The quiz on a module's page, taken through the UI up to the result screen. */
export class QuizFlow {
  constructor(readonly page: Page) {}

  get panel() {
    return this.page.getByRole('complementary', { name: 'Quiz' })
  }

  /** Starts the quiz, answers what it can with the first choice, submits; returns the prompts seen. */
  async complete(slug: string): Promise<string[]> {
    await this.page.goto(`/read/${slug}`)
    await this.panel.getByRole('button', { name: 'Start the quiz' }).click()
    const prompts = this.panel.locator('.question-prompt')
    await expect(prompts.first()).toBeVisible()
    const seen = (await prompts.allInnerTexts()).map((t) => t.trim())
    const questions = this.panel.locator('li.question')
    for (let i = 0; i < (await questions.count()); i++) {
      const radio = questions.nth(i).getByRole('radio').first()
      if ((await radio.count()) > 0) await radio.check()
    }
    await this.panel.getByRole('button', { name: 'Submit answers' }).click()
    await expect(this.resultHeading).toBeVisible()
    return seen
  }

  get resultHeading() {
    return this.panel.getByRole('heading', { name: /^You scored/ })
  }
}

/** The share panel on the result screen. */
export class SharePanel {
  readonly root: Locator
  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Share your result' })
  }

  get preview() {
    return this.root.getByRole('img', { name: /Your result card/ })
  }
  get copyLink() {
    return this.root.getByRole('button', { name: 'Copy link' })
  }
  get downloadImage() {
    return this.root.getByRole('link', { name: 'Download image' })
  }
  get nativeShare() {
    return this.root.getByRole('button', { name: 'Share…' })
  }
  get showName() {
    return this.root.getByRole('checkbox', { name: 'Show my name on the card' })
  }
  get nameInput() {
    return this.root.getByRole('textbox', { name: 'Name to show' })
  }
  get save() {
    return this.root.getByRole('button', { name: /^Save/ })
  }
  get status() {
    return this.root.locator('.hint')
  }

  /** The preview's natural size once it has loaded (0 while loading or broken). */
  previewNaturalSize() {
    return this.preview.evaluate((img: HTMLImageElement) =>
      img.complete ? [img.naturalWidth, img.naturalHeight] : [0, 0],
    )
  }

  async previewSrc() {
    return (await this.preview.getAttribute('src')) ?? ''
  }

  async setName(name: string | null) {
    if (name === null) {
      await this.showName.uncheck()
    } else {
      await this.showName.check()
      await this.nameInput.fill(name)
    }
    await this.save.click()
    await expect(this.status).toHaveText(
      name === null ? 'The card is anonymous.' : 'Your name now shows on the card.',
    )
  }
}

/** The public share page of a result, /r/<shareId>. */
export class SharePage {
  constructor(readonly page: Page) {}

  async goto(url: string) {
    return this.page.goto(url)
  }

  get main() {
    return this.page.getByRole('main')
  }
  get headline() {
    return this.page.getByRole('heading', { level: 1 })
  }
  get score() {
    return this.page.locator('.share-score')
  }
  get categories() {
    return this.page.locator('.share-bars li')
  }
  get takeQuiz() {
    return this.page.getByRole('link', { name: 'Take this quiz' })
  }

  meta(property: string) {
    return this.page
      .locator(`meta[property="${property}"], meta[name="${property}"]`)
      .first()
      .getAttribute('content')
  }
}

/** Width and height from a PNG's IHDR chunk, or null if the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature)) return null
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') return null
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}
