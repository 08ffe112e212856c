import { expect, type Page } from '@playwright/test'

export type AssignmentChoices = {
  title: string
  questionCount: number
  /** Labels of the format checkboxes to keep ticked, without the count: "Single choice". */
  formats?: string[]
  maxAttempts: number
  revealAnswers: boolean
  allowSharing: boolean
}

/** /teach/assignments/new?version=…: the settings form. */
export class NewAssignmentPage {
  constructor(readonly page: Page) {}

  async goto(versionId: string) {
    return this.page.goto(`/teach/assignments/new?version=${encodeURIComponent(versionId)}`)
  }

  get form() {
    return this.page.locator('form.assignment-form')
  }

  async fill(c: AssignmentChoices) {
    const form = this.form
    await form.getByLabel('Title').fill(c.title)
    if (c.formats) {
      const boxes = form.getByRole('group', { name: 'Question formats' }).getByRole('checkbox')
      for (const box of await boxes.all()) {
        const label = (await box.locator('xpath=..').textContent()) ?? ''
        const keep = c.formats.some((f) => label.startsWith(`${f} (`))
        await box.setChecked(keep)
      }
    }
    await form.getByLabel('Number of questions').fill(String(c.questionCount))
    await form.getByLabel('Attempts allowed per student').fill(String(c.maxAttempts))
    await form
      .getByLabel('Show correct answers and explanations after a student submits')
      .setChecked(c.revealAnswers)
    await form.getByLabel('Let students share a result card').setChecked(c.allowSharing)
  }

  /** Creates the assignment and returns its id (from the page it lands on). */
  async create(c: AssignmentChoices): Promise<string> {
    await this.fill(c)
    await this.form.getByRole('button', { name: 'Create the assignment' }).click()
    const landed = /\/teach\/assignments\/[A-Za-z0-9_-]{24}$/
    await expect(this.page.locator('.join-code, form.assignment-form .alert').first()).toBeVisible()
    if (!landed.test(this.page.url())) {
      // Still on the form: fail with what the form says.
      const errors = await this.form.locator('.alert, .field-error').allTextContents()
      throw new Error(`the assignment was not created: ${errors.join(' | ')}`)
    }
    await expect(this.page.getByRole('heading', { level: 1, name: c.title })).toBeVisible()
    return new URL(this.page.url()).pathname.split('/').pop() as string
  }
}

/** /teach/assignments/<id>: join code, QR code, links, close and reopen. */
export class AssignmentPage {
  constructor(readonly page: Page) {}

  async goto(assignmentId: string) {
    return this.page.goto(`/teach/assignments/${assignmentId}`)
  }

  get joinCode() {
    return this.page.locator('.join-code')
  }

  /** The code as students type it, without the grouping space. */
  async readJoinCode(): Promise<string> {
    const shown = (await this.joinCode.textContent())?.trim() ?? ''
    expect(shown).toMatch(/^[A-HJKMNP-Z2-9]{3} [A-HJKMNP-Z2-9]{3}$/)
    return shown.replace(' ', '')
  }

  get status() {
    return this.page.locator('main > p.meta')
  }

  async close() {
    await this.page.getByRole('button', { name: 'Close the assignment' }).click()
    await expect(this.page.getByRole('button', { name: 'Reopen the assignment' })).toBeVisible()
  }

  async reopen() {
    await this.page.getByRole('button', { name: 'Reopen the assignment' }).click()
    await expect(this.page.getByRole('button', { name: 'Close the assignment' })).toBeVisible()
  }
}

/** /teach/assignments/<id>/results: the live class results. */
export class ResultsPage {
  constructor(readonly page: Page) {}

  async goto(assignmentId: string) {
    return this.page.goto(`/teach/assignments/${assignmentId}/results`)
  }

  get liveCount() {
    return this.page.locator('.live-status [aria-live="polite"]')
  }

  get studentRows() {
    return this.page.getByRole('region', { name: 'Students table' }).locator('tbody tr')
  }

  get questionRows() {
    return this.page.getByRole('region', { name: 'Questions table' }).locator('tbody tr')
  }

  get downloadLink() {
    return this.page.getByRole('link', { name: 'Download CSV' })
  }

  /** The students table as text: the header cells and one array of cells per row. */
  async studentTable(): Promise<{ header: string[]; rows: string[][] }> {
    const region = this.page.getByRole('region', { name: 'Students table' })
    const header = await region.locator('thead th').allTextContents()
    const rows = await region
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.children].map((td) => td.textContent?.trim() ?? '')),
      )
    return { header: header.map((h) => h.trim()), rows }
  }

  /** Per question: its prompt, correct rate and whether it is flagged as hardest. */
  async questionStats() {
    return this.questionRows.evaluateAll((trs) =>
      trs.map((tr) => ({
        prompt: (() => {
          const th = tr.querySelector('th')?.cloneNode(true) as HTMLElement | undefined
          for (const extra of th?.querySelectorAll('.question-number, .question-detail, .meta') ??
            [])
            extra.remove()
          return th?.textContent?.trim() ?? ''
        })(),
        heading: tr.querySelector('th')?.textContent ?? '',
        rate: tr.querySelector('.rate')?.textContent?.trim() ?? '',
        detail: tr.querySelector('.rate-detail')?.textContent?.trim() ?? '',
        hardest: tr.querySelector('.hardest-flag')?.textContent?.trim() === 'Hardest',
        wrong: tr.querySelector('td:last-child')?.textContent?.trim() ?? '',
      })),
    )
  }
}
