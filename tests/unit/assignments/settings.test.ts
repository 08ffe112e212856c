import { describe, expect, test } from 'vitest'
import {
  availableQuestions,
  dueAtInstant,
  parseAssignmentSettings,
  summarizePool,
} from '@/lib/assignments/settings'
import { getArticle } from '@/lib/content/repository'
import { generateQuestionPool } from '@/lib/questions'
import type { Question } from '@/lib/questions/types'

const doc = getArticle('biden-al-kadhimi-rocket-attacks')
if (!doc) throw new Error('fixture article missing')
const pool = generateQuestionPool(doc).questions
const now = new Date('2026-01-10T12:00:00Z')

const valid = {
  version: 'x',
  title: '  Rockets in Iraq ',
  questionCount: '5',
  categories: 'actor,date',
  formats: 'single,true-false,cloze,match,order',
  maxAttempts: '2',
  dueAt: '2026-01-12T09:30',
  tzOffset: '-60',
  revealAnswers: 'on',
}

const parse = (over: Record<string, string | undefined>, p: Question[] = pool) =>
  parseAssignmentSettings({ ...valid, ...over }, { pool: p, now })

const errors = (over: Record<string, string | undefined>, p?: Question[]) => {
  const result = parse(over, p)
  if (result.ok) throw new Error('expected field errors')
  return result.fieldErrors
}

describe('assignment settings', () => {
  test('a valid form becomes settings; unchecked boxes are false; due date in the teacher zone', () => {
    const result = parse({})
    expect(result).toEqual({
      ok: true,
      value: {
        title: 'Rockets in Iraq',
        settings: {
          questionCount: 5,
          categories: ['actor', 'date'],
          formats: ['single', 'true-false', 'cloze', 'match', 'order'],
          maxAttempts: 2,
          // 09:30 at UTC+1 is 08:30 UTC.
          dueAt: '2026-01-12T08:30:00.000Z',
          revealAnswers: true,
          allowSharing: false,
        },
      },
    })
  })

  test('no due date is allowed', () => {
    const result = parse({ dueAt: '' })
    expect(result.ok && result.value.settings.dueAt).toBeNull()
  })

  test.each([
    [{ title: '   ' }, 'title'],
    [{ title: 'x'.repeat(121) }, 'title'],
    [{ questionCount: '2' }, 'questionCount'],
    [{ questionCount: '21' }, 'questionCount'],
    [{ questionCount: '4.5' }, 'questionCount'],
    [{ questionCount: 'ten' }, 'questionCount'],
    [{ categories: '' }, 'categories'],
    [{ categories: undefined }, 'categories'],
    [{ categories: 'actor,people' }, 'categories'],
    [{ formats: '' }, 'formats'],
    [{ formats: 'essay' }, 'formats'],
    [{ maxAttempts: '0' }, 'maxAttempts'],
    [{ maxAttempts: '11' }, 'maxAttempts'],
    [{ dueAt: 'tomorrow' }, 'dueAt'],
    [{ dueAt: '2026-01-10T12:30', tzOffset: '-60' }, 'dueAt'],
    [{ dueAt: '2025-12-31T23:59' }, 'dueAt'],
  ])('%j is refused on %s', (over, field) => {
    expect(errors(over)).toHaveProperty(field)
  })

  test('categories and formats the pool lacks are refused', () => {
    const noPlace = pool.filter((q) => q.category !== 'place')
    expect(errors({ categories: 'actor,place' }, noPlace).categories).toMatch(/no place questions/)
    const noOrder = pool.filter((q) => q.format !== 'order')
    expect(errors({ formats: 'single,order' }, noOrder).formats).toMatch(/no order events/)
  })

  test('the count is bounded by what the chosen categories and formats can give', () => {
    const available = availableQuestions(pool, ['actor'], ['single'])
    expect(available).toBeGreaterThan(0)
    if (available >= 3) {
      expect(
        parse({ categories: 'actor', formats: 'single', questionCount: String(available) }).ok,
      ).toBe(true)
      expect(
        errors({
          categories: 'actor',
          formats: 'single',
          questionCount: String(available + 1),
        }).questionCount,
      ).toContain(String(available))
    } else {
      expect(errors({ categories: 'actor', formats: 'single' }).formats).toMatch(/Only/)
    }
  })

  test('a pool with too few questions for the filters is refused with a clear message', () => {
    const tiny = pool.slice(0, 2)
    expect(
      Object.values(
        errors(
          {
            categories: tiny.map((q) => q.category).join(','),
            formats: tiny.map((q) => q.format).join(','),
          },
          tiny,
        ),
      ).join(' '),
    ).toMatch(/Only \d question/)
  })

  test('the pool summary lists only what the pool has', () => {
    const summary = summarizePool(pool)
    expect(summary.categories.map((c) => c.count).reduce((a, b) => a + b, 0)).toBe(pool.length)
    expect(summary.formats.every((f) => f.count > 0)).toBe(true)
    expect(summary.available).toBeLessThanOrEqual(pool.length)
    expect(summary.available).toBeGreaterThanOrEqual(10)
  })

  test('local date-times convert with the browser offset', () => {
    expect(dueAtInstant('2026-06-01T10:00', -120)?.toISOString()).toBe('2026-06-01T08:00:00.000Z')
    expect(dueAtInstant('2026-06-01T10:00', 300)?.toISOString()).toBe('2026-06-01T15:00:00.000Z')
    expect(dueAtInstant('2026-13-01T10:00', 0)).toBeNull()
  })
})
