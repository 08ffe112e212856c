import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  type Answer,
  answerSchema,
  creditFor,
  findSubmissionProblems,
  type GradeResult,
  gradeSubmission,
} from '@/lib/grading'
import type { Question } from '@/lib/questions/types'
import { attempt, EVENTS_IN_ORDER, eventsOrder, idsOf } from './fixtures'

const RUNS = { numRuns: 500 }
const round2 = (n: number) => Math.round(n * 100) / 100

/** Every id the attempt knows, question and option ids alike: the likeliest ids to collide. */
const knownIds = [...new Set([...attempt.map((q) => q.id), ...attempt.flatMap(idsOf)])]

const anyId = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...knownIds) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 64 }) },
)

const anyText = fc
  .oneof(
    fc.constantFrom('Kadhimi', 'al-Kadhimi’s', 'Mustafa al-Kadhimi', 'Ned Price', 'Kad', '!!!'),
    fc.string({ minLength: 1, maxLength: 200 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
  )
  .filter((t) => t.trim().length > 0 && t.trim().length <= 200)
  .map((t) => t.trim())

/** Any answer the schema accepts, whether or not it fits the question it is sent for. */
const anyAnswer: fc.Arbitrary<Answer> = fc.oneof(
  fc.record({ optionId: anyId }),
  fc.record({ text: anyText }),
  fc.record({ pairs: fc.dictionary(anyId, anyId, { maxKeys: 6 }) }),
  fc.record({ order: fc.array(anyId, { minLength: 2, maxLength: 8 }) }),
  fc.record({ order: fc.shuffledSubarray(idsOf(eventsOrder), { minLength: 2 }) }),
)

/** An answer that fits `q` (right or wrong), built from its own ids. */
function fittingAnswer(q: Question): fc.Arbitrary<Answer> {
  switch (q.format) {
    case 'single':
    case 'true-false':
      return fc.record({ optionId: fc.constantFrom(...idsOf(q)) })
    case 'cloze':
      return fc.oneof(
        fc.record({ optionId: fc.constantFrom(...idsOf(q)) }),
        fc.record({ text: anyText }),
      )
    case 'match': {
      const lefts = q.left.map((o) => o.id)
      const rights = q.right.map((o) => o.id)
      return fc
        .tuple(
          fc.shuffledSubarray(lefts),
          fc.shuffledSubarray(rights, { minLength: rights.length }),
        )
        .map(([ls, rs]) => ({ pairs: Object.fromEntries(ls.map((l, i) => [l, rs[i] ?? ''])) }))
    }
    case 'order': {
      const items = idsOf(q)
      return fc.record({ order: fc.shuffledSubarray(items, { minLength: items.length }) })
    }
  }
}

/** Some of the attempt's questions answered, each with an answer that fits it. */
const fittingAnswers: fc.Arbitrary<Record<string, Answer>> = fc
  .tuple(...attempt.map((q) => fc.option(fittingAnswer(q), { nil: undefined })))
  .map((answers) =>
    Object.fromEntries(
      answers.flatMap((a, i) => {
        const q = attempt[i]
        return a && q ? [[q.id, a] as const] : []
      }),
    ),
  )

/** Random maps: question ids (mostly real ones) to any schema-valid answer. */
const anyAnswers: fc.Arbitrary<Record<string, Answer>> = fc.oneof(
  fc.dictionary(anyId, anyAnswer, { maxKeys: 8 }),
  fc
    .tuple(fittingAnswers, fc.dictionary(anyId, anyAnswer, { maxKeys: 2 }))
    .map(([fit, noise]) => ({ ...fit, ...noise })),
)

function expectConsistent(
  result: GradeResult,
  questions: Question[],
  answers: Record<string, Answer>,
) {
  expect(result.maxScore).toBe(questions.length)
  expect(result.outcomes.map((o) => o.questionId)).toEqual(questions.map((q) => q.id))
  for (const o of result.outcomes) {
    expect(o.credit).toBeGreaterThanOrEqual(0)
    expect(o.credit).toBeLessThanOrEqual(1)
    expect(o.credit).toBe(round2(o.credit))
    const answered = Object.hasOwn(answers, o.questionId)
    const expected = !answered
      ? 'unanswered'
      : o.credit === 1
        ? 'correct'
        : o.credit > 0
          ? 'partial'
          : 'incorrect'
    expect(o.status).toBe(expected)
  }
  const sum = result.outcomes.reduce((s, o) => s + o.credit, 0)
  expect(result.score).toBe(round2(sum))
  expect(result.score).toBeGreaterThanOrEqual(0)
  expect(result.score).toBeLessThanOrEqual(result.maxScore)
  expect(result.categories.reduce((s, c) => s + c.possible, 0)).toBe(result.maxScore)
  expect(round2(result.categories.reduce((s, c) => s + c.earned, 0))).toBe(result.score)
  for (const c of result.categories) expect(c.earned).toBeLessThanOrEqual(c.possible)
}

describe('grading properties (fast-check)', () => {
  test('the generators only make answers the schema accepts', () => {
    fc.assert(
      fc.property(anyAnswer, (a) => {
        expect(answerSchema.safeParse(a).success).toBe(true)
      }),
      RUNS,
    )
  })

  test('answers built from a question’s own ids are never a problem', () => {
    fc.assert(
      fc.property(fittingAnswers, (answers) => {
        expect(findSubmissionProblems(attempt, answers)).toEqual([])
      }),
      RUNS,
    )
  })

  test('after findSubmissionProblems returns [], grading never throws and adds up', () => {
    let graded = 0
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        fc.pre(findSubmissionProblems(attempt, answers).length === 0)
        graded += 1
        expectConsistent(gradeSubmission(attempt, answers), attempt, answers)
      }),
      { numRuns: 1000 },
    )
    expect(graded).toBe(1000)
  })

  test('even answers with problems never give a credit outside [0, 1] or throw', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        for (const q of attempt) {
          const credit = creditFor(q, answers[q.id])
          expect(credit).toBeGreaterThanOrEqual(0)
          expect(credit).toBeLessThanOrEqual(1)
        }
        const result = gradeSubmission(attempt, answers)
        expect(result.score).toBeLessThanOrEqual(result.maxScore)
      }),
      RUNS,
    )
  })

  test('order credit is 1 − inversions / pairs for every permutation', () => {
    const key = EVENTS_IN_ORDER
    fc.assert(
      fc.property(fc.shuffledSubarray(key, { minLength: key.length }), (given) => {
        const rank = given.map((id) => key.indexOf(id))
        let inversions = 0
        for (let i = 0; i < rank.length; i++)
          for (let j = i + 1; j < rank.length; j++)
            if ((rank[i] ?? 0) > (rank[j] ?? 0)) inversions += 1
        expect(creditFor(eventsOrder, { order: given })).toBeCloseTo(1 - inversions / 6, 12)
        expect(creditFor(eventsOrder, { order: [...given].reverse() })).toBeCloseTo(
          inversions / 6,
          12,
        )
      }),
      RUNS,
    )
  })

  test('shuffling the options of every question never changes the grade', () => {
    const shuffledAttempt = fc.tuple(
      ...attempt.map((q): fc.Arbitrary<Question> => {
        switch (q.format) {
          case 'match':
            return fc
              .tuple(
                fc.shuffledSubarray(q.left, { minLength: q.left.length }),
                fc.shuffledSubarray(q.right, { minLength: q.right.length }),
              )
              .map(([left, right]) => ({ ...q, left, right }))
          case 'order':
            return fc
              .shuffledSubarray(q.items, { minLength: q.items.length })
              .map((items) => ({ ...q, items }))
          default:
            return fc
              .shuffledSubarray(q.options, { minLength: q.options.length })
              .map((options) => ({ ...q, options }) as Question)
        }
      }),
    )
    fc.assert(
      fc.property(shuffledAttempt, fittingAnswers, (shuffled, answers) => {
        expect(gradeSubmission(shuffled, answers)).toEqual(gradeSubmission(attempt, answers))
      }),
      RUNS,
    )
  })
})
