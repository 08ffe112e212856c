import { describe, expect, test } from 'vitest'
import { type Answer, creditFor, type GradeResult, gradeSubmission } from '@/lib/grading'
import type { Question } from '@/lib/questions/types'
import {
  attempt,
  EVENTS_IN_ORDER,
  embassyStatement,
  erbilDate,
  eventsOrder,
  perfectAnswers,
  primeMinisterCloze,
  type QuestionOf,
  rolesMatch,
  whoSaid,
  withOptionsReversed,
} from './fixtures'

type Row = [name: string, question: Question, answer: Answer | undefined, credit: number]

describe('creditFor: single and true-false', () => {
  test.each<Row>([
    ['single, right option', whoSaid, { optionId: 'o-price' }, 1],
    ['single, wrong option', whoSaid, { optionId: 'o-biden' }, 0],
    ['single, another wrong option', whoSaid, { optionId: 'o-kadhimi' }, 0],
    ['single, unanswered', whoSaid, undefined, 0],
    ['single, option of another question', whoSaid, { optionId: 'c-price' }, 0],
    ['single, typed text of the right answer', whoSaid, { text: 'Ned Price' }, 0],
    ['single, an order', whoSaid, { order: ['o-price', 'o-biden'] }, 0],
    ['true-false, right', embassyStatement, { optionId: 'tf-false' }, 1],
    ['true-false, wrong', embassyStatement, { optionId: 'tf-true' }, 0],
    ['true-false, unanswered', embassyStatement, undefined, 0],
  ])('%s → %d', (_name, q, answer, credit) => {
    expect(creditFor(q, answer)).toBe(credit)
  })
})

describe('creditFor: cloze by option id and by typed text', () => {
  test.each<Row>([
    ['right option id', primeMinisterCloze, { optionId: 'c-kadhimi' }, 1],
    ['wrong option id', primeMinisterCloze, { optionId: 'c-price' }, 0],
    [
      'the right person under another question’s id',
      primeMinisterCloze,
      { optionId: 'o-kadhimi' },
      0,
    ],
    ['typed full name', primeMinisterCloze, { text: 'Mustafa al-Kadhimi' }, 1],
    ['typed surname with particle', primeMinisterCloze, { text: 'al-Kadhimi' }, 1],
    ['typed bare surname, lower case', primeMinisterCloze, { text: 'kadhimi' }, 1],
    ['typed possessive with curly quote', primeMinisterCloze, { text: 'Kadhimi’s' }, 1],
    ['typed with accent and punctuation', primeMinisterCloze, { text: ' Kádhimi. ' }, 1],
    ['typed a distractor', primeMinisterCloze, { text: 'Ned Price' }, 0],
    ['typed a fragment', primeMinisterCloze, { text: 'Kad' }, 0],
    ['typed only punctuation', primeMinisterCloze, { text: '...' }, 0],
    ['typed the option id', primeMinisterCloze, { text: 'c-kadhimi' }, 0],
    ['unanswered', primeMinisterCloze, undefined, 0],
    ['pairs', primeMinisterCloze, { pairs: { 'c-kadhimi': 'c-price' } }, 0],
  ])('%s → %d', (_name, q, answer, credit) => {
    expect(creditFor(q, answer)).toBe(credit)
  })
})

describe('creditFor: match, the share of pairs matched correctly', () => {
  test.each<Row>([
    [
      'all four right',
      rolesMatch,
      {
        pairs: {
          'm-price': 'r-spokesman',
          'm-kadhimi': 'r-pm',
          'm-bassiri': 'r-analyst',
          'm-biden': 'r-president',
        },
      },
      1,
    ],
    [
      'three of four, the fourth left empty',
      rolesMatch,
      { pairs: { 'm-price': 'r-spokesman', 'm-kadhimi': 'r-pm', 'm-bassiri': 'r-analyst' } },
      0.75,
    ],
    [
      'two of four, the other two swapped',
      rolesMatch,
      {
        pairs: {
          'm-price': 'r-spokesman',
          'm-kadhimi': 'r-pm',
          'm-bassiri': 'r-president',
          'm-biden': 'r-analyst',
        },
      },
      0.5,
    ],
    [
      'two of four, the rest left empty',
      rolesMatch,
      { pairs: { 'm-price': 'r-spokesman', 'm-biden': 'r-president' } },
      0.5,
    ],
    ['one of four', rolesMatch, { pairs: { 'm-kadhimi': 'r-pm', 'm-price': 'r-analyst' } }, 0.25],
    [
      'none right',
      rolesMatch,
      {
        pairs: {
          'm-price': 'r-pm',
          'm-kadhimi': 'r-spokesman',
          'm-bassiri': 'r-president',
          'm-biden': 'r-analyst',
        },
      },
      0,
    ],
    ['no pairs at all', rolesMatch, { pairs: {} }, 0],
    ['an option id instead of pairs', rolesMatch, { optionId: 'm-price' }, 0],
    ['unanswered', rolesMatch, undefined, 0],
  ])('%s → %d', (_name, q, answer, credit) => {
    expect(creditFor(q, answer)).toBe(credit)
  })
})

describe('creditFor: order, Kendall tau as a fraction of item pairs', () => {
  // Key: october < erbil < embassy < call. 4 items → 6 pairs.
  test.each<Row>([
    ['correct', eventsOrder, { order: ['e-october', 'e-erbil', 'e-embassy', 'e-call'] }, 1],
    ['reversed', eventsOrder, { order: ['e-call', 'e-embassy', 'e-erbil', 'e-october'] }, 0],
    [
      'first two swapped',
      eventsOrder,
      { order: ['e-erbil', 'e-october', 'e-embassy', 'e-call'] },
      5 / 6,
    ],
    [
      'middle two swapped',
      eventsOrder,
      { order: ['e-october', 'e-embassy', 'e-erbil', 'e-call'] },
      5 / 6,
    ],
    [
      'last two swapped',
      eventsOrder,
      { order: ['e-october', 'e-erbil', 'e-call', 'e-embassy'] },
      5 / 6,
    ],
    [
      'two disjoint neighbour swaps (2 of 6 pairs wrong)',
      eventsOrder,
      { order: ['e-erbil', 'e-october', 'e-call', 'e-embassy'] },
      4 / 6,
    ],
    [
      'first moved to the end (3 of 6 pairs wrong)',
      eventsOrder,
      { order: ['e-erbil', 'e-embassy', 'e-call', 'e-october'] },
      3 / 6,
    ],
    [
      'first and last exchanged (5 of 6 pairs wrong)',
      eventsOrder,
      { order: ['e-call', 'e-erbil', 'e-embassy', 'e-october'] },
      1 / 6,
    ],
    ['an option id instead of an order', eventsOrder, { optionId: 'e-october' }, 0],
    ['unanswered', eventsOrder, undefined, 0],
  ])('%s → %d', (_name, q, answer, credit) => {
    expect(creditFor(q, answer)).toBeCloseTo(credit, 12)
  })
})

describe('gradeSubmission', () => {
  test('a perfect attempt: every outcome correct, categories in CATEGORIES order', () => {
    expect(gradeSubmission(attempt, perfectAnswers)).toEqual<GradeResult>({
      outcomes: [
        { questionId: 'q-who-said', category: 'actor', credit: 1, status: 'correct' },
        { questionId: 'q-tf-embassy', category: 'place', credit: 1, status: 'correct' },
        { questionId: 'q-cloze-pm', category: 'actor', credit: 1, status: 'correct' },
        { questionId: 'q-match-roles', category: 'position', credit: 1, status: 'correct' },
        { questionId: 'q-order-events', category: 'date', credit: 1, status: 'correct' },
        { questionId: 'q-when-erbil', category: 'date', credit: 1, status: 'correct' },
      ],
      categories: [
        { category: 'actor', earned: 2, possible: 2 },
        { category: 'date', earned: 2, possible: 2 },
        { category: 'position', earned: 1, possible: 1 },
        { category: 'place', earned: 1, possible: 1 },
      ],
      score: 6,
      maxScore: 6,
    })
  })

  test('no answers: every outcome unanswered, score 0 of 6', () => {
    const result = gradeSubmission(attempt, {})
    expect(result.outcomes.map((o) => [o.questionId, o.credit, o.status])).toEqual([
      ['q-who-said', 0, 'unanswered'],
      ['q-tf-embassy', 0, 'unanswered'],
      ['q-cloze-pm', 0, 'unanswered'],
      ['q-match-roles', 0, 'unanswered'],
      ['q-order-events', 0, 'unanswered'],
      ['q-when-erbil', 0, 'unanswered'],
    ])
    expect(result.categories).toEqual([
      { category: 'actor', earned: 0, possible: 2 },
      { category: 'date', earned: 0, possible: 2 },
      { category: 'position', earned: 0, possible: 1 },
      { category: 'place', earned: 0, possible: 1 },
    ])
    expect(result.score).toBe(0)
    expect(result.maxScore).toBe(6)
  })

  test('a mixed attempt: wrong, unanswered, typed, partial match, partial order, right', () => {
    const result = gradeSubmission(attempt, {
      'q-who-said': { optionId: 'o-biden' },
      'q-cloze-pm': { text: 'Kadhimi' },
      'q-match-roles': {
        pairs: {
          'm-price': 'r-spokesman',
          'm-kadhimi': 'r-pm',
          'm-bassiri': 'r-president',
          'm-biden': 'r-analyst',
        },
      },
      'q-order-events': { order: ['e-erbil', 'e-october', 'e-embassy', 'e-call'] },
      'q-when-erbil': { optionId: 'd-feb15' },
    })
    expect(result).toEqual<GradeResult>({
      outcomes: [
        { questionId: 'q-who-said', category: 'actor', credit: 0, status: 'incorrect' },
        { questionId: 'q-tf-embassy', category: 'place', credit: 0, status: 'unanswered' },
        { questionId: 'q-cloze-pm', category: 'actor', credit: 1, status: 'correct' },
        { questionId: 'q-match-roles', category: 'position', credit: 0.5, status: 'partial' },
        { questionId: 'q-order-events', category: 'date', credit: 0.83, status: 'partial' },
        { questionId: 'q-when-erbil', category: 'date', credit: 1, status: 'correct' },
      ],
      categories: [
        { category: 'actor', earned: 1, possible: 2 },
        { category: 'date', earned: 1.83, possible: 2 },
        { category: 'position', earned: 0.5, possible: 1 },
        { category: 'place', earned: 0, possible: 1 },
      ],
      score: 3.33,
      maxScore: 6,
    })
  })

  test.each<[name: string, question: Question, answer: Answer, credit: number, status: string]>([
    [
      'reversed order',
      eventsOrder,
      { order: ['e-call', 'e-embassy', 'e-erbil', 'e-october'] },
      0,
      'incorrect',
    ],
    [
      'one neighbour swap of 4 → 5/6',
      eventsOrder,
      { order: ['e-october', 'e-erbil', 'e-call', 'e-embassy'] },
      0.83,
      'partial',
    ],
    [
      'first and last exchanged → 1/6',
      eventsOrder,
      { order: ['e-call', 'e-erbil', 'e-embassy', 'e-october'] },
      0.17,
      'partial',
    ],
    [
      'two neighbour swaps → 4/6',
      eventsOrder,
      { order: ['e-erbil', 'e-october', 'e-call', 'e-embassy'] },
      0.67,
      'partial',
    ],
    [
      'correct order',
      eventsOrder,
      { order: ['e-october', 'e-erbil', 'e-embassy', 'e-call'] },
      1,
      'correct',
    ],
    [
      'match 2 of 4',
      rolesMatch,
      { pairs: { 'm-price': 'r-spokesman', 'm-biden': 'r-president' } },
      0.5,
      'partial',
    ],
    [
      'match 3 of 4',
      rolesMatch,
      { pairs: { 'm-price': 'r-spokesman', 'm-biden': 'r-president', 'm-kadhimi': 'r-pm' } },
      0.75,
      'partial',
    ],
    ['match with no pairs is answered, not unanswered', rolesMatch, { pairs: {} }, 0, 'incorrect'],
    ['cloze typed wrong', primeMinisterCloze, { text: 'Aniseh Bassiri' }, 0, 'incorrect'],
    ['true-false wrong', embassyStatement, { optionId: 'tf-true' }, 0, 'incorrect'],
  ])('outcome for %s: credit %d, %s', (_name, q, answer, credit, status) => {
    const [outcome] = gradeSubmission([q], { [q.id]: answer }).outcomes
    expect(outcome).toEqual({ questionId: q.id, category: q.category, credit, status })
  })

  test('credits are rounded to 2 decimals and the score sums the rounded credits', () => {
    const thirds: Question[] = ['a', 'b', 'c'].map((n) => ({
      ...eventsOrder,
      id: `q-order-${n}`,
      items: eventsOrder.items.slice(1),
      key: { format: 'order', order: ['e-erbil', 'e-embassy', 'e-call'] },
    }))
    // 3 items → 3 pairs; swapping the last two leaves 2 of 3 pairs in order.
    const answers = Object.fromEntries(
      thirds.map((q) => [q.id, { order: ['e-erbil', 'e-call', 'e-embassy'] }]),
    )
    const result = gradeSubmission(thirds, answers)
    expect(result.outcomes.map((o) => o.credit)).toEqual([0.67, 0.67, 0.67])
    expect(result.categories).toEqual([{ category: 'date', earned: 2.01, possible: 3 }])
    expect(result.score).toBe(2.01)
    expect(result.maxScore).toBe(3)
  })

  test('a 3-pair match graded 1 of 3 gives 0.33, not 0.333…', () => {
    const threePairs: Question = {
      ...rolesMatch,
      left: rolesMatch.left.slice(0, 3),
      right: rolesMatch.right,
      key: {
        format: 'match',
        pairs: { 'm-price': 'r-spokesman', 'm-kadhimi': 'r-pm', 'm-bassiri': 'r-analyst' },
      },
    }
    const result = gradeSubmission([threePairs], {
      [threePairs.id]: { pairs: { 'm-price': 'r-spokesman', 'm-kadhimi': 'r-analyst' } },
    })
    expect(result.outcomes[0]?.credit).toBe(0.33)
    expect(result.score).toBe(0.33)
  })

  test('the score avoids floating-point drift (0.1 + 0.2 style sums)', () => {
    // 0.83 + 0.17 + 0.5 + 0.75 … summed in floating point must still come out at 2 decimals.
    const qs = ['w', 'x', 'y', 'z'].map((n): Question => ({ ...eventsOrder, id: `q-${n}` }))
    const orders = [
      ['e-october', 'e-erbil', 'e-call', 'e-embassy'], // 5/6 → 0.83
      ['e-call', 'e-erbil', 'e-embassy', 'e-october'], // 1/6 → 0.17
      ['e-erbil', 'e-embassy', 'e-call', 'e-october'], // 3/6 → 0.5
      ['e-erbil', 'e-october', 'e-call', 'e-embassy'], // 4/6 → 0.67
    ]
    const answers = Object.fromEntries(qs.map((q, i) => [q.id, { order: orders[i] ?? [] }]))
    const result = gradeSubmission(qs, answers)
    expect(result.outcomes.map((o) => o.credit)).toEqual([0.83, 0.17, 0.5, 0.67])
    expect(result.score).toBe(2.17)
    expect(result.categories).toEqual([{ category: 'date', earned: 2.17, possible: 4 }])
  })

  test('answers to questions outside the attempt are ignored', () => {
    const result = gradeSubmission([whoSaid], {
      'q-who-said': { optionId: 'o-price' },
      'q-not-in-attempt': { optionId: 'o-price' },
    })
    expect(result.outcomes).toHaveLength(1)
    expect(result.score).toBe(1)
    expect(result.maxScore).toBe(1)
  })

  test('categories follow CATEGORIES, not the order questions come in, and skip absent ones', () => {
    const result = gradeSubmission([embassyStatement, erbilDate, whoSaid], {
      'q-tf-embassy': { optionId: 'tf-false' },
    })
    expect(result.categories).toEqual([
      { category: 'actor', earned: 0, possible: 1 },
      { category: 'date', earned: 0, possible: 1 },
      { category: 'place', earned: 1, possible: 1 },
    ])
  })

  test('an empty attempt scores 0 of 0 with no categories', () => {
    expect(gradeSubmission([], {})).toEqual({ outcomes: [], categories: [], score: 0, maxScore: 0 })
  })

  test('maxScore counts every question, answered or not', () => {
    expect(gradeSubmission(attempt, { 'q-who-said': { optionId: 'o-price' } })).toMatchObject({
      score: 1,
      maxScore: 6,
    })
  })
})

describe('grading uses ids only, never the position of options', () => {
  const reversed = attempt.map(withOptionsReversed)
  const answerSets: Record<string, Answer>[] = [
    perfectAnswers,
    {},
    {
      'q-who-said': { optionId: 'o-bassiri' },
      'q-tf-embassy': { optionId: 'tf-false' },
      'q-cloze-pm': { optionId: 'c-price' },
      'q-match-roles': { pairs: { 'm-biden': 'r-president', 'm-price': 'r-pm' } },
      'q-order-events': { order: ['e-october', 'e-embassy', 'e-erbil', 'e-call'] },
    },
  ]

  test('the fixtures really are reversed', () => {
    expect(reversed.map((q) => q.id)).toEqual(attempt.map((q) => q.id))
    expect(reversed[0]?.format === 'single' && reversed[0].options[0]?.id).toBe('o-biden')
    expect(reversed[4]?.format === 'order' && reversed[4].items[0]?.id).toBe('e-erbil')
  })

  test.each(answerSets.map((answers, i) => [i, answers] as const))(
    'answer set %d grades the same with options reversed',
    (_i, answers) => {
      expect(gradeSubmission(reversed, answers)).toEqual(gradeSubmission(attempt, answers))
    },
  )

  test('listing the order question’s items in key order does not make a wrong answer right', () => {
    const itemsInKeyOrder: QuestionOf<'order'> = {
      ...eventsOrder,
      items: [...eventsOrder.items].sort(
        (a, b) => EVENTS_IN_ORDER.indexOf(a.id) - EVENTS_IN_ORDER.indexOf(b.id),
      ),
    }
    expect(itemsInKeyOrder.items.map((i) => i.id)).toEqual(EVENTS_IN_ORDER)
    const answer: Answer = { order: ['e-call', 'e-embassy', 'e-erbil', 'e-october'] }
    expect(creditFor(itemsInKeyOrder, answer)).toBe(0)
    expect(creditFor(eventsOrder, answer)).toBe(0)
  })

  test('the position of the right option does not matter for single choice', () => {
    expect(erbilDate.options[0]?.id).toBe('d-feb15')
    const moved = withOptionsReversed(erbilDate)
    expect(creditFor(moved, { optionId: 'd-feb15' })).toBe(1)
    expect(creditFor(moved, { optionId: 'd-oct' })).toBe(0)
  })
})
