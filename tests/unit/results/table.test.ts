import { describe, expect, test } from 'vitest'
import {
  buildResultRows,
  durationSeconds,
  formatDuration,
  presentCategories,
  scorePercent,
  studentKeyOf,
  UNNAMED,
} from '@/lib/results'
import { ALL_RIGHT, cloze, single, submittedAttempt, trueFalse } from './fixtures'

describe('formatDuration', () => {
  test.each([
    [0, '0 s'],
    [1, '1 s'],
    [59, '59 s'],
    [59.6, '1 min'],
    [60, '1 min'],
    [61, '1 min 1 s'],
    [185, '3 min 5 s'],
    [3599, '59 min 59 s'],
    [3600, '1 h'],
    [3720, '1 h 2 min'],
    [3759, '1 h 2 min'],
    [90_000, '25 h'],
    [-1, '—'],
    [Number.NaN, '—'],
    [Number.POSITIVE_INFINITY, '—'],
  ])('%s s → %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text)
  })
})

describe('durationSeconds', () => {
  const start = new Date('2025-03-03T09:00:00.000Z')
  test.each([
    ['2025-03-03T09:00:00.000Z', 0],
    ['2025-03-03T09:00:00.499Z', 0],
    ['2025-03-03T09:00:00.500Z', 1],
    ['2025-03-03T09:04:05.000Z', 245],
    ['2025-03-03T08:59:00.000Z', 0], // a clock skew never shows as negative time
  ])('submitted %s → %i s', (submitted, seconds) => {
    expect(durationSeconds(start, new Date(submitted))).toBe(seconds)
  })
})

describe('scorePercent', () => {
  test.each([
    [0, 10, 0],
    [7, 10, 70],
    [2, 3, 67],
    [7.5, 8, 94],
    [5, 5, 100],
    [0, 0, 0],
  ])('%s of %s → %s%%', (score, max, percent) => {
    expect(scorePercent(score, max)).toBe(percent)
  })
})

describe('presentCategories', () => {
  test('keeps the canonical order and skips categories nobody was asked about', () => {
    const a = submittedAttempt({}, { questions: [cloze, single] })
    const b = submittedAttempt({}, { questions: [trueFalse] })
    expect(presentCategories([a, b])).toEqual(['actor', 'position', 'place'])
    expect(presentCategories([])).toEqual([])
  })
})

describe('buildResultRows', () => {
  test('one row per attempt with categories, time, and attempts used by that student', () => {
    const a = submittedAttempt(ALL_RIGHT, { name: 'Zoë', studentKey: 'k1', seconds: 185 })
    const rows = buildResultRows([a], new Map([['k1', 3]]), ['actor', 'date', 'position', 'place'])
    expect(rows).toEqual([
      {
        attemptId: a.id,
        name: 'Zoë',
        score: 5,
        maxScore: 5,
        percent: 100,
        categories: {
          actor: { earned: 2, possible: 2 },
          date: { earned: 1, possible: 1 },
          position: { earned: 1, possible: 1 },
          place: { earned: 1, possible: 1 },
        },
        durationSeconds: 185,
        submittedAt: a.submittedAt,
        startedAt: a.startedAt,
        attemptsUsed: 3,
      },
    ])
  })

  test('a category the attempt was not asked about is null, not zero', () => {
    const a = submittedAttempt({}, { questions: [single] })
    const [row] = buildResultRows([a], new Map(), ['actor', 'place'])
    expect(row?.categories).toEqual({ actor: { earned: 0, possible: 1 }, place: null })
  })

  test.each([
    [null, UNNAMED],
    ['', UNNAMED],
    ['   ', UNNAMED],
    ['  Ada  ', 'Ada'],
    ['<b>Bo</b>', '<b>Bo</b>'], // kept as text: the page renders it as text, never HTML
  ])('display name %j → %j', (displayName, name) => {
    const [row] = buildResultRows([submittedAttempt({}, { name: displayName })], new Map(), [])
    expect(row?.name).toBe(name)
  })

  test('attempts used falls back to 1, and an attempt without a student key counts on its own', () => {
    const a = submittedAttempt({}, { studentKey: null, id: 'lonely' })
    expect(studentKeyOf(a)).toBe('attempt:lonely')
    const [withCount] = buildResultRows([a], new Map([['attempt:lonely', 1]]), [])
    expect(withCount?.attemptsUsed).toBe(1)
    const [missing] = buildResultRows([submittedAttempt({}, { studentKey: 'k9' })], new Map(), [])
    expect(missing?.attemptsUsed).toBe(1)
  })

  test('sorted by name ignoring case and accents, numbers in order, then by submission time', () => {
    const at = (minute: number) => new Date(Date.UTC(2025, 2, 3, 10, minute))
    const attempts = [
      submittedAttempt({}, { name: 'student 10', startedAt: at(1) }),
      submittedAttempt({}, { name: 'Émile', startedAt: at(2) }),
      submittedAttempt({}, { name: 'ada', startedAt: at(9), id: 'ada-late' }),
      submittedAttempt({}, { name: 'Ada', startedAt: at(3), id: 'ada-early' }),
      submittedAttempt({}, { name: 'Student 9', startedAt: at(4) }),
      submittedAttempt({}, { name: 'Eve', startedAt: at(5) }),
    ]
    const rows = buildResultRows(attempts, new Map(), [])
    expect(rows.map((r) => r.name)).toEqual([
      'Ada',
      'ada',
      'Émile',
      'Eve',
      'Student 9',
      'student 10',
    ])
    expect(rows.slice(0, 2).map((r) => r.attemptId)).toEqual(['ada-early', 'ada-late'])
  })
})
