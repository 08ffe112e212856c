import { expect, type Locator, type Page } from '@playwright/test'
import { tabTo, typeInto } from './keyboard'

export type PastedArticleInput = {
  title: string
  source: string
  publishedAt: string
  standfirst?: string
  text: string
}

/** One question as the review page shows it: the correct option is marked in words. */
export type ReviewedQuestion = {
  number: number
  category: string
  format: string
  prompt: string
  options: string[]
  correct: string | null
}

/** /teach/modules/new: paste an article, get a draft module. */
export class NewModulePage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto('/teach/modules/new')
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'New module from an article' }),
    ).toBeVisible()
  }

  async fill(article: PastedArticleInput) {
    const form = this.page.locator('main form')
    await form.getByLabel('Headline').fill(article.title)
    await form.getByLabel('Source').fill(article.source)
    await form.getByLabel('Publication date').fill(article.publishedAt)
    if (article.standfirst) await form.getByLabel('Standfirst (optional)').fill(article.standfirst)
    await form.getByLabel('Article text').fill(article.text)
  }

  /** Pastes the article and waits for the review page; returns the new module's id. */
  async create(article: PastedArticleInput): Promise<string> {
    await this.fill(article)
    await this.page.getByRole('button', { name: 'Create module and generate questions' }).click()
    await expect(this.page).toHaveURL(/\/teach\/modules\/[A-Za-z0-9_-]{24}$/, { timeout: 15_000 })
    await expect(this.page.getByRole('heading', { level: 1, name: article.title })).toBeVisible()
    return new URL(this.page.url()).pathname.split('/').pop() as string
  }
}

/** /teach/modules/<id>: the draft's questions with their actions, and publishing. */
export class ModuleReviewPage {
  constructor(readonly page: Page) {}

  async goto(moduleId: string) {
    return this.page.goto(`/teach/modules/${moduleId}`)
  }

  get items() {
    return this.page.locator('ol.review-list > li')
  }

  item(number: number): Locator {
    return this.items.nth(number - 1)
  }

  get versionRows() {
    return this.page.getByRole('region', { name: 'Publish' }).locator('.version-list > li')
  }

  /** Every question of the draft, read from the page. */
  async questions(): Promise<ReviewedQuestion[]> {
    return this.items.evaluateAll((items) =>
      items.map((li, i) => {
        const meta = [...li.querySelectorAll('.question-meta span')].map(
          (s) => s.textContent?.trim() ?? '',
        )
        const options = [...li.querySelectorAll('.review-options li')].map((o) => {
          const copy = o.cloneNode(true) as HTMLElement
          for (const extra of copy.querySelectorAll('.review-mark, .review-correct-tag'))
            extra.remove()
          return {
            text: copy.textContent?.trim() ?? '',
            correct: o.classList.contains('is-correct'),
          }
        })
        return {
          number: i + 1,
          category: meta[0] ?? '',
          format: meta[1] ?? '',
          prompt: li.querySelector('.question-prompt')?.textContent?.trim() ?? '',
          options: options.map((o) => o.text),
          correct: options.find((o) => o.correct)?.text ?? null,
        }
      }),
    )
  }

  /** Opens "Edit question n", replaces its prompt and saves. */
  async editPrompt(number: number, prompt: string) {
    const item = this.item(number)
    await item.getByText(`Edit question ${number}`, { exact: true }).click()
    const form = item.locator('details form')
    await form.getByLabel('Question', { exact: true }).fill(prompt)
    await form.getByRole('button', { name: `Save question ${number}` }).click()
    await expect(form.getByRole('status')).toHaveText(
      'Saved. The draft changed; published versions did not.',
    )
    await expect(item.locator('.question-prompt')).toHaveText(prompt)
  }

  /** Publishes the draft and returns the new version's id (from its "Assign" link). */
  async publish(version: number): Promise<string> {
    await this.page.getByRole('button', { name: `Publish version ${version}` }).click()
    await expect(
      this.page.getByRole('status').filter({ hasText: `Published version ${version}.` }),
    ).toBeVisible()
    const link = this.page.getByRole('link', { name: `Assign version ${version}`, exact: true })
    await expect(link).toBeVisible()
    const href = (await link.getAttribute('href')) ?? ''
    return new URL(href, 'http://x').searchParams.get('version') ?? ''
  }
}

/** The review page's "Add a question" section, used with the keyboard only. */
export class AddQuestionSection {
  constructor(readonly page: Page) {}

  get section() {
    return this.page.getByRole('region', { name: 'Add a question' })
  }

  get form() {
    return this.section.locator('form')
  }

  field(label: string) {
    return this.form.getByLabel(label, { exact: true })
  }

  /**
   * The "Add a question" link above the list moves the keyboard to this section; from there,
   * Tab to the format's link and press Enter.
   */
  async chooseFormat(name: string) {
    const skip = this.page.getByRole('link', { name: 'Add a question', exact: true })
    await tabTo(this.page, skip)
    await this.page.keyboard.press('Enter')
    const link = this.section
      .getByRole('navigation', { name: 'Question format' })
      .getByRole('link', {
        name,
        exact: true,
      })
    await tabTo(this.page, link)
    await this.page.keyboard.press('Enter')
    await expect(link).toHaveAttribute('aria-current', 'true')
    await expect(this.section.getByRole('heading', { level: 3, name })).toBeVisible()
  }

  async type(values: Record<string, string>) {
    for (const [label, text] of Object.entries(values))
      await typeInto(this.page, this.field(label), text)
  }

  async submit() {
    await tabTo(this.page, this.form.getByRole('button', { name: 'Add the question' }))
    await this.page.keyboard.press('Enter')
  }
}
