/**
 * better-auth's HTTP API and its server API (what the forms call) on a real database: sign-in
 * limited per account whatever address the guesses claim, sign-ups per client, and sign-up
 * bodies held to the form's rules.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type Auth, createAuth } from '@/lib/auth/server'
import type { Database } from '@/lib/db/open'
import { getEnv } from '@/lib/env'
import { createTestDatabase, testDatabaseKind } from '../../support/test-db'

let database: Database
let auth: Auth
beforeAll(async () => {
  database = await createTestDatabase()
  auth = createAuth(database.db, 'x'.repeat(40))
})
afterAll(async () => {
  await database?.close()
})

const origin = getEnv().PUBLIC_BASE_URL
const post = (path: string, body: unknown, address: string) =>
  auth.handler(
    new Request(`${origin}/api/auth${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, 'x-forwarded-for': address },
      body: JSON.stringify(body),
    }),
  )
const GOOD = 'correct horse 42'

describe(`auth API limits on ${testDatabaseKind}`, () => {
  test('sign-up through the API enforces the form rules', async () => {
    const weak = await post(
      '/sign-up/email',
      { name: 'Ada', email: 'weak@school.org', password: 'aaaaaaaaaa' },
      '198.51.100.1',
    )
    expect(weak.status).toBe(400)
    const long = await post(
      '/sign-up/email',
      { name: `<b>${'x'.repeat(5_018)}</b>`, email: 'long@school.org', password: GOOD },
      '198.51.100.2',
    )
    expect(long.status).toBe(400)
    const html = await post(
      '/sign-up/email',
      { name: '<img src=x>', email: 'html@school.org', password: GOOD },
      '198.51.100.3',
    )
    expect(html.status).toBe(400)
    const ok = await post(
      '/sign-up/email',
      { name: 'Ada Lovelace', email: 'ada@school.org', password: GOOD },
      '198.51.100.4',
    )
    expect(ok.status).toBe(200)
  })

  test('sign-in guesses are limited per account, whatever address each claims', async () => {
    const statuses = []
    for (let i = 0; i < 8; i++)
      statuses.push(
        (
          await post(
            '/sign-in/email',
            { email: 'ada@school.org', password: `wrong${i}xx` },
            `10.1.0.${i}`,
          )
        ).status,
      )
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true)
    expect(statuses.slice(5)).toEqual([429, 429, 429])
    // The real password does not get through either until the window passes.
    expect(
      (await post('/sign-in/email', { email: 'ADA@school.org', password: GOOD }, '10.1.0.99'))
        .status,
    ).toBe(429)
    // The server API (the sign-in form's path) shares the count.
    const err = await auth.api
      .signInEmail({ body: { email: 'ada@school.org', password: GOOD }, headers: new Headers() })
      .then(
        () => null,
        (e: unknown) => e as { statusCode?: number },
      )
    expect(err?.statusCode).toBe(429)
  })

  test('sign-ups are limited per client', async () => {
    const statuses = []
    for (let i = 0; i < 7; i++)
      statuses.push(
        (
          await post(
            '/sign-up/email',
            { name: `T ${i}`, email: `t${i}@school.org`, password: GOOD },
            '203.0.113.9',
          )
        ).status,
      )
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200])
    expect(statuses.slice(5)).toEqual([429, 429])
    const other = await post(
      '/sign-up/email',
      { name: 'Bo', email: 'bo@school.org', password: GOOD },
      '203.0.113.10',
    )
    expect(other.status).toBe(200)
  })
})
