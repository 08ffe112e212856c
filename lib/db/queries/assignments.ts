/**
 * Assignments and the attempts students make in them. Teacher reads always filter by owner;
 * student reads go by join code and return nothing about other students.
 */
import { and, count, desc, eq, isNull, or, sql } from 'drizzle-orm'
import type { Db } from '../open'
import { type AssignmentSettings, assignments, attempts, modules, moduleVersions } from '../schema'

export type AssignmentRow = typeof assignments.$inferSelect
type AttemptRow = typeof attempts.$inferSelect
type NewAttempt = typeof attempts.$inferInsert

/** A version this teacher may assign: a built-in one (no owner) or one of their own modules. */
export async function getAssignableVersion(db: Db, versionId: string, teacherId: string) {
  const [row] = await db
    .select({ version: moduleVersions, slug: modules.slug, ownerId: modules.ownerId })
    .from(moduleVersions)
    .innerJoin(modules, eq(modules.id, moduleVersions.moduleId))
    .where(
      and(
        eq(moduleVersions.id, versionId),
        or(isNull(modules.ownerId), eq(modules.ownerId, teacherId)),
      ),
    )
  return row
}

/** Inserts the assignment, or returns undefined when its join code is taken. */
export async function insertAssignment(
  db: Db,
  values: {
    id: string
    ownerId: string
    moduleVersionId: string
    title: string
    joinCode: string
    settings: AssignmentSettings
  },
): Promise<AssignmentRow | undefined> {
  const [row] = await db
    .insert(assignments)
    .values(values)
    .onConflictDoNothing({ target: assignments.joinCode })
    .returning()
  return row
}

/** The assignment with its version, only for its owner. */
export async function getOwnedAssignment(db: Db, id: string, ownerId: string) {
  const [row] = await db
    .select({ assignment: assignments, version: moduleVersions, slug: modules.slug })
    .from(assignments)
    .innerJoin(moduleVersions, eq(moduleVersions.id, assignments.moduleVersionId))
    .innerJoin(modules, eq(modules.id, moduleVersions.moduleId))
    .where(and(eq(assignments.id, id), eq(assignments.ownerId, ownerId)))
  return row
}

export async function getAssignmentByCode(
  db: Db,
  joinCode: string,
): Promise<AssignmentRow | undefined> {
  const [row] = await db.select().from(assignments).where(eq(assignments.joinCode, joinCode))
  return row
}

export async function getAssignmentById(db: Db, id: string): Promise<AssignmentRow | undefined> {
  const [row] = await db.select().from(assignments).where(eq(assignments.id, id))
  return row
}

/** Closes (a date) or reopens (null) an assignment of this owner; undefined if not theirs. */
export async function setAssignmentClosedAt(
  db: Db,
  id: string,
  ownerId: string,
  closedAt: Date | null,
): Promise<AssignmentRow | undefined> {
  const [row] = await db
    .update(assignments)
    .set({ closedAt })
    .where(and(eq(assignments.id, id), eq(assignments.ownerId, ownerId)))
    .returning()
  return row
}

/** How many attempts this student has started in this assignment (theirs only). */
export async function countStudentAttempts(
  db: Db,
  assignmentId: string,
  studentKey: string,
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(attempts)
    .where(and(eq(attempts.assignmentId, assignmentId), eq(attempts.studentKey, studentKey)))
  return row?.n ?? 0
}

/**
 * The question ids this student was shown in their earlier attempts of this assignment,
 * oldest attempt first (theirs only): a retake draws the others first.
 */
export async function listStudentSeenQuestionIds(
  db: Db,
  assignmentId: string,
  studentKey: string,
): Promise<string[]> {
  const rows = await db
    .select({ variant: attempts.variant })
    .from(attempts)
    .where(and(eq(attempts.assignmentId, assignmentId), eq(attempts.studentKey, studentKey)))
    .orderBy(attempts.startedAt)
  return [...new Set(rows.flatMap((r) => r.variant.map((item) => item.questionId)))]
}

export type StartedAssignmentAttempt =
  | { kind: 'created'; attempt: AttemptRow; used: number }
  | { kind: 'resumed'; attempt: AttemptRow; used: number }
  | { kind: 'exhausted'; used: number }

/**
 * Starts an attempt for a student unless they already have one open (then that one is
 * resumed) or have used all their attempts. The count and the insert run under a lock on
 * (assignment, student), so two racing starts cannot both take the last attempt.
 */
export async function startStudentAttempt(
  db: Db,
  attempt: NewAttempt & { assignmentId: string; studentKey: string },
  maxAttempts: number,
): Promise<StartedAssignmentAttempt> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`${attempt.assignmentId}:${attempt.studentKey}`}))`,
    )
    const mine = and(
      eq(attempts.assignmentId, attempt.assignmentId),
      eq(attempts.studentKey, attempt.studentKey),
    )
    const [open] = await tx
      .select()
      .from(attempts)
      .where(and(mine, isNull(attempts.submittedAt)))
      .orderBy(desc(attempts.startedAt))
      .limit(1)
    const [counted] = await tx.select({ n: count() }).from(attempts).where(mine)
    const used = counted?.n ?? 0
    if (open) return { kind: 'resumed', attempt: open, used }
    if (used >= maxAttempts) return { kind: 'exhausted', used }
    const [created] = await tx.insert(attempts).values(attempt).returning()
    if (!created) throw new Error('attempt was not stored')
    return { kind: 'created', attempt: created, used: used + 1 }
  })
}
