/**
 * With the database unreachable, the quiz routes answer 503 with a clear message (the
 * answers stay in the browser), never a 500 or a hang. Its own file: the app's database
 * is opened once per process from DATABASE_URL.
 */
import { afterAll, beforeAll, expect, test } from 'vitest'
import { context, errorOf, jsonRequest, newSubmissionKey, SLUG } from '../../support/quiz'

const globalForDb = globalThis as unknown as { __ledeDb?: unknown }
const saved = { url: process.env.DATABASE_URL }

beforeAll(() => {
  globalForDb.__ledeDb = undefined
  process.env.DATABASE_URL = 'postgres://app@127.0.0.1:1/none'
})
afterAll(() => {
  globalForDb.__ledeDb = undefined
  if (saved.url === undefined) delete process.env.DATABASE_URL
  else process.env.DATABASE_URL = saved.url
})

async function expectUnavailable(response: Response) {
  expect(response.status).toBe(503)
  expect(response.headers.get('cache-control')).toBe('no-store')
  const error = await errorOf(response)
  expect(error.code).toBe('unavailable:database')
  expect(error.message).toMatch(/unavailable/i)
  expect(error.message).toMatch(/answers are kept/i)
  expect(error.message).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|postgres/i)
}

test('starting, reading and submitting answer 503 with a clear message', async () => {
  const { POST: start } = await import('@/app/api/attempts/route')
  const { GET } = await import('@/app/api/attempts/[attemptId]/route')
  const { POST: submit } = await import('@/app/api/attempts/[attemptId]/submission/route')
  const id = 'A'.repeat(24)
  const began = Date.now()
  await expectUnavailable(await start(jsonRequest('/api/attempts', { slug: SLUG })))
  await expectUnavailable(
    await GET(jsonRequest(`/api/attempts/${id}`, undefined, { method: 'GET' }), context(id)),
  )
  await expectUnavailable(
    await submit(
      jsonRequest(`/api/attempts/${id}/submission`, {
        submissionKey: newSubmissionKey(),
        answers: {},
      }),
      context(id),
    ),
  )
  // A failed open is not cached: every request tries again, and each fails fast.
  await expectUnavailable(await start(jsonRequest('/api/attempts', { slug: SLUG })))
  expect(Date.now() - began).toBeLessThan(15_000)
})

test('requests that are wrong anyway still get their own 4xx first', async () => {
  const { POST: start } = await import('@/app/api/attempts/route')
  const { POST: submit } = await import('@/app/api/attempts/[attemptId]/submission/route')
  const bad = await start(jsonRequest('/api/attempts', { slug: 'Bad..Slug' }))
  expect(bad.status).toBe(400)
  const malformed = await submit(jsonRequest('/api/attempts/x/submission', {}), context('x'))
  expect(malformed.status).toBe(404)
})
