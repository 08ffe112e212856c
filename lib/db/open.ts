/**
 * Database construction without process-wide state: used by the app's singleton,
 * the migration script and the tests alike.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { migrateQuestionIds } from './question-ids'
import * as schema from './schema'

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>
export type DatabaseKind = 'pglite' | 'postgres'
export type Database = {
  kind: DatabaseKind
  db: Db
  close: () => Promise<void>
  /** Runs `fn` while holding a lock that every instance sharing this database respects. */
  withLock: <T>(fn: () => Promise<T>) => Promise<T>
}

export const MIGRATIONS_DIR = path.join(process.cwd(), 'lib', 'db', 'migrations')

// Any fixed number: all instances take the same advisory lock while migrating.
const MIGRATION_LOCK = 724_031

type OpenOptions = { url?: string | undefined; dataDir?: string; migrate?: boolean }

export async function openDatabase({
  url,
  dataDir,
  migrate = true,
}: OpenOptions): Promise<Database> {
  const database = url ? await openPostgres(url) : await openPglite(dataDir)
  if (migrate) {
    try {
      await migrateDatabase(database)
    } catch (err) {
      await database.close().catch(() => {})
      throw err
    }
  }
  return database
}

async function openPostgres(url: string): Promise<Database> {
  const { Pool } = await import('pg')
  const { drizzle } = await import('drizzle-orm/node-postgres')
  const pool = new Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 3_000 })
  // An idle client losing its connection must not crash the process.
  pool.on('error', () => {})
  const db = drizzle({ client: pool, schema }) as unknown as Db
  const withLock = async <T>(fn: () => Promise<T>): Promise<T> => {
    const lockClient = await pool.connect()
    try {
      await lockClient.query('select pg_advisory_lock($1)', [MIGRATION_LOCK])
      return await fn()
    } finally {
      await lockClient.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {})
      lockClient.release()
    }
  }
  return { kind: 'postgres', db, close: () => pool.end(), withLock }
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite')
  const { drizzle } = await import('drizzle-orm/pglite')
  let dir: string | undefined
  if (dataDir && dataDir !== ':memory:') {
    dir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), dataDir)
    mkdirSync(dir, { recursive: true })
  }
  const client = await PGlite.create(dir)
  const db = drizzle({ client, schema }) as unknown as Db
  // PGlite belongs to this one process: there is no one else to wait for.
  return { kind: 'pglite', db, close: () => client.close(), withLock: (fn) => fn() }
}

export async function migrateDatabase(database: Database): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_DIR }
  const migrate =
    database.kind === 'pglite'
      ? (await import('drizzle-orm/pglite/migrator')).migrate
      : (await import('drizzle-orm/node-postgres/migrator')).migrate
  // Several instances may start together against one PostgreSQL: migrate one at a time.
  await database.withLock(async () => {
    await migrate(database.db as never, config)
    await migrateQuestionIds(database.db)
  })
}
