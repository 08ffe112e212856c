/**
 * Rows for results tests, written directly with drizzle: teachers in `user`, a module
 * version through ensureModuleVersion, assignments and attempts graded by the real grader.
 */
import { randomBytes } from 'node:crypto'
import type { Db } from '@/lib/db/open'
import { ensureModuleVersion } from '@/lib/db/queries/modules'
import { assignments, attempts, user } from '@/lib/db/schema'
import type { Answer } from '@/lib/grading'
import { gradeSubmission } from '@/lib/grading'
import { randomId } from '@/lib/ids'
import type { Question } from '@/lib/questions/types'
import { POOL } from '../../unit/results/fixtures'

export async function seedTeacher(db: Db, name: string): Promise<string> {
  const id = randomId()
  await db.insert(user).values({ id, name, email: `${id.toLowerCase()}@school.test` })
  return id
}

export async function seedModuleVersion(db: Db, ownerId: string, pool: Question[] = POOL) {
  const version = await ensureModuleVersion(db, {
    slug: `results-${randomBytes(4).toString('hex')}`,
    ownerId,
    meta: {
      title: 'Rockets hit near Erbil',
      source: 'Test Wire',
      publishedAt: '2021-02-24',
      language: 'en',
    },
    body: 'The rockets landed near Erbil.',
    articleHash: randomBytes(8).toString('hex'),
    pool,
  })
  return version.id
}

export async function seedAssignment(
  db: Db,
  ownerId: string,
  moduleVersionId: string,
  title = 'Year 9: rockets',
): Promise<string> {
  const id = randomId()
  await db.insert(assignments).values({
    id,
    ownerId,
    moduleVersionId,
    title,
    joinCode: randomBytes(4).toString('hex').toUpperCase(),
    settings: {
      questionCount: POOL.length,
      categories: ['actor', 'date', 'position', 'place'],
      formats: ['single', 'true-false', 'cloze', 'match', 'order'],
      maxAttempts: 3,
      dueAt: null,
      revealAnswers: true,
      allowSharing: false,
    },
  })
  return id
}

type AttemptOptions = {
  name?: string | null
  studentKey?: string | null
  questions?: Question[]
  startedAt?: Date
  seconds?: number
  submitted?: boolean
}

/** An attempt on the assignment, graded and submitted unless `submitted: false`. */
export async function seedAttempt(
  db: Db,
  target: { assignmentId: string | null; moduleVersionId: string },
  answers: Record<string, Answer>,
  options: AttemptOptions = {},
): Promise<string> {
  const questions = options.questions ?? POOL
  const grade = gradeSubmission(questions, answers)
  const startedAt = options.startedAt ?? new Date('2025-03-03T09:00:00.000Z')
  const submitted = options.submitted ?? true
  const id = randomId()
  await db.insert(attempts).values({
    id,
    shareId: randomId(),
    moduleVersionId: target.moduleVersionId,
    assignmentId: target.assignmentId,
    studentKey: options.studentKey === undefined ? randomId() : options.studentKey,
    displayName: options.name === undefined ? 'Student' : options.name,
    seed: randomId(),
    variant: questions.map((q) => ({
      questionId: q.id,
      optionOrder:
        q.format === 'match'
          ? q.left.map((o) => o.id)
          : q.format === 'order'
            ? q.items.map((o) => o.id)
            : q.options.map((o) => o.id),
      ...(q.format === 'match' ? { rightOrder: q.right.map((o) => o.id) } : {}),
    })),
    maxScore: grade.maxScore,
    startedAt,
    ...(submitted
      ? {
          answers,
          outcomes: grade.outcomes,
          categoryScores: grade.categories,
          score: grade.score,
          submittedAt: new Date(startedAt.getTime() + (options.seconds ?? 300) * 1000),
          submissionKey: randomBytes(8).toString('hex'),
        }
      : {}),
  })
  return id
}

/**
 * A class: teacher A's assignment with retakes, an unsubmitted attempt, hostile names and an
 * attempt without a student key; teacher B's own assignment with one attempt; and a practice
 * attempt on the same module version outside any assignment.
 */
export async function seedClass(db: Db) {
  const teacherA = await seedTeacher(db, 'Ana Teacher')
  const teacherB = await seedTeacher(db, 'Ben Teacher')
  const moduleVersionId = await seedModuleVersion(db, teacherA)
  const assignmentA = await seedAssignment(
    db,
    teacherA,
    moduleVersionId,
    'Year 9, "rockets" / Erbil',
  )
  const assignmentB = await seedAssignment(db, teacherB, moduleVersionId, 'Ben’s class')
  const a = { assignmentId: assignmentA, moduleVersionId }
  const at = (minute: number) => new Date(Date.UTC(2025, 2, 3, 9, minute))
  const right: Record<string, Answer> = {
    'q-single': { optionId: 'a' },
    'q-tf': { optionId: 'f' },
    'q-cloze': { optionId: 'x' },
    'q-match': { pairs: { l1: 'r1', l2: 'r2' } },
    'q-order': { order: ['e1', 'e2', 'e3'] },
  }
  const ids = {
    smith: await seedAttempt(db, a, right, {
      name: 'Smith, Jo',
      studentKey: 'k1',
      startedAt: at(0),
      seconds: 185,
    }),
    smithRetake: await seedAttempt(
      db,
      a,
      {},
      { name: 'Smith, Jo', studentKey: 'k1', startedAt: at(20), submitted: false },
    ),
    formula: await seedAttempt(
      db,
      a,
      { ...right, 'q-single': { optionId: 'b' }, 'q-cloze': { text: 'Baghdad' } },
      {
        name: '=HYPERLINK("http://evil.test","x")',
        studentKey: 'k2',
        startedAt: at(1),
        seconds: 42,
      },
    ),
    zoe1: await seedAttempt(
      db,
      a,
      { 'q-single': { optionId: 'b' }, 'q-order': { order: ['e2', 'e1', 'e3'] } },
      { name: 'Zoë\n"Z"', studentKey: 'k3', startedAt: at(2), seconds: 3720 },
    ),
    zoe2: await seedAttempt(
      db,
      a,
      { ...right, 'q-single': { optionId: 'b' } },
      { name: 'Zoë\n"Z"', studentKey: 'k3', startedAt: at(30), seconds: 61 },
    ),
    starter: await seedAttempt(
      db,
      a,
      {},
      { name: 'Only Started', studentKey: 'k4', submitted: false },
    ),
    nokey: await seedAttempt(
      db,
      a,
      { 'q-single': { optionId: 'a' }, 'q-tf': { optionId: 'f' } },
      { name: null, studentKey: null, questions: POOL.slice(0, 2), startedAt: at(3), seconds: 20 },
    ),
    ben: await seedAttempt(db, { assignmentId: assignmentB, moduleVersionId }, right, {
      name: 'Bea',
      studentKey: 'k1',
      startedAt: at(4),
    }),
    practice: await seedAttempt(db, { assignmentId: null, moduleVersionId }, right, {
      name: 'Practice',
      studentKey: 'k1',
    }),
  }
  return { teacherA, teacherB, moduleVersionId, assignmentA, assignmentB, ids }
}
