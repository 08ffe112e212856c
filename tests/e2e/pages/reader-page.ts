import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/** Runs axe with WCAG 2.x A/AA rules and fails on any violation, listing them. */
export async function expectNoAxeViolations(page: Page) {
  // Audit a settled page: after a server action React may swap the <title> in a later commit.
  // A page that never gets a title still fails here.
  await page.waitForFunction(() => document.title.trim().length > 0, undefined, { timeout: 5_000 })
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze()
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([])
}

/** The article-and-quiz page of one module. */
export class ReaderPage {
  constructor(readonly page: Page) {}

  async goto(slug: string) {
    const response = await this.page.goto(`/read/${slug}`)
    return response
  }

  get article() {
    return this.page.getByRole('article')
  }

  get quizPanel() {
    return this.page.getByRole('complementary', { name: 'Quiz' })
  }

  sentence(id: string) {
    return this.page.locator(`#s-${id.replace(/\./g, '-')}`)
  }
}
