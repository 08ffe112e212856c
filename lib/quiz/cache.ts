/**
 * What never changes once written, kept per process so the hot paths touch the database
 * less: module versions (immutable), and the variant of each attempt this process started
 * (immutable too), so a submission on the same instance is one UPDATE. The database stays
 * the source of truth: a miss — another instance, a restart — reads it. Nothing here is
 * needed for correctness, so several instances stay consistent.
 */
import 'server-only'
import type { ArticleDoc } from '@/lib/content'
import type { Db } from '@/lib/db'
import {
  ensureModuleVersion,
  getModuleVersionWithSlug,
  type ModuleVersion,
} from '@/lib/db/queries/modules'
import type { Question, QuestionPool } from '@/lib/questions/types'

type CachedVersion = { version: ModuleVersion; slug: string }

/** Module versions are few and large (a question pool each). */
const MAX_VERSIONS = 500
/**
 * Started attempts are small (a few ids and references to shared question copies) and many:
 * a burst of classes starts thousands before any submits. Past the limit the oldest is
 * forgotten, and its submission reads the row instead — slower, never wrong.
 */
const MAX_STARTED_ATTEMPTS = 20_000
/**
 * A built-in attempt as this process created it (nothing in it changes before submission):
 * its questions already in the attempt's order and option orders (the shared copies from
 * `questionsForVariant`), so a submission need not resolve the stored variant again.
 */
type StartedAttempt = { moduleVersionId: string; questions: Question[]; shareId: string }

const byId = new Map<string, CachedVersion>()
const builtInByHash = new Map<string, CachedVersion>()
const startedAttempts = new Map<string, StartedAttempt>()

/** Adds an entry; past `limit` the oldest goes (a Map iterates in insertion order). */
function remember<T>(map: Map<string, T>, key: string, value: T, limit: number) {
  map.delete(key)
  if (map.size >= limit) {
    const oldest = map.keys().next()
    if (!oldest.done) map.delete(oldest.value)
  }
  map.set(key, value)
}

export async function loadVersion(db: Db, versionId: string): Promise<CachedVersion | undefined> {
  const cached = byId.get(versionId)
  if (cached) return cached
  const row = await getModuleVersionWithSlug(db, versionId)
  if (row) remember(byId, versionId, row, MAX_VERSIONS)
  return row
}

/** The version of a built-in article for this process's generator, created on first use. */
export async function ensureBuiltInVersion(
  db: Db,
  doc: ArticleDoc,
  pool: QuestionPool,
): Promise<ModuleVersion> {
  const key = `${doc.slug}:${doc.hash}`
  const cached = builtInByHash.get(key)
  if (cached) return cached.version
  const version = await ensureModuleVersion(db, {
    slug: doc.slug,
    ownerId: null,
    meta: doc.meta,
    body: doc.body,
    articleHash: doc.hash,
    pool: pool.questions,
  })
  remember(builtInByHash, key, { version, slug: doc.slug }, MAX_VERSIONS)
  remember(byId, version.id, { version, slug: doc.slug }, MAX_VERSIONS)
  return version
}

export function rememberStartedAttempt(attemptId: string, attempt: StartedAttempt): void {
  remember(startedAttempts, attemptId, attempt, MAX_STARTED_ATTEMPTS)
}

/** An attempt this process started and has not seen submitted. */
export function takeStartedAttempt(attemptId: string): StartedAttempt | undefined {
  const attempt = startedAttempts.get(attemptId)
  startedAttempts.delete(attemptId)
  return attempt
}

/** Forgets every started attempt, as a restart or another instance would: for tests. */
export function forgetStartedAttempts(): void {
  startedAttempts.clear()
}
