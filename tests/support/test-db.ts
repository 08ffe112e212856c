/**
 * A fresh, migrated database for one test file: in-memory PGlite, or a new database on
 * the PostgreSQL server named by TEST_DATABASE_URL (dropped again afterwards).
 */
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { type Database, openDatabase } from '@/lib/db/open'

export const testDatabaseUrl = process.env.TEST_DATABASE_URL || undefined
export const testDatabaseKind = testDatabaseUrl ? 'postgres' : 'pglite'

export async function createTestDatabase(): Promise<Database> {
  if (!testDatabaseUrl) return openDatabase({ dataDir: ':memory:', migrate: true })
  const name = `lede_it_${randomBytes(5).toString('hex')}`
  await adminQuery(`create database ${name}`)
  const url = new URL(testDatabaseUrl)
  url.pathname = `/${name}`
  const database = await openDatabase({ url: url.toString(), migrate: true })
  return {
    ...database,
    close: async () => {
      await database.close()
      await adminQuery(`drop database if exists ${name}`)
    },
  }
}

async function adminQuery(text: string) {
  const client = new pg.Client({ connectionString: testDatabaseUrl })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}
