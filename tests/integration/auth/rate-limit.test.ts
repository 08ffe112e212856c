import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { allowSignInAttempt, clientAddress, consumeAttempt } from '@/lib/auth/rate-limit'
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

describe(`form sign-in limits on ${testDatabaseKind}`, () => {
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

  test('an account is limited whatever address the guesses come from', async () => {
    const outcomes = []
    for (let i = 0; i < 6; i++) {
      const headers = new Headers({ 'x-forwarded-for': `10.0.0.${i}` })
      outcomes.push(
        await allowSignInAttempt(database.db, 'sign-in', 'ada@school.org', headers, limit),
      )
    }
    expect(outcomes.at(-1)).toBe(false)
    // Another teacher from the same addresses is unaffected.
    expect(
      await allowSignInAttempt(
        database.db,
        'sign-in',
        'bob@school.org',
        new Headers({ 'x-forwarded-for': '10.0.0.9' }),
        limit,
      ),
    ).toBe(true)
  })

  test('an address is limited across accounts; without a reported address only the account counts', async () => {
    const headers = new Headers({ 'x-forwarded-for': '192.0.2.7' })
    const outcomes = []
    for (let i = 0; i < 6; i++)
      outcomes.push(
        await allowSignInAttempt(database.db, 'sign-in', `user${i}@school.org`, headers, limit),
      )
    expect(outcomes).toEqual([true, true, true, true, true, false])
    const direct = []
    for (let i = 0; i < 6; i++)
      direct.push(
        await allowSignInAttempt(
          database.db,
          'sign-in',
          `direct${i}@school.org`,
          new Headers(),
          limit,
        ),
      )
    expect(direct.every(Boolean)).toBe(true)
  })
})

test.each([
  [{ 'x-forwarded-for': '203.0.113.5' }, '203.0.113.5'],
  [{ 'x-forwarded-for': '203.0.113.5, 10.0.0.1' }, null],
  [{ 'x-real-ip': '198.51.100.2' }, '198.51.100.2'],
  [{}, null],
])('clientAddress(%o) → %s', (headers, expected) => {
  expect(clientAddress(new Headers(headers))).toBe(expected)
})
