/**
 * The attempt routes for assignments, called with the student cookie as a browser sends it:
 * no cookie or another student's cookie is refused, limits answer 409/403 with clear
 * messages, and with sharing off the share page's card answers 404.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createAssignment, setAssignmentOpen } from '@/lib/assignments/service'
import { decodeStudent, encodeStudent, studentCookieName } from '@/lib/assignments/student'
import { getStudentSecret, joinStudent } from '@/lib/assignments/students'
import type { Db } from '@/lib/db/open'
import type { AssignmentSettings } from '@/lib/db/schema'
import { randomId } from '@/lib/ids'
import type { AttemptState } from '@/lib/quiz/schemas'
import {
  type AttemptRoutes,
  answersFor,
  attemptRow,
  context,
  correctAnswer,
  errorOf,
  jsonRequest,
  keyedQuestions,
  loadAttemptRoutes,
  newSubmissionKey,
  SLUG,
  useAppDatabase,
} from '../../support/quiz'
import { testDatabaseKind } from '../../support/test-db'
import { baseSettings, insertTeacher, insertVersion } from './support'

type CardRoute = typeof import('@/app/r/[shareId]/card.png/route')

let cleanup: () => Promise<void>
let startRoute: AttemptRoutes['start']
let stateRoute: AttemptRoutes['state']
let submitRoute: AttemptRoutes['submit']
let cardRoute: CardRoute
let db: Db
let teacherId: string
let versionId: string

beforeAll(async () => {
  cleanup = await useAppDatabase()
  const routes = await loadAttemptRoutes()
  startRoute = routes.start
  stateRoute = routes.state
  submitRoute = routes.submit
  cardRoute = await import('@/app/r/[shareId]/card.png/route')
  db = await (await import('@/lib/db/client')).getDb()
  teacherId = (await insertTeacher(db, 'Ada')).id
  versionId = (await insertVersion(db)).id
})
afterAll(async () => {
  await cleanup?.()
})

const assign = (settings: Partial<AssignmentSettings> = {}) =>
  createAssignment(db, teacherId, {
    versionId,
    title: 'Rockets',
    settings: { ...baseSettings, ...settings },
  })

/** A Cookie header for a new student in this assignment. */
let students = 0
const cookieFor = async (assignmentId: string, name = `Sam ${++students}`) =>
  `${studentCookieName(assignmentId)}=${encodeURIComponent(
    encodeStudent({ key: randomId(), name }, assignmentId, await getStudentSecret(db)),
  )}`

const start = (body: unknown, cookie?: string) =>
  startRoute.POST(jsonRequest('/api/attempts', body, cookie ? { headers: { cookie } } : {}))
const getState = (attemptId: string, cookie?: string) =>
  stateRoute.GET(
    jsonRequest(`/api/attempts/${attemptId}`, undefined, {
      method: 'GET',
      ...(cookie ? { headers: { cookie } } : {}),
    }),
    context(attemptId),
  )
async function submitCorrect(attemptId: string, cookie?: string) {
  const questions = await keyedQuestions(db, attemptId)
  return submitRoute.POST(
    jsonRequest(
      `/api/attempts/${attemptId}/submission`,
      { submissionKey: newSubmissionKey(), answers: answersFor(questions, correctAnswer) },
      cookie ? { headers: { cookie } } : {},
    ),
    context(attemptId),
  )
}

async function started(code: string, cookie: string) {
  const response = await start({ assignment: code }, cookie)
  expect(response.status).toBe(201)
  return (await response.json()) as AttemptState
}

describe(`assignment attempt routes on ${testDatabaseKind}`, () => {
  test('a student with the cookie starts with the code in any form; the settings apply', async () => {
    const a = await assign({ questionCount: 6 })
    const cookie = await cookieFor(a.id)
    const spaced = `${a.joinCode.slice(0, 3)} ${a.joinCode.slice(3)}`.toLowerCase()
    const state = await started(spaced, cookie)
    expect(state.questions).toHaveLength(6)
    expect(state.attemptsLeft).toBe(1)
    expect((await attemptRow(db, state.attemptId))?.assignmentId).toBe(a.id)
  })

  test('without the cookie, or with a malformed body, starting is refused', async () => {
    const a = await assign()
    const noCookie = await start({ assignment: a.joinCode })
    expect(noCookie.status).toBe(403)
    expect((await errorOf(noCookie)).code).toBe('forbidden:student')
    const otherCookie = await start({ assignment: a.joinCode }, await cookieFor(randomId()))
    expect(otherCookie.status).toBe(403)
    for (const body of [
      { assignment: 'O0O0O0' },
      { assignment: 42 },
      { assignment: a.joinCode, slug: SLUG },
    ]) {
      const response = await start(body, await cookieFor(a.id))
      expect(response.status).toBe(400)
      expect((await errorOf(response)).code).toBe('bad_request:attempt')
    }
    const unknown = await start({ assignment: 'ZZZ999' }, await cookieFor(a.id))
    expect(unknown.status).toBe(404)
  })

  test('the retake limit answers 409 with a clear message', async () => {
    const a = await assign({ maxAttempts: 1 })
    const cookie = await cookieFor(a.id)
    const state = await started(a.joinCode, cookie)
    expect((await submitCorrect(state.attemptId, cookie)).status).toBe(200)
    const again = await start({ assignment: a.joinCode }, cookie)
    expect(again.status).toBe(409)
    expect(await errorOf(again)).toMatchObject({
      code: 'conflict:attempts',
      message: 'You have used your one attempt.',
    })
  })

  test('a forged or edited student cookie gets no attempt past the limit', async () => {
    const a = await assign({ maxAttempts: 1 })
    const cookie = await cookieFor(a.id, 'Leo')
    const state = await started(a.joinCode, cookie)
    expect((await submitCorrect(state.attemptId, cookie)).status).toBe(200)
    const name = studentCookieName(a.id)
    const unsigned = `${name}=${randomId()}.${Buffer.from('Leo').toString('base64url')}`
    const value = decodeURIComponent(cookie.slice(name.length + 1))
    const [, encoded, sig] = value.split('.')
    const rekeyed = `${name}=${encodeURIComponent(`${randomId()}.${encoded}.${sig}`)}`
    const wrongSecret = `${name}=${encodeURIComponent(encodeStudent({ key: randomId(), name: 'Leo' }, a.id, 'not the secret'))}`
    for (const forged of [unsigned, rekeyed, wrongSecret]) {
      const response = await start({ assignment: a.joinCode }, forged)
      expect(response.status).toBe(403)
    }
    // Another assignment's valid cookie does not carry over either.
    const b = await assign()
    const moved = `${studentCookieName(b.id)}=${encodeURIComponent(value)}`
    expect((await start({ assignment: b.joinCode }, moved)).status).toBe(403)
  })

  test('two students cannot join under one name; re-joining keeps the key', async () => {
    const a = await assign()
    const first = await joinStudent(db, a.id, 'Leo', undefined)
    await expect(joinStudent(db, a.id, 'leo', undefined)).rejects.toMatchObject({
      code: 'conflict:student_name',
    })
    const second = await joinStudent(db, a.id, 'Leo B.', undefined)
    const secret = await getStudentSecret(db)
    const leo = decodeStudent(first, a.id, secret)
    expect(decodeStudent(second, a.id, secret)?.key).not.toBe(leo?.key)
    // The same browser joining again (same name or a new one) keeps its key and its count.
    expect(decodeStudent(await joinStudent(db, a.id, 'Leo', first), a.id, secret)?.key).toBe(
      leo?.key,
    )
    expect(decodeStudent(await joinStudent(db, a.id, 'Leo A.', first), a.id, secret)).toEqual({
      key: leo?.key,
      name: 'Leo A.',
    })
  })

  test('closed or past due: submitting answers 403 and stores nothing', async () => {
    const a = await assign()
    const cookie = await cookieFor(a.id)
    const state = await started(a.joinCode, cookie)
    await setAssignmentOpen(db, a.id, teacherId, false)
    const refused = await submitCorrect(state.attemptId, cookie)
    expect(refused.status).toBe(403)
    expect((await errorOf(refused)).message).toMatch(/closed.*kept in this browser/)
    expect((await attemptRow(db, state.attemptId))?.submittedAt).toBeNull()
    const closedStart = await start({ assignment: a.joinCode }, await cookieFor(a.id))
    expect(closedStart.status).toBe(403)
  })

  test("another student's cookie cannot read or submit an attempt: 404, nothing stored", async () => {
    const a = await assign()
    const sam = await cookieFor(a.id, 'Sam')
    const kim = await cookieFor(a.id, 'Kim')
    const state = await started(a.joinCode, sam)
    for (const cookie of [kim, undefined]) {
      const read = await getState(state.attemptId, cookie)
      expect(read.status).toBe(404)
      const submit = await submitCorrect(state.attemptId, cookie)
      expect(submit.status).toBe(404)
    }
    expect((await attemptRow(db, state.attemptId))?.submittedAt).toBeNull()
    expect((await getState(state.attemptId, sam)).status).toBe(200)
  })

  test('reveal off: the submitted result carries no key; sharing off: no share and the card is 404', async () => {
    const a = await assign({ revealAnswers: false, allowSharing: false })
    const cookie = await cookieFor(a.id)
    const state = await started(a.joinCode, cookie)
    const response = await submitCorrect(state.attemptId, cookie)
    expect(response.status).toBe(200)
    const text = await response.text()
    expect(text).not.toMatch(/"(correctAnswer|explanation|evidence)"/)
    const done = JSON.parse(text) as AttemptState
    expect(done.result?.revealed).toBe(false)
    expect(done.share).toBeNull()
    const row = await attemptRow(db, state.attemptId)
    if (!row) throw new Error('attempt missing')
    const card = await cardRoute.GET(new Request(`http://lede.test/r/${row.shareId}/card.png`), {
      params: Promise.resolve({ shareId: row.shareId }),
    })
    expect(card.status).toBe(404)
  })

  test('sharing on: the share state is there and the card renders', async () => {
    const a = await assign({ allowSharing: true })
    const cookie = await cookieFor(a.id)
    const state = await started(a.joinCode, cookie)
    const done = (await (await submitCorrect(state.attemptId, cookie)).json()) as AttemptState
    expect(done.share?.cardPath).toMatch(/\/card\.png/)
  })

  test('built-in starts are unchanged: no attemptsLeft, no cookie needed', async () => {
    const response = await start({ slug: SLUG })
    expect(response.status).toBe(201)
    const state = (await response.json()) as AttemptState
    expect(state).not.toHaveProperty('attemptsLeft')
    expect(state.questions).toHaveLength(10)
  })
})
