/**
 * Retakes in an assignment draw the questions a student has not seen first, from what the
 * server stored of their earlier attempts — not from anything the browser says — on PGlite
 * or PostgreSQL (TEST_DATABASE_URL).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createAssignment } from '@/lib/assignments/service'
import type { Students } from '@/lib/assignments/student'
import type { Database } from '@/lib/db/open'
import { listStudentSeenQuestionIds } from '@/lib/db/queries/assignments'
import type { ModuleVersion } from '@/lib/db/queries/modules'
import { randomId } from '@/lib/ids'
import { drawVariant } from '@/lib/questions'
import { startAssignmentAttempt } from '@/lib/quiz/assignment'
import { submitAttempt } from '@/lib/quiz/service'
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
let teacher: { id: string }
let version: ModuleVersion

beforeAll(async () => {
  database = await createTestDatabase()
  teacher = await insertTeacher(db(), 'Oluwaseun')
  version = await insertVersion(db())
})
afterAll(async () => {
  await database?.close()
})

const settings = { ...baseSettings, questionCount: 4, maxAttempts: 3 }

async function takeAndSubmit(joinCode: string, students: Students) {
  const state = await startAssignmentAttempt(db(), joinCode, students)
  const questions = await keyedQuestions(db(), state.attemptId)
  await submitAttempt(
    db(),
    state.attemptId,
    { submissionKey: newSubmissionKey(), answers: answersFor(questions, correctAnswer) },
    students,
  )
  return { attemptId: state.attemptId, ids: state.questions.map((q) => q.id) }
}

/** The draw the server must have made for a stored attempt, given what the student had seen. */
async function expectedDraw(attemptId: string, seen: string[]) {
  const row = await attemptRow(db(), attemptId)
  if (!row) throw new Error('attempt not stored')
  return drawVariant(
    { articleHash: version.articleHash, questions: version.pool },
    { seed: row.seed, count: settings.questionCount, ...settings, seen },
  ).map((q) => q.id)
}

describe(`unseen questions first for a returning student on ${testDatabaseKind}`, () => {
  test('the pool is big enough for three attempts without repeats', () => {
    const eligible = drawVariant(
      { articleHash: version.articleHash, questions: version.pool },
      { seed: 'all', count: 100, categories: settings.categories, formats: settings.formats },
    )
    expect(eligible.length).toBeGreaterThanOrEqual(settings.questionCount * settings.maxAttempts)
  })

  test('each retake is drawn with every earlier question as seen, from the database', async () => {
    const assignment = await createAssignment(db(), teacher.id, {
      versionId: version.id,
      title: 'Rockets',
      settings,
    })
    const key = randomId()
    // Each attempt comes from a "new browser": only the signed student key is the same.
    const browser = (): Students => new Map([[assignment.id, { key, name: 'Sam' }]])
    const first = await takeAndSubmit(assignment.joinCode, browser())
    expect(await listStudentSeenQuestionIds(db(), assignment.id, key)).toEqual(first.ids)
    expect(first.ids).toEqual(expect.arrayContaining(await expectedDraw(first.attemptId, [])))

    const second = await takeAndSubmit(assignment.joinCode, browser())
    expect(second.ids.filter((id) => first.ids.includes(id))).toEqual([])
    expect([...second.ids].sort()).toEqual(
      [...(await expectedDraw(second.attemptId, first.ids))].sort(),
    )

    const third = await takeAndSubmit(assignment.joinCode, browser())
    const before = [...first.ids, ...second.ids]
    expect(third.ids.filter((id) => before.includes(id))).toEqual([])
    expect([...third.ids].sort()).toEqual([...(await expectedDraw(third.attemptId, before))].sort())
    expect(await listStudentSeenQuestionIds(db(), assignment.id, key)).toEqual([
      ...new Set([...before, ...third.ids]),
    ])

    // Another student's record is their own: nothing Sam saw counts for Kim.
    const kim = randomId()
    expect(await listStudentSeenQuestionIds(db(), assignment.id, kim)).toEqual([])
    const theirs = await takeAndSubmit(
      assignment.joinCode,
      new Map([[assignment.id, { key: kim, name: 'Kim' }]]),
    )
    expect([...theirs.ids].sort()).toEqual([...(await expectedDraw(theirs.attemptId, []))].sort())
  })
})
