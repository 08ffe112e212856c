import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { consumeAttempt } from '@/lib/auth/rate-limit'
import type { Database } from '@/lib/db/open'
import { createTestDatabase, testDatabaseKind } from '../../support/test-db'

let database: Database
beforeAll(async () => {
  database = await createTestDatabase()
})
afterAll(async () => {
  await database?.close()
})

const limit = { windowMs: 60_000, max: 5 }

describe(`sign-in counters on ${testDatabaseKind}`, () => {
  test('five attempts pass, the sixth is refused, and a new window starts afresh', async () => {
    const t0 = 1_700_000_000_000
    const results = []
    for (let i = 0; i < 6; i++) results.push(await consumeAttempt(database.db, 'k1', limit, t0 + i))
    expect(results).toEqual([true, true, true, true, true, false])
    expect(await consumeAttempt(database.db, 'k1', limit, t0 + 60_000)).toBe(true)
  })

  test('concurrent attempts cannot all slip under the limit', async () => {
    const now = Date.now()
    const results = await Promise.all(
      Array.from({ length: 12 }, () => consumeAttempt(database.db, 'k2', limit, now)),
    )
    expect(results.filter(Boolean)).toHaveLength(5)
  })
})
