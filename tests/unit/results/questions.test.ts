import { describe, expect, test } from 'vitest'
import {
  flagHardest,
  HARDEST_BELOW,
  mostChosenWrong,
  questionDetail,
  questionStats,
  wrongAnswerKey,
} from '@/lib/results'
import {
  ALL_RIGHT,
  cloze,
  match,
  order,
  POOL,
  single,
  submittedAttempt,
  trueFalse,
} from './fixtures'

describe('mostChosenWrong', () => {
  test.each([
    ['nothing wrong', [], null],
    ['a single answer', ['Jen Psaki'], { text: 'Jen Psaki', count: 1 }],
    ['the most frequent', ['B', 'A', 'B', 'C', 'B', 'A'], { text: 'B', count: 3 }],
    [
      'a tie goes to the first in code-point order',
      ['Psaki', 'Austin'],
      { text: 'Austin', count: 1 },
    ],
    [
      'the tie rule does not depend on input order',
      ['Austin', 'Psaki'],
      { text: 'Austin', count: 1 },
    ],
    ['three-way tie', ['c', 'b', 'a', 'c', 'b', 'a'], { text: 'a', count: 2 }],
    [
      'case and spacing group typed answers',
      ['baghdad', 'Baghdad ', ' BAGHDAD', 'Erbil x'],
      { text: ' BAGHDAD', count: 3 },
    ],
    [
      'a group shows its most frequent spelling',
      ['baghdad', 'Baghdad', 'Baghdad', 'Mosul', 'Mosul'],
      { text: 'Baghdad', count: 3 },
    ],
    ['blank texts are ignored', ['   ', '', 'x'], { text: 'x', count: 1 }],
  ])('%s', (_name, texts, expected) => {
    expect(mostChosenWrong(texts)).toEqual(expected)
  })

  test('spelling ties resolve in code-point order, whatever the input order', () => {
    expect(mostChosenWrong(['baghdad', 'Baghdad'])).toEqual({ text: 'Baghdad', count: 2 })
    expect(mostChosenWrong(['Baghdad', 'baghdad'])).toEqual({ text: 'Baghdad', count: 2 })
  })

  test.each([
    ['  Erbil  ', 'erbil'],
    ['New\n  York', 'new york'],
    ['Cafe\u0301', 'café'],
  ])('wrongAnswerKey(%j) = %j', (text, key) => {
    expect(wrongAnswerKey(text)).toBe(key)
  })
})

describe('flagHardest', () => {
  const stat = (id: string, correctRate: number, meanCredit = correctRate, received = 4) => ({
    id,
    correctRate,
    meanCredit,
    received,
  })
  const flagged = (stats: ReturnType<typeof stat>[], limit?: number) =>
    flagHardest(stats, limit)
      .filter((s) => s.hardest)
      .map((s) => s.id)

  test.each([
    ['nothing below the threshold', [stat('a', 1), stat('b', HARDEST_BELOW), stat('c', 0.75)], []],
    ['only those below the threshold', [stat('a', 0.5), stat('b', 0.9)], ['a']],
    [
      'the three lowest',
      [stat('a', 0.5), stat('b', 0), stat('c', 0.25), stat('d', 0.4), stat('e', 0.1)],
      ['b', 'c', 'e'],
    ],
    [
      'equal rates: lower mean credit is harder',
      [stat('a', 0, 0.5), stat('b', 0, 0.2), stat('c', 0, 0.4), stat('d', 0, 0.3)],
      ['b', 'c', 'd'],
    ],
    [
      'a tie with the last one flagged is flagged too',
      [stat('a', 0), stat('b', 0.25), stat('c', 0.25), stat('d', 0.25), stat('e', 0.5)],
      ['a', 'b', 'c', 'd'],
    ],
    ['questions nobody received are never flagged', [stat('a', 0, 0, 0)], []],
  ])('%s', (_name, stats, ids) => {
    expect(flagged(stats)).toEqual(ids)
  })

  test('keeps input order and the other fields', () => {
    const out = flagHardest([stat('a', 0.9), stat('b', 0.1)])
    expect(out).toEqual([
      { ...stat('a', 0.9), hardest: false },
      { ...stat('b', 0.1), hardest: true },
    ])
  })

  test('a smaller limit', () => {
    expect(flagged([stat('a', 0.1), stat('b', 0.2)], 1)).toEqual(['a'])
  })
})

describe('questionDetail', () => {
  test.each([
    [single, null],
    [trueFalse, 'The minister welcomed the decision.'],
    [cloze, 'The rockets landed near _____.'],
    [match, null],
    [order, null],
  ])('$id', (q, detail) => {
    expect(questionDetail(q)).toBe(detail)
  })
})

describe('questionStats', () => {
  const wrongA = { ...ALL_RIGHT, 'q-single': { optionId: 'b' } }
  const attempts = [
    submittedAttempt(ALL_RIGHT),
    submittedAttempt({
      ...ALL_RIGHT,
      'q-single': { optionId: 'b' },
      'q-cloze': { text: 'baghdad' },
      'q-match': { pairs: { l1: 'r2', l2: 'r1' } },
      'q-order': { order: ['e2', 'e1', 'e3'] },
    }),
    submittedAttempt({
      ...wrongA,
      'q-single': { optionId: 'c' },
      'q-cloze': { optionId: 'y' },
      'q-tf': { optionId: 't' },
      'q-order': { order: ['e2', 'e1', 'e3'] },
    }),
    // Answers only the single-choice question (wrong) and leaves the rest blank.
    submittedAttempt({ 'q-single': { optionId: 'b' } }),
    // Received only two questions.
    submittedAttempt(
      { 'q-single': { optionId: 'a' }, 'q-tf': { optionId: 'f' } },
      {
        questions: [single, trueFalse],
      },
    ),
  ]
  const stats = questionStats(POOL, attempts)
  const byId = new Map(stats.map((s) => [s.questionId, s]))

  test('counts over the attempts that received each question, in pool order', () => {
    expect(stats.map((s) => s.questionId)).toEqual(POOL.map((q) => q.id))
    expect(
      stats.map((s) => [s.questionId, s.received, s.correct, s.partial, s.incorrect, s.unanswered]),
    ).toEqual([
      ['q-single', 5, 2, 0, 3, 0],
      ['q-tf', 5, 3, 0, 1, 1],
      ['q-cloze', 4, 1, 0, 2, 1],
      ['q-match', 4, 2, 0, 1, 1],
      ['q-order', 4, 1, 2, 0, 1],
    ])
  })

  test('correct rate counts only full credit; mean credit counts partial credit', () => {
    expect(byId.get('q-single')?.correctRate).toBeCloseTo(2 / 5)
    expect(byId.get('q-order')?.correctRate).toBeCloseTo(1 / 4)
    // Order: 1 + 2 × 0.67 (one neighbour swap among 3 items) + 0 (blank), over 4.
    expect(byId.get('q-order')?.meanCredit).toBeCloseTo((1 + 0.67 + 0.67) / 4)
  })

  test('the most chosen wrong answer is described in words, ties in code-point order', () => {
    // 'Jen Psaki' twice, 'Lloyd Austin' once.
    expect(byId.get('q-single')?.mostChosenWrong).toEqual({ text: 'Jen Psaki', count: 2 })
    expect(byId.get('q-tf')?.mostChosenWrong).toEqual({ text: 'True', count: 1 })
    // Typed 'baghdad' and chosen 'Baghdad' are one answer, shown as the first spelling in code-point order.
    expect(byId.get('q-cloze')?.mostChosenWrong).toEqual({ text: 'Baghdad', count: 2 })
    expect(byId.get('q-match')?.mostChosenWrong).toEqual({
      text: 'Price → defence secretary; Austin → spokesman',
      count: 1,
    })
    // Partial credit still counts as a wrong answer.
    expect(byId.get('q-order')?.mostChosenWrong).toEqual({
      text: 'The call → The attack → The statement',
      count: 2,
    })
  })

  test('blank answers are not wrong answers', () => {
    const only = questionStats(POOL, [submittedAttempt({})])
    expect(only.every((s) => s.mostChosenWrong === null && s.unanswered === 1)).toBe(true)
  })

  test('the hardest are flagged: lowest correct rates below the threshold', () => {
    expect(stats.filter((s) => s.hardest).map((s) => s.questionId)).toEqual([
      'q-single',
      'q-cloze',
      'q-order',
    ])
  })

  test('questions nobody received and ids outside the pool are left out', () => {
    const partial = questionStats(
      [single, cloze],
      [submittedAttempt({}, { questions: [single, match] })],
    )
    expect(partial.map((s) => s.questionId)).toEqual(['q-single'])
    expect(questionStats(POOL, [])).toEqual([])
  })

  test('prompt and detail come from the pool', () => {
    expect(byId.get('q-tf')).toMatchObject({
      prompt: 'True or false?',
      detail: 'The minister welcomed the decision.',
      category: 'position',
      format: 'true-false',
    })
  })
})
