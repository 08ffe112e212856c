/**
 * The teacher's whole path through the real UI: sign up, paste an article, review and edit
 * a question, publish, assign; two students join in their own browsers and submit; the
 * results page shows both without a reload, flags the question both got wrong, and the
 * CSV download matches the table. axe runs on every page on the way. Plus sign-in limits.
 */
import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { newTeacherAccount, PASTED_ARTICLE, runTag } from '../support/teacher'
import { parseCsv } from '../unit/results/parse-csv'
import { QUIZ_SLUG } from './pages/quiz-panel'
import { expectNoAxeViolations } from './pages/reader-page'
import { AssignmentQuiz, JoinPage } from './pages/student-quiz'
import { newActor, signUpViaApi, TeacherAuthPages } from './pages/teacher-account'
import { AssignmentPage, NewAssignmentPage, ResultsPage } from './pages/teacher-assignment'
import { ModuleReviewPage, NewModulePage, type ReviewedQuestion } from './pages/teacher-module'

/** The results page re-renders itself this often (results/live-refresh.tsx). */
const REFRESH_MS = 5_000
const SIGN_IN_LIMIT = Number(process.env.LEDE_SIGN_IN_LIMIT ?? 5)

const EDITED_PROMPT = 'When did the councillors of Port Elling vote to rebuild the flood wall?'

type Plan = { prompt: string; option: string }

/** For each question: the correct option, or (for the prompts in `wrong`) a fixed wrong one. */
function answerPlan(questions: ReviewedQuestion[], wrong: string[]): Plan[] {
  return questions.map((q) => {
    if (!wrong.includes(q.prompt)) return { prompt: q.prompt, option: q.correct as string }
    const [first] = q.options.filter((o) => o !== q.correct).sort()
    return { prompt: q.prompt, option: first as string }
  })
}

test('a teacher signs up, builds and assigns a module, and follows two students live to a matching CSV', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000)
  const base = baseURL as string
  const teacher = await newActor(browser, base)
  const page = teacher.page
  const auth = new TeacherAuthPages(page)
  const account = newTeacherAccount('Grace Mbeki')

  // Sign up, out and back in: both forms are checked with axe.
  await auth.gotoSignUp()
  await expectNoAxeViolations(page)
  await auth.signUp(account)
  await expect(page.getByText('No assignments yet.')).toBeVisible()
  await expectNoAxeViolations(page)
  await auth.signOut()
  await expectNoAxeViolations(page)
  await auth.submitSignIn(account.email, account.password)
  await expect(page).toHaveURL(/\/teach$/)

  // Paste the article.
  await page.getByRole('link', { name: 'New module from an article' }).click()
  const newModule = new NewModulePage(page)
  await expect(
    page.getByRole('heading', { level: 1, name: 'New module from an article' }),
  ).toBeVisible()
  await expectNoAxeViolations(page)
  const moduleId = await newModule.create(PASTED_ARTICLE)

  // Review: the draft's single-choice questions carry their correct answer.
  const review = new ModuleReviewPage(page)
  const drafted = await review.questions()
  expect(drafted.length).toBeGreaterThanOrEqual(3)
  const singles = drafted.filter((q) => q.format === 'Single choice')
  expect(singles.length, 'the article yields at least 3 single-choice questions').toBeGreaterThan(2)
  for (const q of singles) expect(q.correct, q.prompt).not.toBeNull()
  await expectNoAxeViolations(page)

  // Edit one question's prompt (the generator's clumsy "When was port Elling voted?").
  const target = singles.find((q) => q.correct?.includes('11 March 2025')) ?? singles[0]
  if (!target) throw new Error('no question to edit')
  await review.editPrompt(target.number, EDITED_PROMPT)
  const reviewed = await review.questions()
  expect(reviewed).toHaveLength(drafted.length)
  const edited = reviewed[target.number - 1]
  // Same options (their display order may change) and the same correct answer.
  expect({ ...edited, options: [...(edited?.options ?? [])].sort() }).toEqual({
    ...target,
    prompt: EDITED_PROMPT,
    options: [...target.options].sort(),
  })
  await expectNoAxeViolations(page)

  // Publish version 1 and assign it: single choice only, so every student gets every question.
  const versionId = await review.publish(1)
  expect(versionId).toMatch(/^[A-Za-z0-9_-]{24}$/)
  await expect(page.getByText('Draft is published')).toBeVisible()
  const questions = reviewed.filter((q) => q.format === 'Single choice')
  await page.getByRole('link', { name: 'Assign version 1', exact: true }).click()
  await expect(page).toHaveURL(`/teach/assignments/new?version=${versionId}`)
  await expectNoAxeViolations(page)
  const title = `Year 9 flood wall ${runTag()}`
  const assignmentId = await new NewAssignmentPage(page).create({
    title,
    formats: ['Single choice'],
    questionCount: questions.length,
    maxAttempts: 1,
    revealAnswers: true,
    allowSharing: true,
  })

  // The assignment page: code, QR code, link, the settings as chosen.
  const assignment = new AssignmentPage(page)
  const code = await assignment.readJoinCode()
  await expect(page.getByRole('img', { name: /^QR code of the join link / })).toBeVisible()
  await expect(page.getByRole('link', { name: new RegExp(`/join\\?code=${code}$`) })).toBeVisible()
  const settings = page.locator('dl.settings-list')
  await expect(settings).toContainText(`${questions.length} per attempt`)
  await expect(settings).toContainText('Single choice')
  await expect(settings).toContainText('1 (no retakes)')
  await expect(settings).toContainText('Students see the correct answers and explanations')
  await expect(settings).toContainText('Students may share them')
  await expectNoAxeViolations(page)

  // Printables: the worksheet and the answer key carry the edited question.
  await page.getByRole('link', { name: 'Printable worksheet' }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(page.locator('.printed-list')).toContainText(EDITED_PROMPT)
  await expectNoAxeViolations(page)
  await page.goto(`/teach/assignments/${assignmentId}/answer-key`)
  await expect(page.getByRole('heading', { level: 1, name: `Answer key: ${title}` })).toBeVisible()
  await expect(page.locator('.printed-list')).toContainText(EDITED_PROMPT)
  await expect(page.locator('.printed-list')).toContainText(target.correct as string)
  await expectNoAxeViolations(page)

  // The dashboard lists the module and the assignment.
  await page.goto('/teach')
  const row = page.locator('tbody tr', { hasText: title })
  await expect(row).toContainText(code)
  await expect(row).toContainText('Open')
  await expect(page.getByRole('link', { name: PASTED_ARTICLE.title })).toHaveAttribute(
    'href',
    `/teach/modules/${moduleId}`,
  )
  await expectNoAxeViolations(page)

  // A built-in module: read-only, assignable.
  await page.goto(`/teach/modules/built-in/${QUIZ_SLUG}`)
  await expect(page.getByRole('link', { name: /^Assign version \d+$/ })).toBeVisible()
  await expectNoAxeViolations(page)

  // The results page, open before anyone submits; it must never reload.
  const results = new ResultsPage(page)
  await results.goto(assignmentId)
  await expect(page.getByText('Nobody has submitted yet.')).toBeVisible()
  await expect(results.liveCount).toHaveText('0 submissions')
  await expectNoAxeViolations(page)
  await page.evaluate(() => {
    ;(window as unknown as { __sameDocument: boolean }).__sameDocument = true
  })

  // Two students, each in their own browser: both miss the edited question; one misses another.
  const other = questions.find((q) => q.prompt !== EDITED_PROMPT) as ReviewedQuestion
  const students = [
    { name: 'Noor Haddad', wrong: [EDITED_PROMPT], score: questions.length - 1 },
    { name: 'Tom O’Neill', wrong: [EDITED_PROMPT, other.prompt], score: questions.length - 2 },
  ]
  for (const [i, student] of students.entries()) {
    const actor = await newActor(browser, base)
    const join = new JoinPage(actor.page)
    await join.goto()
    if (i === 0) await expectNoAxeViolations(actor.page)
    expect(await join.join(code.toLowerCase().replace(/^(...)/, '$1-'), student.name)).toBe(code)
    const quiz = new AssignmentQuiz(actor.page, title)
    await expect(quiz.root).toContainText(`Joined as ${student.name}`)
    if (i === 0) await expectNoAxeViolations(actor.page)
    const started = await quiz.start()
    expect(started.questions).toHaveLength(questions.length)
    expect((await quiz.prompts()).sort()).toEqual(questions.map((q) => q.prompt).sort())
    for (const step of answerPlan(questions, student.wrong))
      await quiz.choose(step.prompt, step.option)
    await quiz.submit()
    await expect(quiz.score).toHaveText(`You scored ${student.score} out of ${questions.length}`)
    // Answers revealed, sharing allowed, no retake.
    // The right option is marked in the options themselves, in words, where the answer was wrong.
    await expect(
      quiz.root.locator('.choice.is-right .mark', { hasText: 'Correct answer' }),
    ).toHaveCount(student.wrong.length)
    await expect(quiz.root.locator('.choice.is-wrong .mark')).toHaveCount(student.wrong.length)
    await expect(quiz.root.getByRole('heading', { name: 'Share your result' })).toBeVisible()
    await expect(quiz.root.getByRole('button', { name: /^Try again/ })).toHaveCount(0)
    if (i === 0) await expectNoAxeViolations(actor.page)
    await actor.context.close()
  }

  // Both rows arrive by themselves within the refresh interval (plus a render's slack).
  await expect(results.studentRows).toHaveCount(2, { timeout: REFRESH_MS + 4_000 })
  await expect(results.liveCount).toHaveText('2 submissions')
  expect(
    await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
  ).toBe(true)

  const table = await results.studentTable()
  expect(table.header.slice(0, 2)).toEqual(['Student', 'Score'])
  expect(table.header.slice(-4)).toEqual(['Time taken', 'Started', 'Submitted', 'Attempts used'])
  const max = questions.length
  const pct = (n: number) => Math.round((n / max) * 100)
  expect(table.rows.map((r) => [r[0], r[1], r.at(-1)])).toEqual(
    [...students]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((s) => [s.name, `${s.score} / ${max} (${pct(s.score)}%)`, '1']),
  )

  // The edited question is the hardest: 0 of 2, both chose the same wrong answer.
  const stats = await results.questionStats()
  expect(stats).toHaveLength(questions.length)
  const hardest = stats.find((s) => s.prompt === EDITED_PROMPT)
  const sameWrong = answerPlan(questions, [EDITED_PROMPT]).find((p) => p.prompt === EDITED_PROMPT)
  expect(hardest).toMatchObject({ rate: '0%', detail: '0 of 2', hardest: true })
  expect(hardest?.wrong).toBe(`${sameWrong?.option} (2 students)`)
  expect(stats.find((s) => s.prompt === other.prompt)).toMatchObject({
    rate: '50%',
    detail: '1 of 2',
  })
  for (const s of stats.filter((x) => x.prompt !== EDITED_PROMPT && x.prompt !== other.prompt))
    expect(s, s.prompt).toMatchObject({ rate: '100%', hardest: false })
  await expect(
    page.getByText('Hardest: the (up to) three lowest correct rates below 60%.'),
  ).toBeVisible()
  await expectNoAxeViolations(page)

  // The CSV: one record per row of the table, same names, scores and attempts.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    results.downloadLink.click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^year-9-flood-wall-[a-z0-9-]+-results\.csv$/)
  const csv = parseCsv(await readFile(await download.path(), 'utf8')).filter((r) => r.length > 1)
  const [header, ...records] = csv
  expect(header?.slice(0, 4)).toEqual(['Name', 'Score', 'Max score', 'Percent'])
  expect(header?.slice(-3)).toEqual(['Time taken (s)', 'Submitted at', 'Attempts used'])
  expect(records).toHaveLength(table.rows.length)
  const categories = table.header.slice(2, -4)
  for (const tableRow of table.rows) {
    const record = records.find((r) => r[0] === tableRow[0])
    expect(record, `CSV row for ${tableRow[0]}`).toBeDefined()
    if (!record) continue
    const [score, maxScore, percent] = record.slice(1, 4)
    expect(`${score} / ${maxScore} (${percent}%)`).toBe(tableRow[1])
    categories.forEach((label, i) => {
      const at = header?.indexOf(`${label} earned`) ?? -1
      expect(at, label).toBeGreaterThan(0)
      expect(`${record[at]} / ${record[at + 1]}`).toBe(tableRow[2 + i])
    })
    expect(record.at(-1)).toBe(tableRow.at(-1))
    expect(Date.parse(record.at(-2) as string)).not.toBeNaN()
  }

  // Closing stops new work: a student who tries to join is told so.
  await assignment.goto(assignmentId)
  await assignment.close()
  await expect(assignment.status).toContainText('Closed')
  await expectNoAxeViolations(page)
  const late = await newActor(browser, base)
  const join = new JoinPage(late.page)
  await join.goto(code)
  await late.page.getByLabel('Your name').fill('Late Comer')
  await late.page.getByRole('button', { name: 'Join' }).click()
  await expect(late.page.getByRole('alert').first()).toBeVisible()
  await expect(late.page).toHaveURL(/\/join/)
  await late.context.close()
  await assignment.reopen()
  await expect(assignment.status).toContainText('Open')
  await teacher.context.close()
})

test('better-auth refuses the sign-in after the limit over HTTP with 429', async ({
  browser,
  baseURL,
}) => {
  const base = baseURL as string
  const actor = await newActor(browser, base)
  const account = newTeacherAccount('Rate Limited')
  await signUpViaApi(actor.context, base, account)
  const attempt = () =>
    actor.context.request.post('/api/auth/sign-in/email', {
      data: { email: account.email, password: 'not-the-password-1' },
      headers: { origin: base },
    })
  for (let i = 0; i < SIGN_IN_LIMIT; i++) expect((await attempt()).status()).toBe(401)
  expect((await attempt()).status()).toBe(429)
  await actor.context.close()
})

test('a wrong password on the sign-in form says so, also after the auth API has been used', async ({
  browser,
  baseURL,
}) => {
  const base = baseURL as string
  const actor = await newActor(browser, base)
  const account = newTeacherAccount('Wrong Password')
  // Using better-auth's own HTTP API first (as a fresh server's first request may) must not
  // change what the form says.
  await signUpViaApi(actor.context, base, account)
  await actor.context.clearCookies()
  const auth = new TeacherAuthPages(actor.page)
  await auth.gotoSignIn()
  await auth.submitSignIn(account.email, 'not-my-password-7')
  await expect(auth.alert).toHaveText('That email and password do not match an account.')
  await actor.page.reload()
  await auth.submitSignIn(account.email, account.password)
  await expect(actor.page).toHaveURL(/\/teach$/)
  await actor.context.close()
})

test('the sign-in form says "Too many attempts" after the limit of rapid wrong passwords', async ({
  browser,
  baseURL,
}) => {
  const base = baseURL as string
  const actor = await newActor(browser, base)
  const account = newTeacherAccount('Form Limited')
  await signUpViaApi(actor.context, base, account)
  await actor.context.clearCookies()
  const auth = new TeacherAuthPages(actor.page)
  await auth.gotoSignIn()
  for (let i = 0; i < SIGN_IN_LIMIT; i++) {
    await auth.submitSignIn(account.email, `wrong-password-${i}`)
    await expect(auth.alert).toBeVisible()
    await expect(auth.alert).not.toHaveText(/Too many attempts/)
    await actor.page.reload()
  }
  await auth.submitSignIn(account.email, 'wrong-password-last')
  await expect(auth.alert).toHaveText('Too many attempts. Wait a minute and try again.')
  // Even the right password waits: the limit is per client, not per guess.
  await actor.page.reload()
  await auth.submitSignIn(account.email, account.password)
  await expect(auth.alert).toHaveText('Too many attempts. Wait a minute and try again.')
  await expect(actor.page).toHaveURL(/\/teach\/sign-in/)
  await actor.context.close()
})
