/**
 * The assignment form's pool-size warning follows the categories and formats the teacher
 * ticks: the table built on the server gives, for every choice, what the server's own
 * check (availableQuestions) counts, and the warning names that number.
 */
import { describe, expect, test } from 'vitest'
import { availabilityFor, poolWarning } from '@/lib/assignments/availability'
import { availabilityTable, availableQuestions, summarizePool } from '@/lib/assignments/settings'
import { getArticle } from '@/lib/content/repository'
import { generateQuestionPool } from '@/lib/questions'

const doc = getArticle('biden-al-kadhimi-rocket-attacks')
if (!doc) throw new Error('fixture article missing')
const pool = generateQuestionPool(doc).questions
const summary = summarizePool(pool)
const lists = {
  categories: summary.categories.map((c) => c.category),
  formats: summary.formats.map((f) => f.format),
}
const table = availabilityTable(pool, lists.categories, lists.formats)

/** Every non-empty subset of a list. */
const subsets = <T>(all: readonly T[]): T[][] =>
  Array.from({ length: 2 ** all.length - 1 }, (_, m) => all.filter((_, i) => (m + 1) & (1 << i)))

describe('availability table', () => {
  test('every choice of categories and formats reads what the server counts for it', () => {
    expect(table).toHaveLength(2 ** (lists.categories.length + lists.formats.length))
    for (const categories of subsets(lists.categories))
      for (const formats of subsets(lists.formats))
        expect(
          availabilityFor(table, lists, {
            categories: new Set(categories),
            formats: new Set(formats),
          }),
          `${categories} × ${formats}`,
        ).toBe(availableQuestions(pool, categories, formats))
  })

  test('nothing ticked in either group is 0; everything ticked is the whole pool', () => {
    const all = { categories: new Set(lists.categories), formats: new Set(lists.formats) }
    expect(availabilityFor(table, lists, all)).toBe(summary.available)
    expect(availabilityFor(table, lists, { ...all, formats: new Set() })).toBe(0)
    expect(availabilityFor(table, lists, { ...all, categories: new Set() })).toBe(0)
  })

  test('a narrower choice can only lower the count', () => {
    const oneFormat = { categories: new Set(lists.categories), formats: new Set(['order']) }
    expect(availabilityFor(table, lists, oneFormat)).toBeLessThan(summary.available)
  })
})

describe('poolWarning', () => {
  test('enough questions for every attempt: no warning', () => {
    expect(poolWarning({ available: 20, count: 5, attempts: 4, narrowed: false })).toBe('')
    expect(poolWarning({ available: 5, count: 5, attempts: 1, narrowed: true })).toBe('')
  })

  test('too few for the retakes: says which attempt repeats, and that the filters count', () => {
    expect(poolWarning({ available: 12, count: 5, attempts: 3, narrowed: false })).toBe(
      'The pool is too small for 3 attempts of 5 questions: it has 12, so attempt 3 will repeat questions a student has seen. Ask fewer questions or allow fewer attempts.',
    )
    expect(poolWarning({ available: 7, count: 5, attempts: 2, narrowed: true })).toBe(
      'The pool is too small for 2 attempts of 5 questions: it has 7 in these categories and formats, so a second attempt will repeat questions a student has seen. Ask fewer questions or allow fewer attempts.',
    )
  })

  test('fewer than one quiz in the chosen filters: ask at most that many', () => {
    expect(poolWarning({ available: 4, count: 6, attempts: 1, narrowed: true })).toBe(
      'Only 4 questions can go in one quiz in these categories and formats: ask at most 4, or tick more categories or formats.',
    )
  })
})
