/**
 * Authorization over HTTP against the running server. Teacher A owns a module, a published
 * version, an assignment and a student's attempt. Three actors try every id of A's they
 * could copy or guess: a visitor with no cookies, a student who joined A's assignment, and
 * teacher B. Teacher pages send the first two to sign in and answer B with 404; every
 * server action refuses them and changes nothing (checked as A afterwards); a student
 * never reads, submits or shares another student's attempt.
 */
import {
  type APIRequestContext,
  type BrowserContext,
  expect,
  type Page,
  test,
} from '@playwright/test'
import { newTeacherAccount, PASTED_ARTICLE, runTag } from '../support/teacher'
import { QUIZ_SLUG } from './pages/quiz-panel'
import { JoinPage } from './pages/student-quiz'
import { newActor, signUpViaApi } from './pages/teacher-account'
import { AssignmentPage, NewAssignmentPage } from './pages/teacher-assignment'
import { expectRefused, fieldValues } from './pages/teacher-forms'
import { ModuleReviewPage, NewModulePage, type ReviewedQuestion } from './pages/teacher-module'

test.describe.configure({ mode: 'serial', timeout: 90_000 })

type Actor = { context: BrowserContext; page: Page; request: APIRequestContext }
type Owned = {
  moduleId: string
  versionId: string
  assignmentId: string
  code: string
  title: string
  moduleTitle: string
}

const NO_MODULE = 'There is no module with that id in your account.'
const NO_VERSION = 'There is no module version with that id.'
const NO_ASSIGNMENT = 'There is no assignment with that id.'
const SIGNED_OUT = 'Your session has ended. Sign in again; your text is still here.'

let base: string
let teacherA: Actor
let teacherB: Actor
let visitor: Actor
let student1: Actor
let student2: Actor
let a: Owned
let b: Owned
let aQuestionIds: string[]
let aQuestions: ReviewedQuestion[]
let attempt1: string

async function actor(browser: Parameters<typeof newActor>[0]): Promise<Actor> {
  const { context, page } = await newActor(browser, base)
  return { context, page, request: context.request }
}

/** Signs a teacher up, pastes the article, publishes it and assigns it. */
async function teacherWithAssignment(t: Actor, label: string): Promise<Owned> {
  await signUpViaApi(t.context, base, newTeacherAccount(`Teacher ${label}`))
  const tag = runTag()
  const moduleTitle = `Flood wall for ${label} ${tag}`
  const create = new NewModulePage(t.page)
  await create.goto()
  const moduleId = await create.create({ ...PASTED_ARTICLE, title: moduleTitle })
  const versionId = await new ModuleReviewPage(t.page).publish(1)
  const form = new NewAssignmentPage(t.page)
  await form.goto(versionId)
  const title = `Class of ${label} ${tag}`
  const assignmentId = await form.create({
    title,
    questionCount: 4,
    maxAttempts: 2,
    revealAnswers: true,
    allowSharing: true,
  })
  const code = await new AssignmentPage(t.page).readJoinCode()
  return { moduleId, versionId, assignmentId, code, title, moduleTitle }
}

test.beforeAll(async ({ browser }, testInfo) => {
  base = testInfo.project.use.baseURL as string
  teacherA = await actor(browser)
  teacherB = await actor(browser)
  visitor = await actor(browser)
  student1 = await actor(browser)
  student2 = await actor(browser)
  a = await teacherWithAssignment(teacherA, 'A')
  b = await teacherWithAssignment(teacherB, 'B')
  const review = new ModuleReviewPage(teacherA.page)
  await review.goto(a.moduleId)
  aQuestions = await review.questions()
  aQuestionIds = await fieldValues(teacherA.page, 'questionId')
  expect(aQuestionIds.length).toBe(aQuestions.length)

  // Student 1 joins A's class, starts and submits (blank answers); student 2 only joins.
  await new JoinPage(student1.page).goto()
  await new JoinPage(student1.page).join(a.code, 'Sam Shore')
  const started = await student1.request.post('/api/attempts', { data: { assignment: a.code } })
  expect(started.status()).toBe(201)
  attempt1 = ((await started.json()) as { attemptId: string }).attemptId
  const submitted = await student1.request.post(`/api/attempts/${attempt1}/submission`, {
    data: { submissionKey: `key-${runTag()}`, answers: {} },
  })
  expect(submitted.status()).toBe(200)
  await new JoinPage(student2.page).goto()
  await new JoinPage(student2.page).join(a.code, 'Pat Pier')
})

test.afterAll(async () => {
  for (const x of [teacherA, teacherB, visitor, student1, student2]) await x?.context.close()
})

/** Every teacher page for A's ids. */
const pagesOf = (o: Owned) => [
  '/teach',
  '/teach/modules/new',
  `/teach/modules/${o.moduleId}`,
  `/teach/modules/built-in/${QUIZ_SLUG}`,
  `/teach/assignments/new?version=${o.versionId}`,
  `/teach/assignments/${o.assignmentId}`,
  `/teach/assignments/${o.assignmentId}/worksheet`,
  `/teach/assignments/${o.assignmentId}/answer-key`,
  `/teach/assignments/${o.assignmentId}/results`,
]

/** A's pages that name one of A's ids (the dashboard, new module and built-ins are B's own). */
const ownedPagesOf = (o: Owned) =>
  pagesOf(o).filter(
    (p) => p.includes(o.moduleId) || p.includes(o.versionId) || p.includes(o.assignmentId),
  )

test('a visitor and a student are sent to sign in from every teacher page, and the CSV answers 401', async () => {
  for (const [who, x] of [
    ['visitor', visitor],
    ['student', student1],
  ] as const) {
    for (const path of pagesOf(a)) {
      const response = await x.request.get(path, { maxRedirects: 0 })
      expect(response.status(), `${who} GET ${path}`).toBe(307)
      const location = new URL(response.headers().location ?? '', base)
      expect(location.pathname, `${who} GET ${path}`).toBe('/teach/sign-in')
      expect(location.searchParams.get('next'), `${who} GET ${path}`).toBe(path)
      expect(await response.text()).not.toContain(a.title)
    }
    const csv = await x.request.get(`/teach/assignments/${a.assignmentId}/results.csv`)
    expect(csv.status(), `${who} GET results.csv`).toBe(401)
    expect(await csv.text()).not.toContain('Sam Shore')
  }
})

test("teacher A opens every page of theirs; teacher B gets 404 for each, with any of A's ids in any slot", async () => {
  // A, the owner: every page and the CSV answer (so the 404s below are about ownership).
  for (const path of pagesOf(a)) {
    const response = await teacherA.request.get(path, { maxRedirects: 0 })
    expect(response.status(), `A GET ${path}`).toBe(200)
  }
  const csvA = await teacherA.request.get(`/teach/assignments/${a.assignmentId}/results.csv`)
  expect(csvA.status()).toBe(200)
  expect(await csvA.text()).toContain('Sam Shore')

  // B: A's ids in every slot that takes an id.
  const ids = [
    a.moduleId,
    a.versionId,
    a.assignmentId,
    a.code,
    attempt1,
    ...aQuestionIds.slice(0, 2),
  ]
  const slots = (id: string) => [
    `/teach/modules/${id}`,
    `/teach/assignments/new?version=${id}`,
    `/teach/assignments/${id}`,
    `/teach/assignments/${id}/worksheet`,
    `/teach/assignments/${id}/answer-key`,
    `/teach/assignments/${id}/results`,
    `/teach/assignments/${id}/results.csv`,
  ]
  const tried = new Set([...ownedPagesOf(a), ...ids.flatMap(slots)])
  for (const path of tried) {
    const response = await teacherB.request.get(path, { maxRedirects: 0 })
    expect(response.status(), `B GET ${path}`).toBe(404)
    const body = await response.text()
    expect(body, `B GET ${path}`).not.toContain(a.title)
    expect(body, `B GET ${path}`).not.toContain(a.moduleTitle)
    expect(body, `B GET ${path}`).not.toContain('Sam Shore')
  }

  // B's own pages work, and B's dashboard shows nothing of A's.
  for (const path of pagesOf(b)) {
    const response = await teacherB.request.get(path, { maxRedirects: 0 })
    expect(response.status(), `B GET own ${path}`).toBe(200)
  }
  const dashboard = await (await teacherB.request.get('/teach')).text()
  expect(dashboard).toContain(b.title)
  for (const secret of [a.title, a.moduleTitle, a.code, a.moduleId, a.assignmentId])
    expect(dashboard).not.toContain(secret)
})

test("student 2, a visitor and teacher B cannot read, submit or share student 1's attempt", async () => {
  const blank = { submissionKey: `steal-${runTag()}`, answers: {} }
  for (const [who, x] of [
    ['student 2', student2],
    ['visitor', visitor],
    ['teacher B', teacherB],
    ['teacher A', teacherA],
  ] as const) {
    const read = await x.request.get(`/api/attempts/${attempt1}`)
    expect(read.status(), `${who} GET attempt`).toBe(404)
    const submit = await x.request.post(`/api/attempts/${attempt1}/submission`, { data: blank })
    expect(submit.status(), `${who} POST submission`).toBe(404)
    const share = await x.request.post(`/api/attempts/${attempt1}/share`, {
      data: { showName: true, displayName: 'Not Sam' },
    })
    expect(share.status(), `${who} POST share`).toBe(404)
    for (const response of [read, submit, share])
      expect(await response.text()).not.toContain('Sam Shore')
  }

  // Student 2 starting gets an attempt of their own, never student 1's.
  const own = await student2.request.post('/api/attempts', { data: { assignment: a.code } })
  expect(own.status()).toBe(201)
  expect(((await own.json()) as { attemptId: string }).attemptId).not.toBe(attempt1)

  // Student 1 still sees their attempt as they left it: name not shown, nothing changed.
  const mine = await student1.request.get(`/api/attempts/${attempt1}`)
  expect(mine.status()).toBe(200)
  const state = (await mine.json()) as {
    share?: { showName: boolean; displayName?: string | null }
  }
  expect(state.share?.showName).toBe(false)
  expect(JSON.stringify(state)).not.toContain('Not Sam')
})

test("teacher B's own forms, pointed at teacher A's ids, are refused and change nothing", async () => {
  const page = teacherB.page
  const [questionId = ''] = aQuestionIds
  const target = { moduleId: a.moduleId, questionId }

  const review = new ModuleReviewPage(page)
  await review.goto(b.moduleId)
  await expectRefused(page, 'Remove question 1', target, NO_MODULE)
  await expectRefused(page, 'Regenerate question 1', target, NO_MODULE)
  await expectRefused(page, 'Save question 1', { ...target, prompt: 'Hijacked by B?' }, NO_MODULE)
  await expectRefused(
    page,
    'Add the question',
    { moduleId: a.moduleId, prompt: 'Added by B?', option1: 'Yes', option2: 'No' },
    NO_MODULE,
  )
  await expectRefused(page, 'Publish (no changes)', { moduleId: a.moduleId }, NO_MODULE)

  await new NewAssignmentPage(page).goto(b.versionId)
  await expectRefused(
    page,
    'Create the assignment',
    { version: a.versionId, title: 'Stolen by B' },
    NO_VERSION,
  )

  const mine = new AssignmentPage(page)
  const theirs = new AssignmentPage(teacherA.page)
  await mine.goto(b.assignmentId)
  await expectRefused(page, 'Close the assignment', { assignmentId: a.assignmentId }, NO_ASSIGNMENT)
  await theirs.goto(a.assignmentId)
  await expect(theirs.status).toContainText('Open')

  // A closes; B's reopen form aimed at A's assignment must not reopen it.
  await theirs.close()
  await mine.goto(b.assignmentId)
  await mine.close()
  await expectRefused(
    page,
    'Reopen the assignment',
    { assignmentId: a.assignmentId },
    NO_ASSIGNMENT,
  )
  await theirs.goto(a.assignmentId)
  await expect(theirs.status).toContainText('Closed')
  await theirs.reopen()
  await mine.goto(b.assignmentId)
  await mine.reopen()

  await expectUnchangedForA()
  // No assignment was made from A's version under B's name.
  const dashboard = await (await teacherB.request.get('/teach')).text()
  expect(dashboard).not.toContain('Stolen by B')
})

test('with the forms in hand, a visitor and a student cannot run any teacher action', async () => {
  const page = teacherB.page
  const session = await teacherB.context.cookies()
  const studentCookies = await student1.context.cookies()
  expect(studentCookies.some((c) => c.name === `lede_s_${a.assignmentId}`)).toBe(true)

  /** Loads one of B's pages with B's session, then drops it (and maybe becomes the student). */
  const asOther = async (path: string, cookies: typeof session) => {
    await teacherB.context.clearCookies()
    await teacherB.context.addCookies(session)
    await page.goto(path)
    await teacherB.context.clearCookies()
    if (cookies.length > 0) await teacherB.context.addCookies(cookies)
  }
  const target = { moduleId: a.moduleId, questionId: aQuestionIds[0] ?? '' }
  try {
    for (const cookies of [[], studentCookies]) {
      await asOther(`/teach/modules/${b.moduleId}`, cookies)
      await expectRefused(page, 'Remove question 1', target, SIGNED_OUT)
      await expectRefused(page, 'Regenerate question 1', target, SIGNED_OUT)
      await expectRefused(page, 'Save question 1', { ...target, prompt: 'Hijacked?' }, SIGNED_OUT)
      await expectRefused(
        page,
        'Add the question',
        { moduleId: a.moduleId, prompt: 'Added?', option1: 'Yes', option2: 'No' },
        SIGNED_OUT,
      )
      await expectRefused(page, 'Publish (no changes)', { moduleId: a.moduleId }, SIGNED_OUT)

      await asOther('/teach/modules/new', cookies)
      await page.getByLabel('Headline').fill('Visitor module')
      await page.getByLabel('Source').fill('Nowhere')
      await page.getByLabel('Publication date').fill(PASTED_ARTICLE.publishedAt)
      await page.getByLabel('Article text').fill(PASTED_ARTICLE.text)
      await expectRefused(page, 'Create module and generate questions', {}, SIGNED_OUT)

      await asOther(`/teach/assignments/new?version=${b.versionId}`, cookies)
      await expectRefused(
        page,
        'Create the assignment',
        { version: a.versionId, title: 'Stolen by a visitor' },
        SIGNED_OUT,
      )

      await asOther(`/teach/assignments/${b.assignmentId}`, cookies)
      await expectRefused(
        page,
        'Close the assignment',
        { assignmentId: a.assignmentId },
        SIGNED_OUT,
      )
    }
  } finally {
    await teacherB.context.clearCookies()
    await teacherB.context.addCookies(session)
  }
  await expectUnchangedForA()
  const dashboardB = await (await teacherB.request.get('/teach')).text()
  expect(dashboardB).not.toContain('Visitor module')
  expect(dashboardB).not.toContain('Stolen by a visitor')
})

/** Teacher A's module, version and assignment are exactly as A left them. */
async function expectUnchangedForA() {
  const review = new ModuleReviewPage(teacherA.page)
  await review.goto(a.moduleId)
  expect(await review.questions()).toEqual(aQuestions)
  expect(await fieldValues(teacherA.page, 'questionId')).toEqual(aQuestionIds)
  await expect(teacherA.page.getByText('Draft is published')).toBeVisible()
  await expect(review.versionRows).toHaveCount(1)
  const assignment = new AssignmentPage(teacherA.page)
  await assignment.goto(a.assignmentId)
  await expect(assignment.status).toContainText('Open')
  const dashboard = await (await teacherA.request.get('/teach')).text()
  expect(dashboard.match(/href="\/teach\/assignments\/[A-Za-z0-9_-]{24}"/g)).toHaveLength(1)
  expect(dashboard.match(/href="\/teach\/modules\/[A-Za-z0-9_-]{24}"/g)).toHaveLength(1)
  // The class results still hold exactly student 1's submission.
  const csv = await (
    await teacherA.request.get(`/teach/assignments/${a.assignmentId}/results.csv`)
  ).text()
  expect(csv.trim().split(/\r\n/)).toHaveLength(2)
}
