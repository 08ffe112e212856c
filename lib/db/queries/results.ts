/**
 * What the results page and the CSV export read: one assignment and its attempts, always
 * through `assignments.owner_id = ownerId`. Another teacher's assignment looks exactly like
 * a missing one (undefined), whatever id they try.
 */
import 'server-only'
import { and, asc, count, eq, isNotNull, sql } from 'drizzle-orm'
import type { ResultsInput, SubmittedAttempt } from '@/lib/results'
import type { Db } from '../open'
import { assignments, attempts, moduleVersions } from '../schema'

/** The assignment with its module version's pool, or undefined when it is not this owner's. */
export async function getOwnedAssignmentWithPool(db: Db, ownerId: string, assignmentId: string) {
  const [row] = await db
    .select({
      id: assignments.id,
      title: assignments.title,
      closedAt: assignments.closedAt,
      articleTitle: sql<string>`${moduleVersions.meta}->>'title'`,
      pool: moduleVersions.pool,
    })
    .from(assignments)
    .innerJoin(moduleVersions, eq(moduleVersions.id, assignments.moduleVersionId))
    .where(and(eq(assignments.id, assignmentId), eq(assignments.ownerId, ownerId)))
  return row
}

/** Submitted attempts of the owner's assignment, oldest submission first. */
export async function listSubmittedAttempts(
  db: Db,
  ownerId: string,
  assignmentId: string,
): Promise<SubmittedAttempt[]> {
  const rows = await db
    .select({
      id: attempts.id,
      studentKey: attempts.studentKey,
      displayName: attempts.displayName,
      answers: attempts.answers,
      outcomes: attempts.outcomes,
      categoryScores: attempts.categoryScores,
      score: attempts.score,
      maxScore: attempts.maxScore,
      startedAt: attempts.startedAt,
      submittedAt: attempts.submittedAt,
    })
    .from(attempts)
    .innerJoin(assignments, eq(assignments.id, attempts.assignmentId))
    .where(
      and(
        eq(attempts.assignmentId, assignmentId),
        eq(assignments.ownerId, ownerId),
        isNotNull(attempts.submittedAt),
      ),
    )
    .orderBy(asc(attempts.submittedAt), asc(attempts.id))
  return rows.map((r) => ({
    ...r,
    answers: r.answers ?? {},
    outcomes: r.outcomes ?? [],
    categoryScores: r.categoryScores ?? [],
    score: r.score ?? 0,
    // Filtered above; the fallback only satisfies the type.
    submittedAt: r.submittedAt ?? r.startedAt,
  }))
}

/**
 * Attempts used per student: every attempt a student started counts, submitted or not,
 * because starting one is what uses up a retake. Keyed like lib/results studentKeyOf
 * (an attempt without a student key counts on its own).
 */
export async function countAttemptsByStudent(
  db: Db,
  ownerId: string,
  assignmentId: string,
): Promise<Map<string, number>> {
  const key = sql<string>`coalesce(${attempts.studentKey}, 'attempt:' || ${attempts.id})`
  const rows = await db
    .select({ key, attempts: count(attempts.id) })
    .from(attempts)
    .innerJoin(assignments, eq(assignments.id, attempts.assignmentId))
    .where(and(eq(attempts.assignmentId, assignmentId), eq(assignments.ownerId, ownerId)))
    .groupBy(key)
  return new Map(rows.map((r) => [r.key, Number(r.attempts)]))
}

export type AssignmentResultsData = {
  assignment: { id: string; title: string; closedAt: Date | null; articleTitle: string | null }
} & ResultsInput

/** Everything the results need, or undefined when the assignment is not this owner's. */
export async function loadAssignmentResults(
  db: Db,
  ownerId: string,
  assignmentId: string,
): Promise<AssignmentResultsData | undefined> {
  const assignment = await getOwnedAssignmentWithPool(db, ownerId, assignmentId)
  if (!assignment) return undefined
  const [submitted, attemptsUsed] = await Promise.all([
    listSubmittedAttempts(db, ownerId, assignmentId),
    countAttemptsByStudent(db, ownerId, assignmentId),
  ])
  const { pool, ...meta } = assignment
  return { assignment: meta, pool, submitted, attemptsUsed }
}
