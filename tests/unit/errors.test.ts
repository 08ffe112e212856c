import { expect, test } from 'vitest'
import { AppError, errorResponse, isDatabaseUnreachable } from '@/lib/errors'

test.each([
  [Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }), true],
  [
    Object.assign(new Error('terminating connection due to administrator command'), {
      code: '57P01',
    }),
    true,
  ],
  [Object.assign(new Error('the database system is shutting down'), { code: '57P03' }), true],
  [
    new Error('Failed query: select 1', {
      cause: Object.assign(new Error('x'), { code: '08006' }),
    }),
    true,
  ],
  [new Error('Connection terminated unexpectedly'), true],
  [
    Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' }),
    false,
  ],
  [new TypeError("Cannot read properties of undefined (reading 'id')"), false],
  ['a string', false],
])('isDatabaseUnreachable(%s) → %s', (err, expected) => {
  expect(isDatabaseUnreachable(err)).toBe(expected)
})

test('an AppError keeps its status and code', async () => {
  const response = errorResponse(
    new AppError('not_found', 'attempt', 'There is no attempt with that id.'),
  )
  expect(response.status).toBe(404)
  expect(await response.json()).toEqual({
    error: { code: 'not_found:attempt', message: 'There is no attempt with that id.' },
  })
})

test('a lost database is a 503 with a clear message; a bug is a 500 without internals', async () => {
  const down = errorResponse(
    Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
  )
  expect(down.status).toBe(503)
  expect((await down.json()).error.code).toBe('unavailable:database')
  const bug = errorResponse(new TypeError('secret internal detail'))
  expect(bug.status).toBe(500)
  expect(JSON.stringify(await bug.json())).not.toContain('secret internal detail')
})
