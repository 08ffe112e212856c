/**
 * Modules and their immutable versions. A version is identified by its content (the
 * article's hash and the question pool), so the same content always maps to the same
 * version and any change — new text, an edited question, a new generator — makes a new one.
 */
import { createHash } from 'node:crypto'
import { and, eq, sql } from 'drizzle-orm'
import type { ArticleMeta } from '@/lib/content/schema'
import { randomId } from '@/lib/ids'
import type { Question } from '@/lib/questions/types'
import type { Db } from '../open'
import { modules, moduleVersions } from '../schema'

export type ModuleVersion = typeof moduleVersions.$inferSelect

type VersionInput = {
  slug: string
  ownerId: string | null
  meta: ArticleMeta
  body: string
  articleHash: string
  pool: Question[]
}

async function ensureModule(db: Db, slug: string, ownerId: string | null): Promise<string> {
  await db
    .insert(modules)
    .values({ id: randomId(), slug, ownerId })
    .onConflictDoNothing({ target: modules.slug })
  const [row] = await db
    .select({ id: modules.id, ownerId: modules.ownerId })
    .from(modules)
    .where(eq(modules.slug, slug))
  if (!row) throw new Error(`module ${slug} could not be created`)
  // A slug names one owner's module (or a built-in one): never version someone else's.
  if (row.ownerId !== ownerId) throw new Error(`module ${slug} belongs to another owner`)
  return row.id
}

/** Returns the version for this article text, creating the module and the version when new. */
export async function ensureModuleVersion(db: Db, input: VersionInput): Promise<ModuleVersion> {
  const moduleId = await ensureModule(db, input.slug, input.ownerId)
  const contentHash = createHash('sha256')
    .update(input.articleHash)
    .update(JSON.stringify(input.pool))
    .digest('hex')
  for (let attempt = 0; attempt < 5; attempt++) {
    const [existing] = await db
      .select()
      .from(moduleVersions)
      .where(
        and(eq(moduleVersions.moduleId, moduleId), eq(moduleVersions.contentHash, contentHash)),
      )
    if (existing) return existing
    // Racing instances may insert the same content or the same version number:
    // the unique indexes decide, and the loser reads the winner's row.
    const [created] = await db
      .insert(moduleVersions)
      .values({
        id: randomId(),
        moduleId,
        version: sql`(select coalesce(max(${moduleVersions.version}), 0) + 1 from ${moduleVersions} where ${moduleVersions.moduleId} = ${moduleId})`,
        articleHash: input.articleHash,
        contentHash,
        meta: input.meta,
        body: input.body,
        pool: input.pool,
      })
      .onConflictDoNothing()
      .returning()
    if (created) return created
  }
  throw new Error(`module ${input.slug}: could not create a version after repeated conflicts`)
}

export async function getModuleVersion(db: Db, id: string): Promise<ModuleVersion | undefined> {
  const [row] = await db.select().from(moduleVersions).where(eq(moduleVersions.id, id))
  return row
}

/** A version with its module's slug. */
export async function getModuleVersionWithSlug(db: Db, id: string) {
  const [row] = await db
    .select({ version: moduleVersions, slug: modules.slug })
    .from(moduleVersions)
    .innerJoin(modules, eq(modules.id, moduleVersions.moduleId))
    .where(eq(moduleVersions.id, id))
  return row
}

export async function listModuleVersions(db: Db, slug: string): Promise<ModuleVersion[]> {
  return db
    .select({ version: moduleVersions })
    .from(moduleVersions)
    .innerJoin(modules, eq(modules.id, moduleVersions.moduleId))
    .where(eq(modules.slug, slug))
    .orderBy(moduleVersions.version)
    .then((rows) => rows.map((r) => r.version))
}
