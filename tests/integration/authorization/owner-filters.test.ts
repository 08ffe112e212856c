/**
 * Authorization at the service and query layer (PGlite, or PostgreSQL with
 * TEST_DATABASE_URL). Teacher A owns a module (draft and published version), an assignment
 * and a student's attempt; teacher B passes every one of A's ids, in every slot that takes
 * an id, to every owner-filtered query and service. Each answers "nothing" or not_found,
 * exactly as for an id that does not exist, and A's rows stay as they were. A student's
 * cookie opens only their own attempt.
 */
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { resultsCsvResponse } from '@/app/(teacher)/teach/assignments/[assignmentId]/results/csv-export'
import {
  createAssignment,
  getAssignableVersionOrThrow,
  getOwnedAssignmentOrThrow,
  setAssignmentOpen,
} from '@/lib/assignments/service'
import type { Student, Students } from '@/lib/assignments/student'
import type { Database, Db } from '@/lib/db/open'
import {
  countStudentAttempts,
  getAssignableVersion,
  getOwnedAssignment,
  setAssignmentClosedAt,
} from '@/lib/db/queries/assignments'
import {
  countAttemptsByStudent,
  getOwnedAssignmentWithPool,
  listSubmittedAttempts,
  loadAssignmentResults,
} from '@/lib/db/queries/results'
import { listOwnedAssignments, listOwnedModules } from '@/lib/db/queries/teacher'
import {
  draftMatchesVersion,
  getOwnedModule,
  listOwnedModuleVersions,
  replaceOwnedDraft,
  touchOwnedModule,
} from '@/lib/db/queries/teacher-modules'
import { assignments, attempts, modules, moduleVersions, user } from '@/lib/db/schema'
import { AppError } from '@/lib/errors'
import { randomId } from '@/lib/ids'
import { MAX_OPTIONS, pastedArticleSchema } from '@/lib/modules/schemas'
import {
  addDraftQuestion,
  createModuleFromPaste,
  editDraftQuestion,
  getBuiltInReview,
  getModuleReview,
  publishModule,
  regenerateDraftQuestion,
  removeDraftQuestion,
} from '@/lib/modules/service'
import { startAssignmentAttempt } from '@/lib/quiz/assignment'
import { getAttemptState, submitAttempt, updateSharing } from '@/lib/quiz/service'
import { answersFor, correctAnswer, keyedQuestions, SLUG } from '../../support/quiz'
import { PASTED_ARTICLE } from '../../support/teacher'
import { createTestDatabase, testDatabaseKind } from '../../support/test-db'

let database: Database
let db: Db

const teacher = async (name: string) => {
  const id = randomId()
  await db.insert(user).values({ id, name, email: `${id.toLowerCase()}@school.test` })
  return id
}

const settings = {
  questionCount: 4,
  categories: ['actor', 'date', 'position'] as ('actor' | 'date' | 'position')[],
  formats: ['single', 'true-false', 'match'] as ('single' | 'true-false' | 'match')[],
  maxAttempts: 2,
  dueAt: null,
  revealAnswers: true,
  allowSharing: true,
}

type World = {
  teacherA: string
  teacherB: string
  moduleId: string
  versionId: string
  assignmentId: string
  joinCode: string
  assignmentB: string
  student1: Student
  student2: Student
  /** Student 1's submitted attempt, and their second one, started and not yet submitted. */
  submitted: string
  open: string
}
let w: World

const studentsOf = (assignmentId: string, student: Student): Students =>
  new Map([[assignmentId, student]])

/** Every id of teacher A's that B could copy from a URL, a printout or a link. */
const idsOfA = () => [w.moduleId, w.versionId, w.assignmentId, w.joinCode, w.submitted, w.open]

async function notFound(promise: Promise<unknown>): Promise<AppError> {
  const err = await promise.then(
    () => new Error('expected not_found, got a result'),
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(AppError)
  expect((err as AppError).type).toBe('not_found')
  expect((err as AppError).status).toBe(404)
  return err as AppError
}

/** Everything of A's as stored: compared before and after each attack. */
async function snapshotOfA() {
  const [module] = await db.select().from(modules).where(eq(modules.id, w.moduleId))
  const versions = await db
    .select({ id: moduleVersions.id })
    .from(moduleVersions)
    .where(eq(moduleVersions.moduleId, w.moduleId))
  const [assignment] = await db.select().from(assignments).where(eq(assignments.id, w.assignmentId))
  const rows = await db
    .select()
    .from(attempts)
    .where(eq(attempts.assignmentId, w.assignmentId))
    .orderBy(attempts.id)
  const ofB = await db
    .select({ id: assignments.id })
    .from(assignments)
    .where(eq(assignments.ownerId, w.teacherB))
  return { module, versions, assignment, rows, ofB }
}

beforeAll(async () => {
  database = await createTestDatabase()
  expect(database.kind).toBe(testDatabaseKind)
  db = database.db
  const teacherA = await teacher('Ana')
  const teacherB = await teacher('Ben')
  const { moduleId } = await createModuleFromPaste(
    db,
    teacherA,
    pastedArticleSchema.parse(PASTED_ARTICLE),
  )
  const { version } = await publishModule(db, teacherA, moduleId)
  const assignment = await createAssignment(db, teacherA, {
    versionId: version.id,
    title: 'Class A',
    settings,
  })
  // B has a module and an assignment of their own (from the same article).
  const mineB = await createModuleFromPaste(db, teacherB, pastedArticleSchema.parse(PASTED_ARTICLE))
  const versionB = await publishModule(db, teacherB, mineB.moduleId)
  const assignmentB = await createAssignment(db, teacherB, {
    versionId: versionB.version.id,
    title: 'Class B',
    settings,
  })
  const student1 = { key: randomId(), name: 'Sam' }
  const student2 = { key: randomId(), name: 'Pat' }
  const s1 = studentsOf(assignment.id, student1)
  const first = await startAssignmentAttempt(db, assignment.joinCode, s1)
  const questions = await keyedQuestions(db, first.attemptId)
  await submitAttempt(
    db,
    first.attemptId,
    { submissionKey: 'first-submission', answers: answersFor(questions, correctAnswer) },
    s1,
  )
  const second = await startAssignmentAttempt(db, assignment.joinCode, s1)
  w = {
    teacherA,
    teacherB,
    moduleId,
    versionId: version.id,
    assignmentId: assignment.id,
    joinCode: assignment.joinCode,
    assignmentB: assignmentB.id,
    student1,
    student2,
    submitted: first.attemptId,
    open: second.attemptId,
  }
})

afterAll(async () => {
  await database?.close()
})

describe(`owner-filtered queries (${testDatabaseKind})`, () => {
  test('the dashboard lists only the teacher’s own modules and assignments', async () => {
    const modulesB = await listOwnedModules(db, w.teacherB)
    const assignmentsB = await listOwnedAssignments(db, w.teacherB)
    expect(modulesB).toHaveLength(1)
    expect(modulesB.map((m) => m.id)).not.toContain(w.moduleId)
    expect(assignmentsB.map((a) => a.id)).toEqual([w.assignmentB])
    // The owner's own view, for contrast.
    expect((await listOwnedModules(db, w.teacherA)).map((m) => m.id)).toEqual([w.moduleId])
    expect((await listOwnedAssignments(db, w.teacherA)).map((a) => a.id)).toEqual([w.assignmentId])
  })

  test('module queries with any of A’s ids find nothing for B and change nothing', async () => {
    const before = await snapshotOfA()
    const draft = before.module?.draft
    if (!draft) throw new Error('A has no draft')
    for (const id of idsOfA()) {
      expect(await getOwnedModule(db, w.teacherB, id)).toBeUndefined()
      expect(await listOwnedModuleVersions(db, w.teacherB, id)).toEqual([])
      expect(await draftMatchesVersion(db, w.teacherB, id, w.versionId)).toBe(false)
      expect(await replaceOwnedDraft(db, w.teacherB, id, draft, { ...draft, pool: [] })).toBe(false)
      await touchOwnedModule(db, w.teacherB, id)
    }
    expect(await snapshotOfA()).toEqual(before)
    // A sees it all.
    expect(await getOwnedModule(db, w.teacherA, w.moduleId)).toBeDefined()
    expect(await listOwnedModuleVersions(db, w.teacherA, w.moduleId)).toHaveLength(1)
    expect(await draftMatchesVersion(db, w.teacherA, w.moduleId, w.versionId)).toBe(true)
  })

  test('assignment queries with any of A’s ids find nothing for B and change nothing', async () => {
    const before = await snapshotOfA()
    for (const id of idsOfA()) {
      expect(await getAssignableVersion(db, id, w.teacherB)).toBeUndefined()
      expect(await getOwnedAssignment(db, id, w.teacherB)).toBeUndefined()
      expect(await setAssignmentClosedAt(db, id, w.teacherB, new Date())).toBeUndefined()
    }
    expect(await snapshotOfA()).toEqual(before)
    expect(before.assignment?.closedAt).toBeNull()
    expect(await getAssignableVersion(db, w.versionId, w.teacherA)).toBeDefined()
    expect(await getOwnedAssignment(db, w.assignmentId, w.teacherA)).toBeDefined()
  })

  test('a built-in module is assignable by any teacher (it has no owner)', async () => {
    const review = await getBuiltInReview(db, SLUG)
    if (!review) throw new Error('built-in article missing')
    expect(await getAssignableVersion(db, review.version.id, w.teacherB)).toBeDefined()
  })

  test('results queries with any of A’s ids return nothing for B', async () => {
    for (const id of idsOfA()) {
      expect(await getOwnedAssignmentWithPool(db, w.teacherB, id)).toBeUndefined()
      expect(await listSubmittedAttempts(db, w.teacherB, id)).toEqual([])
      expect((await countAttemptsByStudent(db, w.teacherB, id)).size).toBe(0)
      expect(await loadAssignmentResults(db, w.teacherB, id)).toBeUndefined()
    }
    const mine = await loadAssignmentResults(db, w.teacherA, w.assignmentId)
    expect(mine?.submitted.map((s) => s.id)).toEqual([w.submitted])
    expect(mine?.attemptsUsed.get(w.student1.key)).toBe(2)
  })
})

describe(`services refuse another teacher with not_found (${testDatabaseKind})`, () => {
  test('every module action on A’s module, and reviewing it', async () => {
    const before = await snapshotOfA()
    const pool = (before.module?.draft?.pool ?? []) as { id: string }[]
    const questionId = pool[0]?.id ?? 'none'
    const edit = {
      prompt: 'Hijacked by B?',
      statement: '',
      before: '',
      after: '',
      explanation: '',
      correct: 1,
      options: Array.from({ length: MAX_OPTIONS }, (_, i) => (i < 2 ? `Option ${i}` : '')),
      left: [],
      right: [],
      items: [],
    }
    for (const id of idsOfA()) {
      expect(await getModuleReview(db, w.teacherB, id)).toBeNull()
      const messages = await Promise.all([
        notFound(removeDraftQuestion(db, w.teacherB, id, questionId)),
        notFound(editDraftQuestion(db, w.teacherB, id, questionId, edit)),
        notFound(
          addDraftQuestion(db, w.teacherB, id, {
            format: 'single',
            category: 'actor',
            prompt: edit.prompt,
            explanation: '',
            answer: 'Option 0',
            distractors: ['Option 1'],
          }),
        ),
        notFound(regenerateDraftQuestion(db, w.teacherB, id, questionId)),
        notFound(publishModule(db, w.teacherB, id)),
      ])
      // The same words as for a module that does not exist at all.
      for (const err of messages) expect(err.message).toMatch(/no module with that id/)
    }
    expect(await snapshotOfA()).toEqual(before)
    expect(await getModuleReview(db, w.teacherA, w.moduleId)).not.toBeNull()
  })

  test('every assignment action on A’s version or assignment, and the CSV', async () => {
    const before = await snapshotOfA()
    for (const id of idsOfA()) {
      await notFound(getAssignableVersionOrThrow(db, id, w.teacherB))
      await notFound(createAssignment(db, w.teacherB, { versionId: id, title: 'Stolen', settings }))
      await notFound(getOwnedAssignmentOrThrow(db, id, w.teacherB))
      await notFound(setAssignmentOpen(db, id, w.teacherB, false))
      await notFound(setAssignmentOpen(db, id, w.teacherB, true))
      await notFound(resultsCsvResponse(db, w.teacherB, id))
    }
    expect(await snapshotOfA()).toEqual(before)
    const csv = await resultsCsvResponse(db, w.teacherA, w.assignmentId)
    expect(await csv.text()).toContain('Sam')
  })
})

describe(`a student's cookie opens only their own attempt (${testDatabaseKind})`, () => {
  test('another student, no cookie, or the same key for another assignment: not_found', async () => {
    const before = await snapshotOfA()
    const strangers: [string, Students][] = [
      ['student 2', studentsOf(w.assignmentId, w.student2)],
      ['no cookie', new Map()],
      ['student 1’s key under B’s assignment', studentsOf(w.assignmentB, w.student1)],
      [
        'student 1’s name with another key',
        studentsOf(w.assignmentId, { ...w.student1, key: randomId() }),
      ],
    ]
    for (const [, students] of strangers) {
      for (const attemptId of [w.submitted, w.open]) {
        await notFound(getAttemptState(db, attemptId, students))
        await notFound(
          submitAttempt(
            db,
            attemptId,
            { submissionKey: 'stolen-submission', answers: {} },
            students,
          ),
        )
        await notFound(
          updateSharing(db, attemptId, { showName: true, displayName: 'Not Sam' }, students),
        )
      }
    }
    expect(await snapshotOfA()).toEqual(before)
    expect(await countStudentAttempts(db, w.assignmentId, w.student2.key)).toBe(0)

    // Student 1 still sees both attempts; the open one is still open.
    const s1 = studentsOf(w.assignmentId, w.student1)
    expect((await getAttemptState(db, w.submitted, s1)).attemptId).toBe(w.submitted)
    expect((await getAttemptState(db, w.open, s1)).result).toBeNull()
  })

  test('a second student starting gets an attempt of their own', async () => {
    const state = await startAssignmentAttempt(
      db,
      w.joinCode,
      studentsOf(w.assignmentId, w.student2),
    )
    expect([w.submitted, w.open]).not.toContain(state.attemptId)
    expect(await countStudentAttempts(db, w.assignmentId, w.student2.key)).toBe(1)
  })
})
