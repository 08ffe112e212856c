import { expect, type Locator, type Page } from '@playwright/test'

export const QUIZ_SLUG = 'biden-al-kadhimi-rocket-attacks'

export type SavedQuiz = {
  attemptId: string
  submissionKey: string
  answers: Record<string, unknown>
  submitted: boolean
}

/** What a question shows as answered: checked radio, chosen selects, typed text, item order. */
export type Selection = { radio: string | null; selects: string[]; typed: string; order: string[] }

/**
 * The quiz panel beside the article, driven with the keyboard only: focus moves with
 * Tab / Shift+Tab, choices with Space and the arrow keys, buttons with Enter.
 */
export class QuizPanel {
  constructor(
    readonly page: Page,
    readonly slug = QUIZ_SLUG,
  ) {}

  get root() {
    return this.page.getByRole('complementary', { name: 'Quiz' })
  }
  get startButton() {
    return this.root.getByRole('button', { name: 'Start the quiz' })
  }
  get submitButton() {
    return this.root.getByRole('button', { name: 'Submit answers' })
  }
  get retryButton() {
    return this.root.getByRole('button', { name: 'Try another variant' })
  }
  get questions() {
    return this.root.locator('li.question')
  }
  get progress() {
    return this.root.getByText(/^Answered \d+ of \d+$/)
  }
  get score() {
    return this.root.getByRole('heading', { name: /^You scored / })
  }
  question(index: number) {
    return this.questions.nth(index)
  }

  async goto() {
    return this.page.goto(`/read/${this.slug}`)
  }

  async saved(): Promise<SavedQuiz | null> {
    const raw = await this.page.evaluate((k) => localStorage.getItem(k), `lede:quiz:${this.slug}`)
    return raw ? (JSON.parse(raw) as SavedQuiz) : null
  }

  async expectProgress(answered: number, total: number) {
    await expect(this.progress).toHaveText(`Answered ${answered} of ${total}`)
    await expect(this.root.locator('progress')).toHaveAttribute('value', String(answered))
  }

  /** Presses Tab (or Shift+Tab) until `target` has the focus. */
  async tabTo(target: Locator, { backwards = false, max = 200 } = {}) {
    for (let i = 0; i < max; i++) {
      if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return
      await this.page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab')
    }
    throw new Error(`could not reach ${target} with ${backwards ? 'Shift+Tab' : 'Tab'}`)
  }

  async activate(target: Locator, key: 'Enter' | 'Space' = 'Enter') {
    await this.tabTo(target)
    await this.page.keyboard.press(key)
  }

  async start() {
    await this.activate(this.startButton)
    await expect(this.questions.first()).toBeVisible()
  }

  async formatOf(index: number): Promise<'choice' | 'cloze' | 'match' | 'order'> {
    const q = this.question(index)
    if ((await q.locator('.order-list').count()) > 0) return 'order'
    if ((await q.locator('select').count()) > 0) return 'match'
    if ((await q.getByRole('textbox').count()) > 0) return 'cloze'
    return 'choice'
  }

  /**
   * Answers question `index` with the keyboard; `pick` varies which option is chosen.
   * Returns how the answer was given.
   */
  async answer(index: number, pick: number): Promise<string> {
    const q = this.question(index)
    const format = await this.formatOf(index)
    switch (format) {
      case 'choice':
      case 'cloze': {
        const radios = q.getByRole('radio')
        // Tab enters an unanswered group on its first radio; Space checks it, arrows move on.
        await this.tabTo(radios.first())
        await this.page.keyboard.press('Space')
        const steps = pick % (await radios.count())
        for (let i = 0; i < steps; i++) await this.page.keyboard.press('ArrowDown')
        await expect(radios.nth(steps)).toBeChecked()
        return `${format}:${steps}`
      }
      case 'match': {
        const selects = q.locator('select')
        const n = await selects.count()
        for (let i = 0; i < n; i++) {
          await this.tabTo(selects.nth(i))
          const steps = 1 + ((pick + i) % ((await selects.nth(i).locator('option').count()) - 1))
          for (let s = 0; s < steps; s++) await this.page.keyboard.press('ArrowDown')
          await expect(selects.nth(i)).not.toHaveValue('')
        }
        return `match:${n}`
      }
      case 'order': {
        const items = q.locator('.order-item .order-text')
        const before = await items.allTextContents()
        // The first item's "earlier" button is disabled, so Tab lands on its "later" button.
        const later = q.getByRole('button', { name: /later$/ }).first()
        await this.tabTo(later)
        await this.page.keyboard.press('Enter')
        const after = [before[1], before[0], ...before.slice(2)]
        await expect(items).toHaveText(after as string[])
        await expect(q.locator('[aria-live="polite"]')).toContainText('is now number 2')
        return 'order'
      }
    }
  }

  /** The visible state of every question, to compare across a reload. */
  async selections(): Promise<Selection[]> {
    return this.questions.evaluateAll((items) =>
      items.map((li) => ({
        radio:
          (li.querySelector('input[type=radio]:checked') as HTMLInputElement | null)?.value ?? null,
        selects: [...li.querySelectorAll('select')].map((s) => s.value),
        typed: (li.querySelector('input[type=text]') as HTMLInputElement | null)?.value ?? '',
        order: [...li.querySelectorAll('.order-text')].map((s) => s.textContent ?? ''),
      })),
    )
  }
}
