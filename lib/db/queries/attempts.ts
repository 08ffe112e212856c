/** Attempts: created with their variant, graded once, read back for feedback and share pages. */
import { and, eq, isNull, sql } from 'drizzle-orm'
import type { Db } from '../open'
import { attempts, modules, moduleVersions } from '../schema'

export type AttemptRow = typeof attempts.$inferSelect
export type NewAttempt = typeof attempts.$inferInsert
/** What a result (and its share view) needs of an attempt. */
export type AttemptResultRow = Pick<
  AttemptRow,
  | 'id'
  | 'shareId'
  | 'answers'
  | 'outcomes'
  | 'categoryScores'
  | 'score'
  | 'maxScore'
  | 'sharingAllowed'
  | 'showName'
  | 'displayName'
  | 'submittedAt'
>
export type Grading = Pick<
  AttemptRow,
  'answers' | 'outcomes' | 'categoryScores' | 'score' | 'submissionKey'
>

export async function createAttempt(db: Db, attempt: NewAttempt): Promise<void> {
  await db.insert(attempts).values(attempt)
}

/** The attempt with its module version and module slug, or undefined. */
export async function getAttemptWithVersion(db: Db, id: string) {
  const [row] = await db
    .select({ attempt: attempts, version: moduleVersions, slug: modules.slug })
    .from(attempts)
    .innerJoin(moduleVersions, eq(moduleVersions.id, attempts.moduleVersionId))
    .innerJoin(modules, eq(modules.id, moduleVersions.moduleId))
    .where(eq(attempts.id, id))
  return row
}

export async function getAttempt(db: Db, id: string): Promise<AttemptRow | undefined> {
  const [row] = await db.select().from(attempts).where(eq(attempts.id, id))
  return row
}

/**
 * Stores the grading unless the attempt was already submitted; one statement, so two
 * racing submissions cannot both win. Returns the stored row, or undefined if it lost.
 * Only the columns the grading does not already hold come back (no variant, no JSON echo).
 */
export async function recordSubmission(
  db: Db,
  id: string,
  grading: Grading,
): Promise<AttemptResultRow | undefined> {
  const [row] = await db
    .update(attempts)
    .set({ ...grading, submittedAt: new Date() })
    .where(and(eq(attempts.id, id), isNull(attempts.submittedAt)))
    .returning({
      id: attempts.id,
      shareId: attempts.shareId,
      displayName: attempts.displayName,
      showName: attempts.showName,
      sharingAllowed: attempts.sharingAllowed,
      maxScore: attempts.maxScore,
      submittedAt: attempts.submittedAt,
    })
  return row && { ...row, ...grading }
}

/**
 * The same write without reading anything back, for a caller that already knows the rest
 * of the row: true when this call stored the grading, false when the attempt was already
 * submitted (or does not exist).
 */
export function storeSubmission(
  db: Db,
  id: string,
  grading: Grading,
  submittedAt: Date,
): Promise<boolean> {
  const { answers, outcomes, categoryScores, score, submissionKey } = grading
  const json = JSON.stringify({ answers, outcomes, categoryScores, score, submissionKey })
  return storeGradingJson(db, id, json, submittedAt)
}

/**
 * The statement behind storeSubmission, taking the grading as one JSON document (one
 * parameter, not five encoded ones): the hot write of every submission. The submit
 * benchmark's floor calls it straight from a request body, so the two write alike.
 */
export async function storeGradingJson(
  db: Db,
  id: string,
  json: string,
  submittedAt: Date,
): Promise<boolean> {
  const result = await db.execute(sql`
    update attempts set
      answers = g.row -> 'answers',
      outcomes = g.row -> 'outcomes',
      category_scores = g.row -> 'categoryScores',
      score = (g.row ->> 'score')::double precision,
      submission_key = g.row ->> 'submissionKey',
      submitted_at = ${submittedAt.toISOString()}::timestamptz
    from (select ${json}::jsonb as row) g
    where attempts.id = ${id} and attempts.submitted_at is null`)
  // node-postgres reports rowCount, PGlite affectedRows.
  const { rowCount, affectedRows } = result as unknown as {
    rowCount?: number | null
    affectedRows?: number
  }
  return (rowCount ?? affectedRows ?? 0) > 0
}

/** A submitted attempt by its share id, with what a share page may show; undefined otherwise. */
export async function getSharedAttempt(db: Db, shareId: string) {
  const [row] = await db
    .select({
      attempt: {
        shareId: attempts.shareId,
        score: attempts.score,
        maxScore: attempts.maxScore,
        categoryScores: attempts.categoryScores,
        displayName: attempts.displayName,
        showName: attempts.showName,
        sharingAllowed: attempts.sharingAllowed,
        submittedAt: attempts.submittedAt,
      },
      meta: moduleVersions.meta,
      slug: modules.slug,
      ownerId: modules.ownerId,
    })
    .from(attempts)
    .innerJoin(moduleVersions, eq(moduleVersions.id, attempts.moduleVersionId))
    .innerJoin(modules, eq(modules.id, moduleVersions.moduleId))
    .where(eq(attempts.shareId, shareId))
  return row
}

export async function updateShareSettings(
  db: Db,
  attemptId: string,
  settings: { showName: boolean; displayName: string | null },
): Promise<AttemptResultRow | undefined> {
  const [row] = await db
    .update(attempts)
    .set(settings)
    .where(eq(attempts.id, attemptId))
    .returning()
  return row
}
