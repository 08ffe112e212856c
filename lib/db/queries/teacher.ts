/** A teacher's own modules and assignments, for the dashboard. Always filtered by owner. */
import { and, count, desc, eq, isNotNull, sql } from 'drizzle-orm'
import type { Db } from '../open'
import { assignments, attempts, modules, moduleVersions } from '../schema'

export async function listOwnedModules(db: Db, ownerId: string) {
  const rows = await db
    .select({
      id: modules.id,
      draftTitle: sql<string | null>`${modules.draft}->'meta'->>'title'`,
      publishedVersions: count(moduleVersions.id),
      updatedAt: modules.updatedAt,
    })
    .from(modules)
    .leftJoin(moduleVersions, eq(moduleVersions.moduleId, modules.id))
    .where(eq(modules.ownerId, ownerId))
    .groupBy(modules.id)
    .orderBy(desc(modules.updatedAt))
  return rows.map((r) => ({
    id: r.id,
    title: r.draftTitle ?? 'Untitled module',
    publishedVersions: r.publishedVersions,
  }))
}

export async function listOwnedAssignments(db: Db, ownerId: string) {
  return db
    .select({
      id: assignments.id,
      title: assignments.title,
      joinCode: assignments.joinCode,
      closedAt: assignments.closedAt,
      submissions: count(attempts.id),
    })
    .from(assignments)
    .leftJoin(
      attempts,
      and(eq(attempts.assignmentId, assignments.id), isNotNull(attempts.submittedAt)),
    )
    .where(eq(assignments.ownerId, ownerId))
    .groupBy(assignments.id)
    .orderBy(desc(assignments.createdAt))
}
