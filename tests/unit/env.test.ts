import { expect, test } from 'vitest'
import { parseEnv } from '@/lib/env'

test('defaults to embedded PGlite and localhost', () => {
  expect(parseEnv({})).toEqual({
    NODE_ENV: 'development',
    LEDE_DATA_DIR: '.data/pglite',
    PUBLIC_BASE_URL: 'http://localhost:3000',
    LEDE_BENCH_ROUTES: '0',
  })
})

test('empty strings count as unset', () => {
  expect(parseEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined()
})

test('accepts a PostgreSQL URL', () => {
  expect(parseEnv({ DATABASE_URL: 'postgres://app@127.0.0.1:5432/lede' }).DATABASE_URL).toBe(
    'postgres://app@127.0.0.1:5432/lede',
  )
})

test.each([
  [{ DATABASE_URL: 'mysql://x@y/z' }, /DATABASE_URL: must start with postgres/],
  [{ DATABASE_URL: 'not a url' }, /DATABASE_URL: must be a URL/],
  [{ PUBLIC_BASE_URL: 'example.com' }, /PUBLIC_BASE_URL/],
  [{ NODE_ENV: 'staging' }, /NODE_ENV/],
])('rejects %o naming the variable', (raw, message) => {
  expect(() => parseEnv(raw)).toThrow(message)
})
