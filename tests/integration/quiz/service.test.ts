/**
 * The quiz service on a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL):
 * start → state → submit, graded once, stored as shown. Answers are derived from the
 * attempt's keyed questions, never from question texts.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Database } from '@/lib/db/open'
import { getAttemptWithVersion } from '@/lib/db/queries/attempts'
import { AppError } from '@/lib/errors'
import type { Answer } from '@/lib/grading'
import { publicQuestionSchema, type Question } from '@/lib/questions/types'
import { forgetStartedAttempts } from '@/lib/quiz/cache'
import { toSubmissionResult } from '@/lib/quiz/schemas'
import { getAttemptState, startAttempt, submitAttempt } from '@/lib/quiz/service'
import {
  answersFor,
  attemptRow,
  correctAnswer,
  keyedQuestions,
  newSubmissionKey,
  optionIdsOf,
  SLUG,
  wrongAnswer,
} from '../../support/quiz'
import { createTestDatabase, testDatabaseKind } from '../../support/test-db'

let database: Database
beforeAll(async () => {
  database = await createTestDatabase()
})
afterAll(async () => {
  await database?.close()
})

const db = () => database.db
const PRIVATE_FIELDS = ['key', 'explanation', 'evidence', 'quality', 'accepted', 'pairs', 'order']
const spans = (q: Question) => q.evidence.map((e) => `${e.sentenceId}:${e.start}-${e.end}`)

async function started(count?: number) {
  const state = await startAttempt(db(), count ? { slug: SLUG, count } : { slug: SLUG })
  return { state, questions: await keyedQuestions(db(), state.attemptId) }
}

/** Expects `promise` to reject with an AppError of this code. */
async function rejectsWith(promise: Promise<unknown>, code: string) {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(AppError)
  expect((err as AppError).code).toBe(code)
  return err as AppError
}

describe(`quiz service on ${testDatabaseKind}`, () => {
  test('starting gives 10 strictly public questions, stored with their variant', async () => {
    const { state, questions } = await started()
    expect(state.submitted).toBe(false)
    expect(state.result).toBeNull()
    expect(state.slug).toBe(SLUG)
    expect(state.questions).toHaveLength(10)
    for (const q of state.questions) {
      expect(publicQuestionSchema.parse(q)).toEqual(q)
      for (const field of PRIVATE_FIELDS) expect(q).not.toHaveProperty(field)
    }
    expect(new Set(state.questions.map((q) => q.id)).size).toBe(10)
    // The browser sees exactly the stored variant: same questions, same option order.
    expect(questions.map((q) => q.id)).toEqual(state.questions.map((q) => q.id))
    questions.forEach((q, i) => {
      expect(optionIdsOf(state.questions[i] as never)).toEqual(optionIdsOf(q as never))
    })
    const row = await attemptRow(db(), state.attemptId)
    expect(row).toMatchObject({ maxScore: 10, submittedAt: null, answers: null, score: null })
    expect(row?.variant.map((v) => v.questionId)).toEqual(questions.map((q) => q.id))
    expect(state.attemptId).toMatch(/^[A-Za-z0-9_-]{24}$/)
  })

  test('a requested count is honoured', async () => {
    const { state } = await started(3)
    expect(state.questions).toHaveLength(3)
    expect((await attemptRow(db(), state.attemptId))?.maxScore).toBe(3)
  })

  test('variants are balanced across categories and use every format the pool allows', async () => {
    const seen = new Set<string>()
    const poolFormats = new Set<string>()
    for (let i = 0; i < 12; i++) {
      const { state, questions } = await started()
      const row = await getAttemptWithVersion(db(), state.attemptId)
      const pool = row?.version.pool ?? []
      for (const q of pool) poolFormats.add(q.format)
      const used = new Set(questions.flatMap(spans))
      // Never two questions on the same fact.
      expect(used.size).toBe(questions.flatMap(spans).length)
      const blocked = (q: Question) =>
        questions.some((c) => c.id === q.id) || spans(q).some((s) => used.has(s))
      const count = (c: string) => questions.filter((q) => q.category === c).length
      const categories = [...new Set(pool.map((q) => q.category))]
      for (const a of categories) {
        for (const b of categories) {
          // b may lag a by more than one only when b has nothing left to ask.
          if (count(a) > count(b) + 1) {
            expect(
              pool.filter((q) => q.category === b).every(blocked),
              `${a}: ${count(a)} vs ${b}: ${count(b)}`,
            ).toBe(true)
          }
        }
      }
      // A format of the pool is missing only when each of its questions repeats a chosen fact.
      const formats = new Set(questions.map((q) => q.format))
      for (const q of pool) if (!formats.has(q.format)) expect(blocked(q), q.format).toBe(true)
      for (const q of state.questions) seen.add(q.format)
    }
    // Across a dozen variants, every format of the pool shows up.
    expect([...seen].sort()).toEqual([...poolFormats].sort())
  })

  test('the state of a fresh attempt is its public questions, without a result', async () => {
    const { state } = await started()
    const again = await getAttemptState(db(), state.attemptId)
    expect(again).toEqual(state)
  })

  test('all correct scores the maximum; what is shown is what is stored', async () => {
    const { state, questions } = await started()
    const submissionKey = newSubmissionKey()
    const answers = answersFor(questions, correctAnswer)
    const result = await submitAttempt(db(), state.attemptId, { submissionKey, answers })
    expect(result.submitted).toBe(true)
    // The result does not repeat the questions: the submitter has them.
    expect(result).not.toHaveProperty('questions')
    expect(result.result?.score).toBe(10)
    expect(result.result?.maxScore).toBe(10)
    expect(result.result?.revealed).toBe(true)
    expect(result.result?.feedback.map((f) => f.status)).toEqual(Array(10).fill('correct'))
    for (const c of result.result?.categories ?? []) expect(c.earned).toBe(c.possible)
    expect(result.result?.categories.reduce((n, c) => n + c.possible, 0)).toBe(10)
    // Feedback reveals the key only now: explanation and evidence for every question.
    result.result?.feedback.forEach((f, i) => {
      const q = questions[i] as Question
      expect(f.questionId).toBe(q.id)
      expect(f.explanation).toBe(q.explanation)
      expect(f.evidence).toEqual([...new Set(q.evidence.map((e) => e.sentenceId))])
      expect(f.correctAnswer?.length).toBeGreaterThan(0)
    })

    const row = await attemptRow(db(), state.attemptId)
    expect(row?.answers).toEqual(answers)
    expect(row?.score).toBe(10)
    expect(row?.submissionKey).toBe(submissionKey)
    expect(row?.submittedAt).toBeInstanceOf(Date)
    expect(row?.outcomes?.map((o) => o.credit)).toEqual(Array(10).fill(1))
    expect(await getAttemptState(db(), state.attemptId)).toEqual({
      ...result,
      questions: state.questions,
    })
  })

  test('an attempt started on another instance (or before a restart) is graded and stored alike', async () => {
    const results = []
    for (const startedHere of [true, false]) {
      const { state, questions } = await started()
      // The process that grades it never saw it start: it must read the row.
      if (!startedHere) forgetStartedAttempts()
      const wrong = new Set(questions.slice(0, 3).map((q) => q.id))
      const answers = answersFor(questions, (q) =>
        wrong.has(q.id) ? wrongAnswer(q) : correctAnswer(q),
      )
      const result = await submitAttempt(db(), state.attemptId, {
        submissionKey: newSubmissionKey(),
        answers,
      })
      expect((await attemptRow(db(), state.attemptId))?.answers).toEqual(answers)
      expect(await getAttemptState(db(), state.attemptId)).toEqual({
        ...result,
        questions: state.questions,
      })
      results.push(result.result)
    }
    const [here, elsewhere] = results
    expect(elsewhere?.feedback.map((f) => f.status)).toEqual(here?.feedback.map((f) => f.status))
    expect(elsewhere?.score).toBe(here?.score)
    expect(here?.score).toBeLessThan(10)
  })

  test('typed cloze answers in the accepted form count as correct', async () => {
    for (let i = 0; i < 20; i++) {
      const { state, questions } = await started()
      const cloze = questions.find((q) => q.key.format === 'cloze')
      if (cloze?.key.format !== 'cloze') continue
      const accepted = cloze.key.accepted[0] ?? ''
      const result = await submitAttempt(db(), state.attemptId, {
        submissionKey: newSubmissionKey(),
        answers: { [cloze.id]: { text: `  ${accepted.toUpperCase()}  ` } },
      })
      expect(result.result?.feedback.find((f) => f.questionId === cloze.id)?.status).toBe('correct')
      expect(result.result?.score).toBe(1)
      return
    }
    throw new Error('no variant with a cloze question in 20 attempts')
  })

  test('all wrong scores 0; unanswered questions count as unanswered', async () => {
    const { state, questions } = await started()
    const wrong = await submitAttempt(db(), state.attemptId, {
      submissionKey: newSubmissionKey(),
      answers: answersFor(questions, wrongAnswer),
    })
    expect(wrong.result?.score).toBe(0)
    expect(wrong.result?.feedback.map((f) => f.status)).toEqual(Array(10).fill('incorrect'))
    for (const c of wrong.result?.categories ?? []) expect(c.earned).toBe(0)

    const other = await started()
    const empty = await submitAttempt(db(), other.state.attemptId, {
      submissionKey: newSubmissionKey(),
      answers: {},
    })
    expect(empty.result?.score).toBe(0)
    expect(empty.result?.feedback.map((f) => f.status)).toEqual(Array(10).fill('unanswered'))
  })

  test('match and order questions earn documented partial credit', async () => {
    let checked = 0
    for (let i = 0; i < 30 && checked < 2; i++) {
      const { state, questions } = await started()
      const answers: Record<string, Answer> = {}
      const expected = new Map<string, number>()
      for (const q of questions) {
        if (q.key.format === 'match') {
          const pairs = { ...q.key.pairs }
          const lefts = Object.keys(pairs)
          const first = lefts[0] as string
          pairs[first] = (wrongAnswer(q) as { pairs: Record<string, string> }).pairs[first] ?? ''
          answers[q.id] = { pairs }
          expected.set(q.id, Math.round(((lefts.length - 1) / lefts.length) * 100) / 100)
        } else if (q.key.format === 'order') {
          const order = [...q.key.order]
          ;[order[0], order[1]] = [order[1] as string, order[0] as string]
          answers[q.id] = { order }
          const n = order.length
          const pairsTotal = (n * (n - 1)) / 2
          expected.set(q.id, Math.round(((pairsTotal - 1) / pairsTotal) * 100) / 100)
        }
      }
      if (expected.size === 0) continue
      const result = await submitAttempt(db(), state.attemptId, {
        submissionKey: newSubmissionKey(),
        answers,
      })
      for (const [id, credit] of expected) {
        const f = result.result?.feedback.find((x) => x.questionId === id)
        expect(f?.status).toBe('partial')
        expect(f?.credit).toBe(credit)
      }
      checked += 1
    }
    expect(checked).toBeGreaterThan(0)
  })

  test('submitting twice returns the first result and grades once', async () => {
    const { state, questions } = await started()
    const first = await submitAttempt(db(), state.attemptId, {
      submissionKey: newSubmissionKey(),
      answers: answersFor(questions, correctAnswer),
    })
    const stored = await attemptRow(db(), state.attemptId)
    const same = await submitAttempt(db(), state.attemptId, {
      submissionKey: stored?.submissionKey ?? '',
      answers: answersFor(questions, correctAnswer),
    })
    const different = await submitAttempt(db(), state.attemptId, {
      submissionKey: newSubmissionKey(),
      answers: answersFor(questions, wrongAnswer),
    })
    const nonsense = await submitAttempt(db(), state.attemptId, {
      submissionKey: newSubmissionKey(),
      answers: { 'not-a-question': { optionId: 'nope' } },
    })
    expect(same).toEqual(first)
    expect(different).toEqual(first)
    expect(nonsense).toEqual(first)
    expect(await attemptRow(db(), state.attemptId)).toEqual(stored)
  })

  test('racing submissions store exactly one grading and all answer with it', async () => {
    for (const racers of [2, 8]) {
      const { state, questions } = await started()
      const bodies = Array.from({ length: racers }, (_, i) => ({
        submissionKey: newSubmissionKey(),
        answers: answersFor(questions, i % 2 === 0 ? correctAnswer : wrongAnswer),
      }))
      const results = await Promise.all(bodies.map((b) => submitAttempt(db(), state.attemptId, b)))
      const row = await attemptRow(db(), state.attemptId)
      const winner = bodies.find((b) => b.submissionKey === row?.submissionKey)
      expect(winner).toBeDefined()
      expect(row?.answers).toEqual(winner?.answers)
      for (const r of results) expect(r).toEqual(results[0])
      expect(results[0]?.result?.score).toBe(row?.score)
      expect(toSubmissionResult(await getAttemptState(db(), state.attemptId))).toEqual(results[0])
    }
  })

  describe('answers that do not belong to the attempt are refused and nothing is stored', () => {
    const cases: [string, (qs: Question[], other: Question[]) => Record<string, Answer>][] = [
      ['an unknown question id', () => ({ 'no-such-question': { optionId: 'x' } })],
      [
        'an unknown option id',
        (qs) => {
          const q = qs.find((x) => 'options' in x) as Question
          return { [q.id]: { optionId: 'no-such-option' } }
        },
      ],
      [
        "another question's option id",
        (qs) => {
          const a = qs.find((x) => 'options' in x) as Question
          const b = qs.find((x) => x.id !== a.id && 'options' in x) as Question
          return { [a.id]: { optionId: optionIdsOf(b as never)[0] ?? '' } }
        },
      ],
      [
        "a question of another attempt's variant",
        (qs, other) => {
          const mine = new Set(qs.map((q) => q.id))
          const foreign = other.find((q) => !mine.has(q.id)) as Question
          return { ...answersFor(qs, correctAnswer), [foreign.id]: correctAnswer(foreign) }
        },
      ],
      [
        'a right answer in the wrong form',
        (qs) => {
          const q = qs.find((x) => x.format === 'single') as Question
          return { [q.id]: { text: 'typed' } }
        },
      ],
    ]
    for (const [name, build] of cases) {
      test(name, async () => {
        const { state, questions } = await started()
        // Two seeds may draw the same ten questions; start others until one differs.
        let other = await started()
        const mine = new Set(questions.map((q) => q.id))
        for (let i = 0; i < 8 && other.questions.every((q) => mine.has(q.id)); i++)
          other = await started()
        const before = await attemptRow(db(), state.attemptId)
        const err = await rejectsWith(
          submitAttempt(db(), state.attemptId, {
            submissionKey: newSubmissionKey(),
            answers: build(questions, other.questions),
          }),
          'unprocessable:submission',
        )
        expect(err.status).toBe(422)
        expect(err.details).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              questionId: expect.any(String),
              message: expect.any(String),
            }),
          ]),
        )
        expect(await attemptRow(db(), state.attemptId)).toEqual(before)
        expect(await attemptRow(db(), other.state.attemptId)).toMatchObject({ submittedAt: null })
      })
    }
  })

  test('unknown attempts and modules are not found', async () => {
    await rejectsWith(getAttemptState(db(), 'A'.repeat(24)), 'not_found:attempt')
    await rejectsWith(
      submitAttempt(db(), 'A'.repeat(24), { submissionKey: newSubmissionKey(), answers: {} }),
      'not_found:attempt',
    )
    await rejectsWith(startAttempt(db(), { slug: 'no-such-article' }), 'not_found:module')
  })
})
