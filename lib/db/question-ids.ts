/**
 * Data migration: module versions, drafts and attempts written when question ids hashed the
 * correct answer get the content ids lib/questions/ids derives now (they reveal nothing about
 * the key). Every id a stored question, variant, answer or outcome carries is renamed with
 * its version's map, so old attempts keep grading and their results keep their rows. Runs
 * once per database, under the migration lock, in one transaction.
 */
import { createHash } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { withContentIds } from '@/lib/questions/ids'
import type { Question } from '@/lib/questions/types'
import type { Db } from './open'
import { attempts, dataMigrations, modules, moduleVersions } from './schema'

export const QUESTION_IDS_MIGRATION = '2026-12-content-ids'

/** Renames every string (value or object key) that the map names; leaves the rest as is. */
export function renameIds<T>(value: T, renamed: ReadonlyMap<string, string>): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return renamed.get(v) ?? v
    if (Array.isArray(v)) return v.map(walk)
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [renamed.get(k) ?? k, walk(x)]))
    return v
  }
  return walk(value) as T
}

export function migratePool(pool: Question[]): { pool: Question[]; renamed: Map<string, string> } {
  const renamed = new Map<string, string>()
  const next = pool.map((q) => {
    const r = withContentIds(q)
    for (const [a, b] of r.renamed) renamed.set(a, b)
    return r.question
  })
  return { pool: next, renamed }
}

const contentHashOf = (articleHash: string, pool: Question[]) =>
  createHash('sha256').update(articleHash).update(JSON.stringify(pool)).digest('hex')

export async function migrateQuestionIds(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    const claimed = await tx
      .insert(dataMigrations)
      .values({ name: QUESTION_IDS_MIGRATION })
      .onConflictDoNothing()
      .returning()
    if (claimed.length === 0) return
    const byModule = new Map<string, Map<string, string>>()
    const versions = await tx.select().from(moduleVersions)
    for (const v of versions) {
      const { pool, renamed } = migratePool(v.pool)
      if (renamed.size === 0) continue
      const known = byModule.get(v.moduleId) ?? new Map<string, string>()
      for (const [a, b] of renamed) known.set(a, b)
      byModule.set(v.moduleId, known)
      await tx
        .update(moduleVersions)
        .set({ pool, contentHash: contentHashOf(v.articleHash, pool) })
        .where(eq(moduleVersions.id, v.id))
      const rows = await tx.select().from(attempts).where(eq(attempts.moduleVersionId, v.id))
      for (const a of rows)
        await tx
          .update(attempts)
          .set({
            variant: renameIds(a.variant, renamed),
            answers: renameIds(a.answers, renamed),
            outcomes: renameIds(a.outcomes, renamed),
          })
          .where(eq(attempts.id, a.id))
    }
    const drafts = await tx.select({ id: modules.id, draft: modules.draft }).from(modules)
    for (const m of drafts) {
      if (!m.draft) continue
      const { pool, renamed } = migratePool(m.draft.pool)
      // A dismissed question is not in the draft; its old id is renamed when a version had it.
      const known = new Map([...(byModule.get(m.id) ?? []), ...renamed])
      if (known.size === 0) continue
      await tx
        .update(modules)
        .set({ draft: renameIds({ ...m.draft, pool }, known) })
        .where(eq(modules.id, m.id))
    }
  })
}
