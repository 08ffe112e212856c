/**
 * The owner-filtered results queries against a fresh database (in-memory PGlite, or
 * PostgreSQL with TEST_DATABASE_URL): the owner sees their class, anyone else nothing.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Database } from '@/lib/db/open'
import {
  countAttemptsByStudent,
  getOwnedAssignmentWithPool,
  listSubmittedAttempts,
  loadAssignmentResults,
} from '@/lib/db/queries/results'
import { randomId } from '@/lib/ids'
import { summarizeResults, UNNAMED } from '@/lib/results'
import { createTestDatabase, testDatabaseKind } from '../../support/test-db'
import { POOL } from '../../unit/results/fixtures'
import { seedClass } from './seed'

let database: Database
let seeded: Awaited<ReturnType<typeof seedClass>>

beforeAll(async () => {
  database = await createTestDatabase()
  expect(database.kind).toBe(testDatabaseKind)
  seeded = await seedClass(database.db)
})
afterAll(async () => {
  await database?.close()
})

describe(`results queries (${testDatabaseKind})`, () => {
  test('the owner gets the assignment, its pool, submitted attempts and attempts per student', async () => {
    const { teacherA, assignmentA, ids } = seeded
    const data = await loadAssignmentResults(database.db, teacherA, assignmentA)
    expect(data?.assignment).toEqual({
      id: assignmentA,
      title: 'Year 9, "rockets" / Erbil',
      closedAt: null,
      articleTitle: 'Rockets hit near Erbil',
    })
    expect(data?.pool).toEqual(POOL)
    // Submitted only, oldest submission first; never the other class's or practice attempts.
    expect(data?.submitted.map((a) => a.id)).toEqual([
      ids.formula, // submitted 09:01:42
      ids.smith, // 09:03:05
      ids.nokey, // 09:03:20
      ids.zoe2, // 09:31:01
      ids.zoe1, // 10:04:00
    ])
    // Started attempts count, submitted or not; an attempt without a key counts on its own.
    expect(Object.fromEntries(data?.attemptsUsed ?? [])).toEqual({
      k1: 2,
      k2: 1,
      k3: 2,
      k4: 1,
      [`attempt:${ids.nokey}`]: 1,
    })
  })

  test('a submitted attempt comes back as stored: answers, outcomes, category scores, times', async () => {
    const { teacherA, assignmentA, ids } = seeded
    const submitted = await listSubmittedAttempts(database.db, teacherA, assignmentA)
    const formula = submitted.find((a) => a.id === ids.formula)
    expect(formula).toMatchObject({
      studentKey: 'k2',
      displayName: '=HYPERLINK("http://evil.test","x")',
      answers: { 'q-single': { optionId: 'b' }, 'q-cloze': { text: 'Baghdad' } },
      score: 3,
      maxScore: 5,
    })
    expect(formula?.outcomes).toHaveLength(5)
    expect(formula?.categoryScores.map((c) => c.category)).toEqual([
      'actor',
      'date',
      'position',
      'place',
    ])
    expect(formula && formula.submittedAt.getTime() - formula.startedAt.getTime()).toBe(42_000)
  })

  test('another teacher gets nothing for the assignment, whichever query they use', async () => {
    const { teacherB, assignmentA } = seeded
    expect(await getOwnedAssignmentWithPool(database.db, teacherB, assignmentA)).toBeUndefined()
    expect(await loadAssignmentResults(database.db, teacherB, assignmentA)).toBeUndefined()
    expect(await listSubmittedAttempts(database.db, teacherB, assignmentA)).toEqual([])
    expect((await countAttemptsByStudent(database.db, teacherB, assignmentA)).size).toBe(0)
  })

  test('each teacher sees only their own class, even with the same student key', async () => {
    const { teacherA, teacherB, assignmentB, ids } = seeded
    expect(await loadAssignmentResults(database.db, teacherA, assignmentB)).toBeUndefined()
    const data = await loadAssignmentResults(database.db, teacherB, assignmentB)
    expect(data?.submitted.map((a) => a.id)).toEqual([ids.ben])
    expect(Object.fromEntries(data?.attemptsUsed ?? [])).toEqual({ k1: 1 })
  })

  test.each([
    ['an unknown id', () => randomId()],
    ['an attempt id', () => seeded.ids.smith],
    ['a module version id', () => seeded.moduleVersionId],
    ['a teacher id', () => seeded.teacherA],
    ['an empty id', () => ''],
    ['a quote', () => "' or '1'='1"],
  ])('%s is not an assignment', async (_name, id) => {
    expect(await loadAssignmentResults(database.db, seeded.teacherA, id())).toBeUndefined()
  })

  test('the summary of the stored class: rows, hardest questions, wrong answers', async () => {
    const { teacherA, assignmentA } = seeded
    const data = await loadAssignmentResults(database.db, teacherA, assignmentA)
    if (!data) throw new Error('no results')
    const summary = summarizeResults(data)
    expect(
      summary.rows.map((r) => [r.name, r.score, r.maxScore, r.durationSeconds, r.attemptsUsed]),
    ).toEqual([
      ['=HYPERLINK("http://evil.test","x")', 3, 5, 42, 1],
      [UNNAMED, 2, 2, 20, 1],
      ['Smith, Jo', 5, 5, 185, 2],
      // Same name: the earlier submission first.
      ['Zoë\n"Z"', 4, 5, 61, 2],
      ['Zoë\n"Z"', 0.67, 5, 3720, 2],
    ])
    expect(summary.categories).toEqual(['actor', 'date', 'position', 'place'])
    const single = summary.questions.find((q) => q.questionId === 'q-single')
    expect(single).toMatchObject({ received: 5, correct: 2, hardest: true })
    expect(single?.mostChosenWrong).toEqual({ text: 'Jen Psaki', count: 3 })
    expect(summary.questions.find((q) => q.questionId === 'q-cloze')?.mostChosenWrong).toEqual({
      text: 'Baghdad',
      count: 1,
    })
  })
})
