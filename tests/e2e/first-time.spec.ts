/**
 * Issue 13: the student's and teacher's experience as a first-time user finds it — feedback
 * at a glance, fair retakes, between question and article, ways in, results by student,
 * the next step as the loudest button, print, and the smaller things. One teacher and one
 * assignment serve every test (serial).
 */
import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test'
import { newTeacherAccount, PASTED_ARTICLE, runTag } from '../support/teacher'
import { QUIZ_SLUG } from './pages/quiz-panel'
import { expectNoAxeViolations } from './pages/reader-page'
import { AssignmentQuiz, JoinPage } from './pages/student-quiz'
import { newActor, signUpViaApi, TeacherAuthPages } from './pages/teacher-account'
import { AssignmentPage, NewAssignmentPage } from './pages/teacher-assignment'
import { ModuleReviewPage, NewModulePage } from './pages/teacher-module'

test.describe.configure({ mode: 'serial' })

type Started = { attemptId: string; questions: { id: string; format: string }[] }

let base: string
let teacher: { context: BrowserContext; page: Page }
let moduleId: string
let versionId: string
let assignmentId: string
let code: string
let title: string

test.beforeAll(async ({ browser }, testInfo) => {
  base = testInfo.project.use.baseURL as string
  teacher = await newActor(browser, base)
  await signUpViaApi(teacher.context, base, newTeacherAccount('Ms First'))
  const create = new NewModulePage(teacher.page)
  await create.goto()
  moduleId = await create.create({ ...PASTED_ARTICLE, title: `Flood wall ${runTag()}` })
  versionId = await new ModuleReviewPage(teacher.page).publish(1)
  const form = new NewAssignmentPage(teacher.page)
  await form.goto(versionId)
  title = `Class 7B ${runTag()}`
  assignmentId = await form.create({
    title,
    questionCount: 4,
    maxAttempts: 2,
    revealAnswers: true,
    allowSharing: true,
  })
  code = await new AssignmentPage(teacher.page).readJoinCode()
})

test.afterAll(async () => {
  await teacher?.context.close()
})

/** Starts the built-in quiz, answers every question with its first choice, submits. */
async function takeBuiltInQuiz(page: Page) {
  await page.goto(`/read/${QUIZ_SLUG}`)
  const quiz = page.getByRole('complementary', { name: 'Quiz' })
  const started = page.waitForResponse((r) => r.url().endsWith('/api/attempts'))
  await quiz.getByRole('button', { name: /Start the quiz|Try another variant/ }).click()
  const first = (await (await started).json()) as Started
  const questions = quiz.locator('li.question')
  await expect(questions).toHaveCount(first.questions.length)
  for (const q of await questions.all()) {
    const radio = q.getByRole('radio').first()
    if ((await radio.count()) > 0) await radio.check()
    const accept = q.getByRole('button', { name: 'This order is my answer' })
    if ((await accept.count()) > 0) await accept.click()
    for (const select of await q.locator('select').all()) await select.selectOption({ index: 1 })
  }
  const submitted = page.waitForResponse((r) => r.url().endsWith('/submission'))
  await quiz.getByRole('button', { name: 'Submit answers' }).click()
  const result = (await (await submitted).json()) as {
    result: { feedback: { questionId: string; status: string; credit: number }[] }
    share?: { pageUrl: string } | null
  }
  return {
    quiz,
    started: first,
    feedback: result.result.feedback,
    shareUrl: result.share?.pageUrl ?? null,
  }
}

test('1. right and wrong are marked in the options themselves, the proof quoted once, partial credit in words', async ({
  page,
}) => {
  const { quiz, started, feedback } = await takeBuiltInQuiz(page)
  const cards = quiz.locator('li.question')
  for (const [i, q] of started.questions.entries()) {
    const card = cards.nth(i)
    if (q.format === 'single' || q.format === 'true-false' || q.format === 'cloze') {
      // The correct option carries words, not only a colour.
      await expect(card.locator('.choice.is-right .mark')).toHaveText(
        /Correct answer|Your answer: right/,
      )
      if (feedback[i]?.status !== 'correct')
        await expect(card.locator('.choice.is-wrong .mark')).toHaveText(/Your answer/)
      // The proving sentence, once, with the answer marked in it.
      await expect(card.locator('.proof blockquote')).toHaveCount(1)
      await expect(card.locator('.proof mark')).toHaveCount(1)
      await expect(card.getByText('Correct answer:')).toHaveCount(0)
    }
    if (q.format === 'order') {
      await expect(card.locator('.correct-order ol li')).toHaveCount(
        await card.locator('.order-item').count(),
      )
      await expect(card).not.toContainText('→')
    }
    if (feedback[i]?.status === 'partial')
      await expect(card.locator('.partial-note')).toContainText('of a point')
  }
  await expect(quiz.locator('.result-tally')).toContainText('right')
  await expectNoAxeViolations(page)
})

test('2. an order question accepted as it starts earns at most a third', async ({ page }) => {
  for (let round = 0; round < 2; round++) {
    const { started, feedback } = await takeBuiltInQuiz(page)
    for (const [i, q] of started.questions.entries())
      if (q.format === 'order') expect(feedback[i]?.credit ?? 1).toBeLessThanOrEqual(1 / 3 + 1e-9)
  }
})

test('3. "Try another variant" draws questions not seen in the last attempt', async ({ page }) => {
  const first = await takeBuiltInQuiz(page)
  const second = await takeBuiltInQuiz(page)
  const seen = new Set(first.started.questions.map((q) => q.id))
  const repeated = second.started.questions.filter((q) => seen.has(q.id))
  expect(repeated).toEqual([])
})

test('3. the assignment form warns when the pool is too small for the retakes allowed', async () => {
  const form = new NewAssignmentPage(teacher.page)
  await form.goto(versionId)
  const max = Number(await form.form.getByLabel('Number of questions').getAttribute('max'))
  await form.form.getByLabel('Number of questions').fill(String(max))
  await form.form.getByLabel('Attempts allowed per student').fill('3')
  await expect(form.form.locator('.field-warning')).toContainText('too small for 3 attempts')
  await expectNoAxeViolations(teacher.page)
})

test('3. the warning counts only the categories and formats ticked', async () => {
  const form = new NewAssignmentPage(teacher.page)
  await form.goto(versionId)
  const warning = form.form.locator('.field-warning')
  await form.form.getByLabel('Number of questions').fill('3')
  await form.form.getByLabel('Attempts allowed per student').fill('2')
  await expect(warning).toHaveText('')
  // Keep only the format with the fewest questions: the same settings are now too many.
  const boxes = form.form.getByRole('group', { name: 'Question formats' }).getByRole('checkbox')
  const labels = await boxes.evaluateAll((els) =>
    els.map((el) => el.parentElement?.textContent ?? ''),
  )
  const counts = labels.map((l) => Number(/\((\d+)\)/.exec(l)?.[1] ?? 0))
  const fewest = counts.indexOf(Math.min(...counts))
  for (const [i, box] of (await boxes.all()).entries()) await box.setChecked(i === fewest)
  await expect(warning).toContainText('in these categories and formats')
  for (const box of await boxes.all()) await box.setChecked(true)
  await expect(warning).toHaveText('')
  await expectNoAxeViolations(teacher.page)
})

test('4. from the evidence, one control (the next Tab stop) returns to the question @phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  const { quiz } = await takeBuiltInQuiz(page)
  const show = quiz
    .locator('li.question')
    .nth(2)
    .getByRole('button', { name: 'Show in the article' })
  await show.click()
  await expect(page.locator('.sentence.is-evidence:focus')).toHaveCount(1)
  await page.keyboard.press('Tab')
  const back = page.getByRole('button', { name: 'Back to question 3' })
  await expect(back).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(show).toBeFocused()
  await expect(show).toBeInViewport()
  await expectNoAxeViolations(page)
})

test('4. on a desktop the quiz is not a nested scroll box', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 })
  await page.goto(`/read/${QUIZ_SLUG}`)
  const overflow = await page
    .locator('.quiz-panel')
    .evaluate((el) => getComputedStyle(el).overflowY)
  expect(overflow).not.toMatch(/auto|scroll/)
})

test('5. the home page has ways in for students and teachers', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('link', { name: 'Join with a code' })).toHaveAttribute(
    'href',
    '/join',
  )
  await expect(page.getByRole('link', { name: 'Create a teacher account' })).toHaveAttribute(
    'href',
    '/teach/sign-up',
  )
  await expect(page.getByRole('link', { name: 'Sign in', exact: true })).toHaveAttribute(
    'href',
    '/teach/sign-in',
  )
  await expectNoAxeViolations(page)
})

async function joinAndSubmit(browser: Browser, name: string) {
  const actor = await newActor(browser, base)
  const join = new JoinPage(actor.page)
  await join.goto()
  await join.join(code, name)
  const quiz = new AssignmentQuiz(actor.page, title)
  await quiz.start()
  await quiz.questions.first().getByRole('radio').first().check()
  await quiz.submit()
  await expect(quiz.score).toBeVisible()
  return actor
}

test('6. results show each student by their own row, with what they answered per question', async ({
  browser,
}) => {
  const a = await joinAndSubmit(browser, 'Leo')
  // A second "Leo" is asked to add an initial, so the teacher never sees two identical rows.
  const twin = await newActor(browser, base)
  const join = new JoinPage(twin.page)
  await join.goto()
  await twin.page.getByLabel('Join code').fill(code)
  await twin.page.getByLabel('Your name').fill('Leo')
  await twin.page.getByRole('button', { name: 'Join' }).click()
  await expect(twin.page.getByText(/has already joined as “Leo”/).first()).toBeVisible()
  await twin.context.close()
  const b = await joinAndSubmit(browser, 'Leo B.')
  const page = teacher.page
  await page.goto(`/teach/assignments/${assignmentId}/results`)
  const rows = page.getByRole('region', { name: 'Students table' }).locator('tbody tr')
  await expect(rows).toHaveCount(2)
  await expect(rows.nth(0)).toContainText('Leo')
  await expect(rows.nth(1)).toContainText('Leo B.')
  const answers = page.locator('details.student-answer')
  await expect(answers).toHaveCount(2)
  await answers.first().locator('summary').click()
  await expect(answers.first().locator('.answer-list > li')).toHaveCount(4)
  await expect(answers.first().locator('.answer-list')).toContainText(/Right|Wrong/)
  await expect(answers.first().locator('.answer-list')).toContainText('Not answered')
  await expectNoAxeViolations(page)
  await a.context.close()
  await b.context.close()
})

test('8. the next step is the loudest button', async () => {
  const page = teacher.page
  await page.goto(`/teach/modules/${moduleId}`)
  await expect(page.getByRole('link', { name: 'Assign version 1', exact: true })).toHaveClass(
    /\bbutton\b/,
  )
  await expect(page.getByRole('button', { name: 'Publish (no changes)' })).toHaveClass(/secondary/)
  await page.goto(`/teach/assignments/${assignmentId}`)
  await expect(page.getByRole('link', { name: 'Results', exact: true })).toHaveClass(/\bbutton\b/)
  await expect(page.getByRole('button', { name: 'Close the assignment' })).toHaveClass(/secondary/)
})

test('9. the worksheet has no teacher wording; the answer key quotes each sentence once', async () => {
  const page = teacher.page
  await page.goto(`/teach/assignments/${assignmentId}/worksheet`)
  await expect(page.locator('main')).not.toContainText('Fixed set')
  await expect(page.locator('main')).not.toContainText('each student draws')
  await page.goto(`/teach/assignments/${assignmentId}/answer-key`)
  for (const q of await page.locator('.printed-question').all()) {
    const quote = ((await q.locator('.evidence').textContent()) ?? '').trim()
    if (!quote) continue
    const all = (await q.textContent()) ?? ''
    expect(all.split(quote.slice(0, 40)).length - 1).toBe(1)
  }
  await expectNoAxeViolations(page)
})

test('10. smaller things: password kept after an error, join tools, closed hides the join box, share date', async ({
  browser,
  page,
}) => {
  const visitor = await newActor(browser, base)
  const auth = new TeacherAuthPages(visitor.page)
  await auth.gotoSignUp()
  await auth.fillSignUp({ name: 'X', email: 'not-an-email', password: 'correct horse 42' })
  await visitor.page.getByRole('button', { name: 'Create account' }).click()
  await expect(visitor.page.locator('.field-error, .alert').first()).toBeVisible()
  await expect(visitor.page.getByLabel('Password', { exact: true })).toHaveValue('correct horse 42')
  await visitor.context.close()

  const t = teacher.page
  await t.goto(`/teach/assignments/${assignmentId}`)
  await expect(t.getByRole('button', { name: 'Copy the join link' })).toBeVisible()
  await expect(t.getByRole('button', { name: 'Show the code full screen' })).toBeVisible()
  await new AssignmentPage(t).close()
  await expect(t.locator('.join-code')).toHaveCount(0)
  await expect(t.locator('main')).toContainText('This assignment is closed')
  await expectNoAxeViolations(t)
  await t.getByRole('button', { name: 'Reopen the assignment' }).click()
  await expect(t.locator('.join-code')).toBeVisible()

  // The share page's date is when the quiz was taken, said so.
  const { shareUrl } = await takeBuiltInQuiz(page)
  expect(shareUrl).toBeTruthy()
  await page.goto(shareUrl ?? '')
  await expect(page.locator('main .meta')).toContainText('Quiz taken')
})
