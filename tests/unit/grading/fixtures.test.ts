import { describe, expect, test } from 'vitest'
import { toPublicQuestion } from '@/lib/questions/public'
import { FORMATS } from '@/lib/questions/types'
import { attempt, idsOf, oneOfEach, perfectAnswers } from './fixtures'

describe('the grading fixtures', () => {
  test('cover every format once', () => {
    expect(oneOfEach.map((q) => q.format)).toEqual([...FORMATS])
  })

  test.each(attempt.map((q) => [q.id, q] as const))('%s is a valid public question', (_id, q) => {
    expect(toPublicQuestion(q).id).toBe(q.id)
  })

  test('every key points at ids of its own question', () => {
    for (const q of attempt) {
      const ids = new Set(idsOf(q))
      const keyIds =
        q.key.format === 'match'
          ? Object.entries(q.key.pairs).flat()
          : q.key.format === 'order'
            ? q.key.order
            : [q.key.optionId]
      expect(keyIds.filter((id) => !ids.has(id))).toEqual([])
      expect(q.key.format).toBe(q.format)
    }
  })

  test('ids are unique across the whole attempt', () => {
    const all = [...attempt.map((q) => q.id), ...attempt.flatMap(idsOf)]
    expect(new Set(all).size).toBe(all.length)
  })

  test('perfectAnswers answers every question', () => {
    expect(Object.keys(perfectAnswers)).toEqual(attempt.map((q) => q.id))
  })
})
