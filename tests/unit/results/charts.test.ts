import { describe, expect, test } from 'vitest'
import { averagePercent, BUCKET_COUNT, categoryAverages, scoreDistribution } from '@/lib/results'
import { ALL_RIGHT, cloze, single, submittedAttempt } from './fixtures'

const bandOf = (score: number, maxScore: number) =>
  scoreDistribution([{ score, maxScore }]).findIndex((b) => b.count === 1)

describe('scoreDistribution', () => {
  test('ten labelled bands, the last one closed at 100%', () => {
    const bands = scoreDistribution([])
    expect(bands).toHaveLength(BUCKET_COUNT)
    expect(bands.map((b) => b.label)).toEqual([
      '0–9%',
      '10–19%',
      '20–29%',
      '30–39%',
      '40–49%',
      '50–59%',
      '60–69%',
      '70–79%',
      '80–89%',
      '90–100%',
    ])
    expect(bands.every((b) => b.count === 0)).toBe(true)
    expect(bands.at(-1)).toMatchObject({ min: 90, max: 100 })
  })

  test.each([
    [0, 10, 0],
    [0.9, 10, 0],
    [1, 10, 1],
    [7, 10, 7], // exactly on a boundary: no 6.999… rounding down
    [3, 10, 3],
    [6, 10, 6],
    [2, 3, 6], // 66.7 %
    [8.96, 10, 8], // 89.6 % stays in 80–89 %, though it rounds to 90 %
    [9, 10, 9],
    [10, 10, 9], // a full score joins the last band
    [7, 7, 9],
    [1, 7, 1], // 14.3 %
    [0, 0, 0], // nothing to score
    [-1, 10, 0],
    [11, 10, 9],
  ])('%s of %s → band %i', (score, max, band) => {
    expect(bandOf(score, max)).toBe(band)
  })

  test('counts every score once', () => {
    const scores = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10].map((score) => ({ score, maxScore: 10 }))
    const bands = scoreDistribution(scores)
    expect(bands.map((b) => b.count)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 3])
    expect(bands.reduce((n, b) => n + b.count, 0)).toBe(scores.length)
  })
})

describe('categoryAverages', () => {
  test('pools earned over possible per category, counting the attempts that met it', () => {
    const attempts = [
      submittedAttempt(ALL_RIGHT), // actor 2/2, date 1/1, position 1/1, place 1/1
      submittedAttempt({}), // all 0
      submittedAttempt({ 'q-single': { optionId: 'a' } }, { questions: [single] }), // actor 1/1
    ]
    expect(categoryAverages(attempts, ['actor', 'date', 'position', 'place'])).toEqual([
      { category: 'actor', earned: 3, possible: 5, percent: 60, attempts: 3 },
      { category: 'date', earned: 1, possible: 2, percent: 50, attempts: 2 },
      { category: 'position', earned: 1, possible: 2, percent: 50, attempts: 2 },
      { category: 'place', earned: 1, possible: 2, percent: 50, attempts: 2 },
    ])
  })

  test.each([
    [
      'partial credit',
      [{ categoryScores: [{ category: 'date' as const, earned: 0.67, possible: 1 }] }],
      { earned: 0.67, possible: 1, percent: 67, attempts: 1 },
    ],
    [
      'rounding of summed credit',
      [
        { categoryScores: [{ category: 'date' as const, earned: 0.1, possible: 1 }] },
        { categoryScores: [{ category: 'date' as const, earned: 0.2, possible: 1 }] },
      ],
      { earned: 0.3, possible: 2, percent: 15, attempts: 2 },
    ],
    [
      'nobody met the category',
      [{ categoryScores: [] }],
      { earned: 0, possible: 0, percent: 0, attempts: 0 },
    ],
  ])('%s', (_name, attempts, expected) => {
    expect(categoryAverages(attempts, ['date'])).toEqual([{ category: 'date', ...expected }])
  })

  test('only the categories asked for, in that order', () => {
    const a = submittedAttempt({}, { questions: [cloze, single] })
    expect(categoryAverages([a], ['place', 'actor']).map((c) => c.category)).toEqual([
      'place',
      'actor',
    ])
  })
})

describe('averagePercent', () => {
  test.each([
    [[], 0],
    [[{ score: 5, maxScore: 10 }], 50],
    // Each attempt weighs the same, whatever its maximum: (100 % + 50 %) / 2.
    [
      [
        { score: 2, maxScore: 2 },
        { score: 5, maxScore: 10 },
      ],
      75,
    ],
    [
      [
        { score: 1, maxScore: 3 },
        { score: 0, maxScore: 0 },
      ],
      33,
    ],
  ])('%j → %i', (scores, percent) => {
    expect(averagePercent(scores)).toBe(percent)
  })
})
