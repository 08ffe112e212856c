/** The started-attempt cache: a bounded map that forgets its oldest entries first. */
import { beforeEach, expect, test } from 'vitest'
import { forgetStartedAttempts, rememberStartedAttempt, takeStartedAttempt } from '@/lib/quiz/cache'

const started = (n: number) => ({
  moduleVersionId: 'v1',
  questions: [],
  shareId: `share-${n}`,
})

beforeEach(() => forgetStartedAttempts())

test('a started attempt is handed out once, then forgotten', () => {
  rememberStartedAttempt('a1', started(1))
  expect(takeStartedAttempt('a1')).toEqual(started(1))
  expect(takeStartedAttempt('a1')).toBeUndefined()
})

test('past its limit the cache forgets the oldest attempts, not all of them', () => {
  const total = 20_500
  for (let i = 0; i < total; i++) rememberStartedAttempt(`a${i}`, started(i))
  // The first 500 went, in the order they came; everything after is still there.
  expect(takeStartedAttempt('a0')).toBeUndefined()
  expect(takeStartedAttempt('a499')).toBeUndefined()
  expect(takeStartedAttempt('a500')).toEqual(started(500))
  expect(takeStartedAttempt(`a${total - 1}`)).toEqual(started(total - 1))
})

test('remembering an attempt again refreshes it rather than duplicating it', () => {
  rememberStartedAttempt('a1', started(1))
  rememberStartedAttempt('a1', started(2))
  expect(takeStartedAttempt('a1')).toEqual(started(2))
  expect(takeStartedAttempt('a1')).toBeUndefined()
})
