/**
 * A teacher's own modules: every query here takes the owner's id and filters by it, so a
 * module that belongs to someone else behaves exactly like one that does not exist.
 */
import { and, desc, eq, sql } from 'drizzle-orm'
import type { Db } from '../open'
import { type ModuleDraft, modules, moduleVersions } from '../schema'

export type OwnedModule = {
  id: string
  slug: string
  draft: ModuleDraft
  createdAt: Date
  updatedAt: Date
}

export type OwnedModuleVersion = {
  id: string
  version: number
  title: string
  questionCount: number
  createdAt: Date
}

/** Inserts a new module with its draft; false when the slug is already taken. */
export async function insertOwnedModule(
  db: Db,
  input: { id: string; slug: string; ownerId: string; draft: ModuleDraft },
): Promise<boolean> {
  const rows = await db
    .insert(modules)
    .values(input)
    .onConflictDoNothing({ target: modules.slug })
    .returning({ id: modules.id })
  return rows.length === 1
}

export async function getOwnedModule(
  db: Db,
  ownerId: string,
  moduleId: string,
): Promise<OwnedModule | undefined> {
  const [row] = await db
    .select({
      id: modules.id,
      slug: modules.slug,
      draft: modules.draft,
      createdAt: modules.createdAt,
      updatedAt: modules.updatedAt,
    })
    .from(modules)
    .where(and(eq(modules.id, moduleId), eq(modules.ownerId, ownerId)))
  if (!row?.draft) return undefined
  return { ...row, draft: row.draft }
}

/**
 * Replaces the draft only if it still equals `previous` (compare-and-swap on the JSON), so
 * two tabs editing at once never silently overwrite each other. False when it changed.
 */
export async function replaceOwnedDraft(
  db: Db,
  ownerId: string,
  moduleId: string,
  previous: ModuleDraft,
  next: ModuleDraft,
): Promise<boolean> {
  const rows = await db
    .update(modules)
    .set({ draft: next, updatedAt: new Date() })
    .where(
      and(
        eq(modules.id, moduleId),
        eq(modules.ownerId, ownerId),
        sql`${modules.draft} = ${JSON.stringify(previous)}::jsonb`,
      ),
    )
    .returning({ id: modules.id })
  return rows.length === 1
}

/** Marks the module as touched (after publishing) so the dashboard lists it first. */
export async function touchOwnedModule(db: Db, ownerId: string, moduleId: string): Promise<void> {
  await db
    .update(modules)
    .set({ updatedAt: new Date() })
    .where(and(eq(modules.id, moduleId), eq(modules.ownerId, ownerId)))
}

/** Published versions of an owned module, newest first. */
export async function listOwnedModuleVersions(
  db: Db,
  ownerId: string,
  moduleId: string,
): Promise<OwnedModuleVersion[]> {
  return db
    .select({
      id: moduleVersions.id,
      version: moduleVersions.version,
      title: sql<string>`${moduleVersions.meta}->>'title'`,
      questionCount: sql<number>`jsonb_array_length(${moduleVersions.pool})::int`,
      createdAt: moduleVersions.createdAt,
    })
    .from(moduleVersions)
    .innerJoin(modules, eq(modules.id, moduleVersions.moduleId))
    .where(and(eq(modules.id, moduleId), eq(modules.ownerId, ownerId)))
    .orderBy(desc(moduleVersions.version))
}

/** Whether the draft has exactly the article and questions of one of the module's versions. */
export async function draftMatchesVersion(
  db: Db,
  ownerId: string,
  moduleId: string,
  versionId: string,
): Promise<boolean> {
  const rows = await db
    .select({ id: moduleVersions.id })
    .from(moduleVersions)
    .innerJoin(modules, eq(modules.id, moduleVersions.moduleId))
    .where(
      and(
        eq(moduleVersions.id, versionId),
        eq(modules.id, moduleId),
        eq(modules.ownerId, ownerId),
        sql`${moduleVersions.articleHash} = ${modules.draft}->>'articleHash'`,
        sql`${moduleVersions.pool} = ${modules.draft}->'pool'`,
      ),
    )
  return rows.length === 1
}
