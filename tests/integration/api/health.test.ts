import { expect, test } from 'vitest'
import { checkHealth } from '@/lib/db/health'
import { openDatabase } from '@/lib/db/open'
import { createTestDatabase, testDatabaseKind } from '../../support/test-db'

test(`reports a reachable ${testDatabaseKind} database`, async () => {
  const database = await createTestDatabase()
  try {
    const health = await checkHealth(async () => database)
    expect(health).toMatchObject({ ok: true, database: testDatabaseKind })
  } finally {
    await database.close()
  }
})

test('reports an unreachable PostgreSQL clearly instead of throwing', async () => {
  const health = await checkHealth(() =>
    openDatabase({ url: 'postgres://app@127.0.0.1:1/none', migrate: true }),
  )
  expect(health.ok).toBe(false)
  expect(!health.ok && health.error).toMatch(/^database unreachable: /)
})

test('a database that never answers times out', async () => {
  const health = await checkHealth(() => new Promise(() => {}), 50)
  expect(health).toEqual({ ok: false, error: 'database unreachable: no answer within 50 ms' })
})
