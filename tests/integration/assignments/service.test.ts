/**
 * Assignments on a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL): teachers
 * create them on versions they may use, students join by code and take the quiz under the
 * assignment's settings — retake limit, due date, closing, reveal and sharing — and never
 * see another student's attempt.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  createAssignment,
  findJoinableAssignment,
  getOwnedAssignmentOrThrow,
  setAssignmentOpen,
} from '@/lib/assignments/service'
import type { Students } from '@/lib/assignments/student'
import type { Database } from '@/lib/db/open'
import { countStudentAttempts } from '@/lib/db/queries/assignments'
import type { AssignmentSettings } from '@/lib/db/schema'
import { AppError } from '@/lib/errors'
import { randomId } from '@/lib/ids'
import { publicQuestionSchema } from '@/lib/questions/types'
import { startAssignmentAttempt } from '@/lib/quiz/assignment'
import { getAttemptState, submitAttempt, updateSharing } from '@/lib/quiz/service'
import {
  answersFor,
  attemptRow,
  correctAnswer,
  keyedQuestions,
  newSubmissionKey,
} from '../../support/quiz'
import { createTestDatabase, testDatabaseKind } from '../../support/test-db'
import { baseSettings, insertTeacher, insertVersion } from './support'

let database: Database
const db = () => database.db
let teacherA: { id: string }
let teacherB: { id: string }
let builtInVersion: string
let foreignVersion: string

beforeAll(async () => {
  database = await createTestDatabase()
  teacherA = await insertTeacher(db(), 'Ada')
  teacherB = await insertTeacher(db(), 'Bea')
  builtInVersion = (await insertVersion(db())).id
  foreignVersion = (await insertVersion(db(), teacherB.id)).id
})
afterAll(async () => {
  await database?.close()
})

async function rejectsWith(promise: Promise<unknown>, code: string) {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(AppError)
  expect((err as AppError).code).toBe(code)
  return err as AppError
}

async function assign(settings: Partial<AssignmentSettings> = {}, owner = teacherA) {
  return createAssignment(db(), owner.id, {
    versionId: builtInVersion,
    title: 'Rockets',
    settings: { ...baseSettings, ...settings },
  })
}

const studentIn = (assignmentId: string, name = 'Sam'): Students =>
  new Map([[assignmentId, { key: randomId(), name }]])

async function submitAll(attemptId: string, students: Students, now?: Date) {
  const questions = await keyedQuestions(db(), attemptId)
  return submitAttempt(
    db(),
    attemptId,
    { submissionKey: newSubmissionKey(), answers: answersFor(questions, correctAnswer) },
    students,
    now,
  )
}

describe(`creating assignments on ${testDatabaseKind}`, () => {
  test('a teacher assigns a built-in version or their own; a join code is stored', async () => {
    const a = await assign()
    expect(a.ownerId).toBe(teacherA.id)
    expect(a.joinCode).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/)
    const own = await createAssignment(db(), teacherB.id, {
      versionId: foreignVersion,
      title: 'Mine',
      settings: baseSettings,
    })
    expect(own.moduleVersionId).toBe(foreignVersion)
  })

  test("another teacher's module version is refused as if it did not exist", async () => {
    await rejectsWith(
      createAssignment(db(), teacherA.id, {
        versionId: foreignVersion,
        title: 'Not mine',
        settings: baseSettings,
      }),
      'not_found:module',
    )
    await rejectsWith(
      createAssignment(db(), teacherA.id, {
        versionId: randomId(),
        title: 'Nothing',
        settings: baseSettings,
      }),
      'not_found:module',
    )
  })

  test('a join code clash is retried with a new code (unique index)', async () => {
    const first = await assign()
    const codes = [first.joinCode, first.joinCode, 'ZZZ222']
    const second = await createAssignment(
      db(),
      teacherA.id,
      { versionId: builtInVersion, title: 'Clash', settings: baseSettings },
      () => codes.shift() ?? 'YYY333',
    )
    expect(second.joinCode).toBe('ZZZ222')
  })

  test('only the owner reads, closes and reopens it', async () => {
    const a = await assign()
    expect((await getOwnedAssignmentOrThrow(db(), a.id, teacherA.id)).assignment.id).toBe(a.id)
    await rejectsWith(getOwnedAssignmentOrThrow(db(), a.id, teacherB.id), 'not_found:assignment')
    await rejectsWith(setAssignmentOpen(db(), a.id, teacherB.id, false), 'not_found:assignment')
    expect((await setAssignmentOpen(db(), a.id, teacherA.id, false)).closedAt).not.toBeNull()
    expect((await setAssignmentOpen(db(), a.id, teacherA.id, true)).closedAt).toBeNull()
  })
})

describe(`joining on ${testDatabaseKind}`, () => {
  test('the code is found in any case, with spaces or dashes', async () => {
    const a = await assign()
    const spaced = `${a.joinCode.slice(0, 3).toLowerCase()} - ${a.joinCode.slice(3)}`
    expect((await findJoinableAssignment(db(), spaced)).id).toBe(a.id)
  })

  test('unknown, malformed, closed and past-due codes give clear errors', async () => {
    await rejectsWith(findJoinableAssignment(db(), 'ZZZZZZ'), 'not_found:join_code')
    await rejectsWith(findJoinableAssignment(db(), 'O0O0O0'), 'not_found:join_code')
    const closed = await assign()
    await setAssignmentOpen(db(), closed.id, teacherA.id, false)
    const err = await rejectsWith(
      findJoinableAssignment(db(), closed.joinCode),
      'forbidden:assignment',
    )
    expect(err.message).toMatch(/closed/)
    const due = await assign({ dueAt: '2026-01-01T00:00:00.000Z' })
    await rejectsWith(
      findJoinableAssignment(db(), due.joinCode, new Date('2026-01-02T00:00:00Z')),
      'forbidden:assignment',
    )
  })
})

describe(`assignment attempts on ${testDatabaseKind}`, () => {
  test('the variant follows the count, categories and formats; the attempt names the student', async () => {
    const a = await assign({
      questionCount: 4,
      categories: ['date'],
      formats: ['single', 'cloze', 'true-false'],
    })
    const students = studentIn(a.id, 'Noor')
    const state = await startAssignmentAttempt(db(), a.joinCode, students)
    expect(state.questions.length).toBeGreaterThan(0)
    expect(state.questions.length).toBeLessThanOrEqual(4)
    for (const q of state.questions) {
      publicQuestionSchema.parse(q)
      expect(q.category).toBe('date')
      expect(['single', 'cloze', 'true-false']).toContain(q.format)
    }
    const row = await attemptRow(db(), state.attemptId)
    expect(row).toMatchObject({
      assignmentId: a.id,
      studentKey: students.get(a.id)?.key,
      displayName: 'Noor',
      sharingAllowed: true,
      maxScore: state.questions.length,
    })
    const wide = await assign({ questionCount: 7 })
    const s2 = await startAssignmentAttempt(db(), wide.joinCode, studentIn(wide.id))
    expect(s2.questions).toHaveLength(7)
    expect(new Set(s2.questions.map((q) => q.category))).toEqual(
      new Set(['actor', 'date', 'position']),
    )
  })

  test('starting needs the student cookie of that assignment', async () => {
    const a = await assign()
    const other = await assign()
    await rejectsWith(startAssignmentAttempt(db(), a.joinCode, new Map()), 'forbidden:student')
    await rejectsWith(
      startAssignmentAttempt(db(), a.joinCode, studentIn(other.id)),
      'forbidden:student',
    )
    await rejectsWith(
      startAssignmentAttempt(db(), 'ZZZZZZ', studentIn(a.id)),
      'not_found:assignment',
    )
  })

  test('retakes are limited per student; an open attempt is resumed, not counted twice', async () => {
    const a = await assign({ maxAttempts: 2 })
    const sam = studentIn(a.id, 'Sam')
    const first = await startAssignmentAttempt(db(), a.joinCode, sam)
    expect(first.attemptsLeft).toBe(1)
    const again = await startAssignmentAttempt(db(), a.joinCode, sam)
    expect(again.attemptId).toBe(first.attemptId)
    await submitAll(first.attemptId, sam)
    const second = await startAssignmentAttempt(db(), a.joinCode, sam)
    expect(second.attemptId).not.toBe(first.attemptId)
    expect(second.attemptsLeft).toBe(0)
    const done = await submitAll(second.attemptId, sam)
    expect(done.attemptsLeft).toBe(0)
    const err = await rejectsWith(
      startAssignmentAttempt(db(), a.joinCode, sam),
      'conflict:attempts',
    )
    expect(err.status).toBe(409)
    expect(err.message).toBe('You have used all 2 attempts.')
    // Another student in the same class has their own count.
    const kim = studentIn(a.id, 'Kim')
    expect((await startAssignmentAttempt(db(), a.joinCode, kim)).attemptsLeft).toBe(1)
    expect(await countStudentAttempts(db(), a.id, sam.get(a.id)?.key ?? '')).toBe(2)
  })

  test('racing starts cannot exceed the limit', async () => {
    const a = await assign({ maxAttempts: 1 })
    const students = Array.from({ length: 3 }, () => studentIn(a.id))
    // One student, many tabs: every start ends on the same single attempt.
    const same = students[0] as Students
    const states = await Promise.all(
      Array.from({ length: 5 }, () => startAssignmentAttempt(db(), a.joinCode, same)),
    )
    expect(new Set(states.map((s) => s.attemptId)).size).toBe(1)
    expect(await countStudentAttempts(db(), a.id, same.get(a.id)?.key ?? '')).toBe(1)
  })

  test('after the due date, starting and submitting are refused (403); before, fine', async () => {
    const due = new Date(Date.now() + 60 * 60_000)
    const a = await assign({ dueAt: due.toISOString() })
    const s = studentIn(a.id)
    const state = await startAssignmentAttempt(db(), a.joinCode, s)
    const late = new Date(due.getTime() + 1000)
    const err = await rejectsWith(submitAll(state.attemptId, s, late), 'forbidden:assignment')
    expect(err.status).toBe(403)
    expect(err.message).toMatch(/was due on .*answers are kept in this browser/)
    expect((await attemptRow(db(), state.attemptId))?.submittedAt).toBeNull()
    await rejectsWith(
      startAssignmentAttempt(db(), a.joinCode, studentIn(a.id), late),
      'forbidden:assignment',
    )
    expect((await submitAll(state.attemptId, s)).submitted).toBe(true)
  })

  test('a closed assignment refuses starts and submissions; reopening lets them through', async () => {
    const a = await assign()
    const s = studentIn(a.id)
    const state = await startAssignmentAttempt(db(), a.joinCode, s)
    await setAssignmentOpen(db(), a.id, teacherA.id, false)
    const err = await rejectsWith(submitAll(state.attemptId, s), 'forbidden:assignment')
    expect(err.message).toMatch(/closed/)
    await rejectsWith(
      startAssignmentAttempt(db(), a.joinCode, studentIn(a.id)),
      'forbidden:assignment',
    )
    expect((await attemptRow(db(), state.attemptId))?.submittedAt).toBeNull()
    await setAssignmentOpen(db(), a.id, teacherA.id, true)
    expect((await submitAll(state.attemptId, s)).submitted).toBe(true)
  })

  test('with reveal off, results hold outcomes but no answer key, explanation or evidence', async () => {
    const a = await assign({ revealAnswers: false })
    const s = studentIn(a.id)
    const state = await startAssignmentAttempt(db(), a.joinCode, s)
    const done = await submitAll(state.attemptId, s)
    const again = await getAttemptState(db(), state.attemptId, s)
    for (const result of [done.result, again.result]) {
      expect(result?.revealed).toBe(false)
      expect(result?.score).toBe(state.questions.length)
      for (const f of result?.feedback ?? []) {
        expect(f.status).toBe('correct')
        expect(f).not.toHaveProperty('correctAnswer')
        expect(f).not.toHaveProperty('explanation')
        expect(f).not.toHaveProperty('evidence')
      }
    }
    const keyed = await keyedQuestions(db(), state.attemptId)
    const text = JSON.stringify(again)
    for (const q of keyed) expect(text).not.toContain(q.explanation)
    // With reveal on, the same flow shows them.
    const b = await assign({ revealAnswers: true })
    const sb = studentIn(b.id)
    const sbState = await startAssignmentAttempt(db(), b.joinCode, sb)
    const shown = await submitAll(sbState.attemptId, sb)
    expect(shown.result?.feedback.every((f) => typeof f.explanation === 'string')).toBe(true)
  })

  test('with sharing off, there is no share state and sharing is refused', async () => {
    const a = await assign({ allowSharing: false })
    const s = studentIn(a.id)
    const state = await startAssignmentAttempt(db(), a.joinCode, s)
    const done = await submitAll(state.attemptId, s)
    expect(done.share).toBeNull()
    expect((await attemptRow(db(), state.attemptId))?.sharingAllowed).toBe(false)
    await rejectsWith(
      updateSharing(db(), state.attemptId, { showName: false }, s),
      'forbidden:share',
    )
  })

  test("another student (or nobody) cannot read, submit or share a student's attempt", async () => {
    const a = await assign()
    const sam = studentIn(a.id, 'Sam')
    const kim = studentIn(a.id, 'Kim')
    const state = await startAssignmentAttempt(db(), a.joinCode, sam)
    for (const who of [kim, new Map(), studentIn(randomId())] as Students[]) {
      await rejectsWith(getAttemptState(db(), state.attemptId, who), 'not_found:attempt')
      await rejectsWith(submitAll(state.attemptId, who), 'not_found:attempt')
      await rejectsWith(
        updateSharing(db(), state.attemptId, { showName: false }, who),
        'not_found:attempt',
      )
    }
    expect((await attemptRow(db(), state.attemptId))?.submittedAt).toBeNull()
    expect((await getAttemptState(db(), state.attemptId, sam)).attemptId).toBe(state.attemptId)
    // Kim's own start is a different attempt; nothing of Sam's comes back.
    const kimState = await startAssignmentAttempt(db(), a.joinCode, kim)
    expect(kimState.attemptId).not.toBe(state.attemptId)
    expect(JSON.stringify(kimState)).not.toContain('Sam')
  })
})
