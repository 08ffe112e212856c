import { expect, type Page } from '@playwright/test'

/** /join: the code and a display name; lands on the assignment's article and quiz. */
export class JoinPage {
  constructor(readonly page: Page) {}

  async goto(code?: string) {
    await this.page.goto(code ? `/join?code=${code}` : '/join')
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Join an assignment' }),
    ).toBeVisible()
  }

  /** Joins with the code as typed (any case, spaces or dashes); returns the page's code. */
  async join(typed: string, name: string): Promise<string> {
    await this.page.getByLabel('Join code').fill(typed)
    await this.page.getByLabel('Your name').fill(name)
    await this.page.getByRole('button', { name: 'Join' }).click()
    await expect(this.page).toHaveURL(/\/a\/[A-HJKMNP-Z2-9]{6}$/)
    return new URL(this.page.url()).pathname.split('/').pop() as string
  }
}

type AttemptStarted = { attemptId: string; questions: { id: string; prompt: string }[] }

/** /a/<code>: the assignment's quiz beside the article, answered with the mouse. */
export class AssignmentQuiz {
  constructor(
    readonly page: Page,
    readonly title: string,
  ) {}

  get root() {
    return this.page.getByRole('complementary', { name: this.title })
  }
  get questions() {
    return this.root.locator('li.question')
  }
  get score() {
    return this.root.getByRole('heading', { name: /^You scored / })
  }

  /** Starts the attempt; returns what the server sent (its id and questions). */
  async start(): Promise<AttemptStarted> {
    const started = this.page.waitForResponse(
      (r) => r.url().endsWith('/api/attempts') && r.request().method() === 'POST',
    )
    await this.root.getByRole('button', { name: 'Start the quiz' }).click()
    const response = await started
    expect(response.status()).toBe(201)
    await expect(this.questions.first()).toBeVisible()
    return (await response.json()) as AttemptStarted
  }

  /** The prompt of every question, in the order shown. */
  async prompts(): Promise<string[]> {
    return (await this.questions.locator('.question-prompt').allTextContents()).map((t) => t.trim())
  }

  /** Picks the option with exactly this text in the question with this prompt. */
  async choose(prompt: string, option: string) {
    const question = this.questions.filter({
      has: this.page.getByRole('heading', { name: prompt, exact: true }),
    })
    await expect(question).toHaveCount(1)
    const radio = question.getByRole('radio', { name: option, exact: true })
    await radio.check()
    await expect(radio).toBeChecked()
  }

  async submit(): Promise<void> {
    const submitted = this.page.waitForResponse((r) => r.url().endsWith('/submission'))
    await this.root.getByRole('button', { name: 'Submit answers' }).click()
    expect((await submitted).status()).toBe(200)
  }
}
