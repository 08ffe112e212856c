import { expect, test } from 'vitest'
import { parseEnv } from '@/lib/env'

test('defaults to embedded PGlite and localhost', () => {
  expect(parseEnv({})).toEqual({
    NODE_ENV: 'development',
    LEDE_DATA_DIR: '.data/pglite',
    PUBLIC_BASE_URL: 'http://localhost:3000',
    LEDE_BENCH_ROUTES: '0',
    LEDE_SIGN_IN_LIMIT: 5,
    LEDE_TRUSTED_PROXIES: [],
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

test.each([
  [{ LEDE_AUTH_SECRET: 'too short' }, /LEDE_AUTH_SECRET: must be at least 32 characters/],
  [{ LEDE_SIGN_IN_LIMIT: '0' }, /LEDE_SIGN_IN_LIMIT/],
  [{ LEDE_BENCH_ROUTES: 'yes' }, /LEDE_BENCH_ROUTES/],
  [{ LEDE_TRUSTED_PROXIES: '10.0.0.1, example.com' }, /LEDE_TRUSTED_PROXIES.*IP addresses or CIDR/],
  [{ LEDE_TRUSTED_PROXIES: '10.0.0.0/33' }, /LEDE_TRUSTED_PROXIES/],
])('rejects %o', (raw, message) => {
  expect(() => parseEnv(raw)).toThrow(message)
})

test('reads the sign-in limit as a number', () => {
  expect(parseEnv({ LEDE_SIGN_IN_LIMIT: '50' }).LEDE_SIGN_IN_LIMIT).toBe(50)
})

test('reads trusted proxies as a list of addresses and ranges', () => {
  expect(
    parseEnv({ LEDE_TRUSTED_PROXIES: ' 10.0.0.1, 192.168.0.0/16 ,::1,fd00::/8' })
      .LEDE_TRUSTED_PROXIES,
  ).toEqual(['10.0.0.1', '192.168.0.0/16', '::1', 'fd00::/8'])
})
