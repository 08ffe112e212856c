/**
 * Issue 13, item 9: the worksheet and the answer key on paper. A long pasted article
 * (gum-warhol from the corpus fixture, ~1,500 words) and every question it allows, printed
 * by Chromium to A4 and US Letter: no chrome on paper, each question whole on one page
 * (prompt with its options), never one question alone on the last page, the questions on
 * pages of their own after the article.
 */
import { readFileSync } from 'node:fs'
import { type BrowserContext, expect, type Page, test } from '@playwright/test'
import { parse } from 'yaml'
import { pdfPageTexts } from '../support/pdf-text'
import { newTeacherAccount, runTag } from '../support/teacher'
import { expectNoAxeViolations } from './pages/reader-page'
import { newActor, signUpViaApi } from './pages/teacher-account'
import { NewAssignmentPage } from './pages/teacher-assignment'
import { ModuleReviewPage, NewModulePage } from './pages/teacher-module'

test.describe.configure({ mode: 'serial' })

let teacher: { context: BrowserContext; page: Page }
let assignmentId: string

/** The fixture article as a teacher would paste it: front matter to fields, body as text. */
function fixtureArticle(path: string) {
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(
    readFileSync(path, 'utf8'),
  ) ?? ['', '', '']
  const meta = parse(front) as { title: string; source: string; publishedAt: string | Date }
  const publishedAt =
    meta.publishedAt instanceof Date
      ? meta.publishedAt.toISOString().slice(0, 10)
      : String(meta.publishedAt)
  return {
    title: `${meta.title} ${runTag()}`,
    source: meta.source,
    publishedAt,
    text: body.replace(/^## /gm, '').trim(),
  }
}

test.beforeAll(async ({ browser }, testInfo) => {
  test.setTimeout(60_000)
  const base = testInfo.project.use.baseURL as string
  teacher = await newActor(browser, base)
  await signUpViaApi(teacher.context, base, newTeacherAccount('Ms Print'))
  const create = new NewModulePage(teacher.page)
  await create.goto()
  await create.create(fixtureArticle('tests/fixtures/corpus/gum/gum-warhol.md'))
  const versionId = await new ModuleReviewPage(teacher.page).publish(1)
  const form = new NewAssignmentPage(teacher.page)
  await form.goto(versionId)
  const questionCount = Number(
    await form.form.getByLabel('Number of questions').getAttribute('max'),
  )
  expect(questionCount).toBeGreaterThanOrEqual(12)
  assignmentId = await form.create({
    title: `Print ${runTag()}`,
    questionCount,
    maxAttempts: 1,
    revealAnswers: true,
    allowSharing: false,
  })
})

test.afterAll(async () => {
  await teacher?.context.close()
})

/** Letters and digits only, lower case: what survives line breaks, ligatures and `::before`. */
const squeeze = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')

/** Each printed question's text as it prints (screen-reader-only words left out). */
async function printedQuestions(page: Page): Promise<string[]> {
  return page.locator('.printed-question').evaluateAll((items) =>
    items.map((li) => {
      const copy = li.cloneNode(true) as HTMLElement
      for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove()
      return copy.textContent ?? ''
    }),
  )
}

/** For each question, the one page (0-based) on which all of its text stands. */
function pagesOfQuestions(pageTexts: string[], questions: string[]): number[] {
  const pages = pageTexts.map(squeeze)
  return questions.map((q, i) => {
    const whole = squeeze(q)
    const on = pages.flatMap((text, p) => (text.includes(whole) ? [p] : []))
    const start = pages.findIndex((text) => new RegExp(`question${i + 1}(?!\\d)`).test(text))
    expect(
      on,
      `question ${i + 1} stands whole on one page (it starts on page ${start + 1})`,
    ).toEqual([start])
    return start
  })
}

for (const kind of ['worksheet', 'answer-key'] as const) {
  test(`9. the ${kind} prints without chrome, each question kept whole`, async () => {
    const page = teacher.page
    await page.goto(`/teach/assignments/${assignmentId}/${kind}`)
    await expect(page.locator('.printed-question').first()).toBeVisible()
    expect(await page.locator('.printed-question').count()).toBeGreaterThanOrEqual(10)
    await expectNoAxeViolations(page)

    await page.emulateMedia({ media: 'print' })
    for (const chrome of [
      '.site-header',
      '.site-footer',
      '.teach-nav',
      '.skip-link',
      'main .no-print',
    ])
      for (const el of await page.locator(chrome).all())
        expect(await el.evaluate((e) => getComputedStyle(e).display), chrome).toBe('none')
    expect(await page.locator('main button, main a:visible').count()).toBe(0)
    const style = (selector: string, property: string) =>
      page
        .locator(selector)
        .evaluateAll((els, p) => els.map((e) => getComputedStyle(e).getPropertyValue(p)), property)
    expect(new Set(await style('.printed-question', 'break-inside'))).toEqual(new Set(['avoid']))
    expect(new Set(await style('.printed-prompt', 'break-after'))).toEqual(new Set(['avoid']))
    expect(await style('.printed-list', 'display')).toEqual(['block'])
    if (kind === 'worksheet')
      expect(await style('.print-questions', 'break-before')).toEqual(['page'])

    const questions = await printedQuestions(page)
    for (const format of ['A4', 'Letter'] as const) {
      const texts = pdfPageTexts(await page.pdf({ format }))
      const pages = pagesOfQuestions(texts, questions)
      const last = pages.length - 1
      // The last question shares its page with the one before it.
      expect(pages[last], `${format}: the last page holds more than one question`).toBe(
        pages[last - 1],
      )
      expect(texts.at(-1), `${format}: pages are numbered`).toMatch(
        new RegExp(`Page\\s+${texts.length}\\s+of\\s+${texts.length}`),
      )
      if (kind === 'worksheet') {
        // The article comes first; the questions begin on a page of their own, with their heading.
        const first = pages[0] ?? 0
        expect(first).toBeGreaterThan(0)
        expect(squeeze(texts[first] ?? '')).toMatch(/^page\d+of\d+questionsquestion1/)
      } else {
        // Every proving sentence printed once with its question (and so on its page).
        const quotes = await page
          .locator('.printed-question')
          .evaluateAll((items) =>
            items.map((li) => li.querySelector('.evidence')?.textContent ?? ''),
          )
        for (const [i, quote] of quotes.entries()) {
          if (!quote.trim()) continue
          const printed = squeeze(texts[pages[i] ?? 0] ?? '')
          const ownText = squeeze(questions[i] ?? '')
          expect(printed).toContain(ownText)
          expect(ownText.split(squeeze(quote)).length - 1, `question ${i + 1}`).toBe(1)
        }
      }
    }
    await page.emulateMedia({ media: 'screen' })
  })
}
