/**
 * Opens the database once per process: PostgreSQL when DATABASE_URL is set, otherwise
 * embedded PGlite in LEDE_DATA_DIR. Applies committed migrations on first open.
 * Import it through `@/lib/db` (server-only); instrumentation.ts opens it at start-up.
 */

import { getEnv } from '@/lib/env'
import { AppError } from '@/lib/errors'
import { type Database, openDatabase } from './open'

const globalForDb = globalThis as unknown as { __ledeDb?: Promise<Database> }

/** The process-wide database. A failed open is not cached, so the next request retries. */
export function getDatabase(): Promise<Database> {
  if (!globalForDb.__ledeDb) {
    const env = getEnv()
    const opening = openDatabase({
      url: env.DATABASE_URL,
      dataDir: env.LEDE_DATA_DIR,
      migrate: true,
    })
    globalForDb.__ledeDb = opening
    opening.catch(() => {
      if (globalForDb.__ledeDb === opening) globalForDb.__ledeDb = undefined
    })
  }
  return globalForDb.__ledeDb
}

export async function getDb() {
  return (await getDatabase()).db
}

/** The database for a request that cannot work without it: a clear 503 when it is down. */
export async function getDbOrUnavailable() {
  try {
    return await getDb()
  } catch {
    throw new AppError(
      'unavailable',
      'database',
      'The quiz is unavailable right now. Your answers are kept in this browser; try again in a moment.',
    )
  }
}
