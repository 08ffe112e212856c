/**
 * The quiz route handlers, called directly with Requests against the app's process-wide
 * database (in-memory PGlite, or a fresh PostgreSQL database with TEST_DATABASE_URL).
 * Every refusal is a clear 4xx JSON error, never a 500, and stores nothing.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import type { Db } from '@/lib/db/open'
import type { Question } from '@/lib/questions/types'
import { publicQuestionSchema } from '@/lib/questions/types'
import type { AttemptState, SubmissionResult } from '@/lib/quiz/schemas'
import {
  type AttemptRoutes,
  answersFor,
  attemptRow,
  context,
  correctAnswer,
  errorOf,
  jsonRequest,
  keyedQuestions,
  loadAttemptRoutes,
  newSubmissionKey,
  optionIdsOf,
  SLUG,
  useAppDatabase,
  wrongAnswer,
} from '../../support/quiz'
import { testDatabaseKind } from '../../support/test-db'

let cleanup: () => Promise<void>
let startRoute: AttemptRoutes['start']
let stateRoute: AttemptRoutes['state']
let submitRoute: AttemptRoutes['submit']
let db: Db

beforeAll(async () => {
  cleanup = await useAppDatabase()
  const routes = await loadAttemptRoutes()
  startRoute = routes.start
  stateRoute = routes.state
  submitRoute = routes.submit
  const client = await import('@/lib/db/client')
  db = await client.getDb()
  expect((await client.getDatabase()).kind).toBe(testDatabaseKind)
})
afterAll(async () => {
  await cleanup?.()
})

const start = (body: unknown, headers?: Record<string, string>) =>
  startRoute.POST(jsonRequest('/api/attempts', body, headers ? { headers } : {}))
const getState = (attemptId: string) =>
  stateRoute.GET(
    jsonRequest(`/api/attempts/${attemptId}`, undefined, { method: 'GET' }),
    context(attemptId),
  )
const submit = (attemptId: string, body: unknown, headers?: Record<string, string>) =>
  submitRoute.POST(
    jsonRequest(`/api/attempts/${attemptId}/submission`, body, headers ? { headers } : {}),
    context(attemptId),
  )

async function startedAttempt() {
  const response = await start({ slug: SLUG })
  expect(response.status).toBe(201)
  const state = (await response.json()) as AttemptState
  return { state, questions: await keyedQuestions(db, state.attemptId) }
}

/** A refusal: the status, a clear JSON error with this code, no-store, never cached. */
async function expectRefusal(response: Response, status: number, code: string) {
  expect(response.status).toBe(status)
  expect(response.headers.get('content-type')).toMatch(/^application\/json/)
  expect(response.headers.get('cache-control')).toBe('no-store')
  const error = await errorOf(response)
  expect(error.code).toBe(code)
  // Written for people: no stack traces or internals.
  expect(error.message).not.toMatch(/at \w+ \(|node_modules|TypeError|SyntaxError|drizzle|pglite/i)
  return error
}

const PRIVATE = /"(key|explanation|evidence|quality|accepted|sentenceId|pool|correctAnswer)"/

describe(`POST /api/attempts on ${testDatabaseKind}`, () => {
  test('201 with exactly 10 public questions and nothing of the key', async () => {
    const response = await start({ slug: SLUG })
    expect(response.status).toBe(201)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const text = await response.text()
    expect(text).not.toMatch(PRIVATE)
    const state = JSON.parse(text) as AttemptState
    expect(state).toMatchObject({ slug: SLUG, submitted: false, result: null })
    expect(state.questions).toHaveLength(10)
    for (const q of state.questions) publicQuestionSchema.parse(q)
    const keyed = await keyedQuestions(db, state.attemptId)
    for (const q of keyed) {
      expect(text).not.toContain(JSON.stringify(q.explanation).slice(1, -1))
      expect(text).not.toContain(JSON.stringify(q.key))
    }
  })

  test('a count between 3 and 20 is honoured; others are refused', async () => {
    const response = await start({ slug: SLUG, count: 4 })
    expect(response.status).toBe(201)
    expect(((await response.json()) as AttemptState).questions).toHaveLength(4)
    for (const count of [2, 21, 3.5, '5', null])
      await expectRefusal(await start({ slug: SLUG, count }), 400, 'bad_request:attempt')
  })

  test('an unknown module is 404; a malformed slug or body is 400; a huge body is 413', async () => {
    await expectRefusal(await start({ slug: 'no-such-article' }), 404, 'not_found:module')
    for (const slug of ['Bad..Slug', '', '../etc/passwd', 'a'.repeat(81), 42, null]) {
      const error = await expectRefusal(await start({ slug }), 400, 'bad_request:attempt')
      expect(error.details).toEqual(
        expect.arrayContaining([expect.objectContaining({ path: 'slug' })]),
      )
    }
    for (const body of [{}, [], 'null', '"x"', { slug: SLUG, extra: 1 }])
      await expectRefusal(await start(body), 400, 'bad_request:attempt')
    await expectRefusal(await start('{"slug":'), 400, 'bad_request:body')
    await expectRefusal(await start(''), 400, 'bad_request:body')
    await expectRefusal(await start(undefined), 400, 'bad_request:body')
    const huge = { slug: SLUG, pad: 'x'.repeat(2_000) }
    await expectRefusal(await start(huge), 413, 'too_large:body')
    await expectRefusal(await start(huge, { 'content-length': '2050' }), 413, 'too_large:body')
  })
})

describe(`GET /api/attempts/[attemptId] on ${testDatabaseKind}`, () => {
  test('the state of a fresh attempt equals what starting returned', async () => {
    const { state } = await startedAttempt()
    const response = await getState(state.attemptId)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const text = await response.text()
    expect(text).not.toMatch(PRIVATE)
    expect(JSON.parse(text)).toEqual(state)
  })

  test('malformed and unknown attempt ids are 404', async () => {
    for (const id of ['abc', 'A'.repeat(23), 'A'.repeat(25), '../../etc', '%00', 'A'.repeat(24)])
      await expectRefusal(await getState(id), 404, 'not_found:attempt')
  })
})

describe(`POST /api/attempts/[attemptId]/submission on ${testDatabaseKind}`, () => {
  test('a correct submission scores the maximum and GET shows the same result', async () => {
    const { state, questions } = await startedAttempt()
    const body = {
      submissionKey: newSubmissionKey(),
      answers: answersFor(questions, correctAnswer),
    }
    const response = await submit(state.attemptId, body)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const result = (await response.json()) as SubmissionResult
    // The browser already holds the questions: the result does not repeat them.
    expect(result).not.toHaveProperty('questions')
    expect(result.submitted).toBe(true)
    expect(result.result).toMatchObject({ score: 10, maxScore: 10, revealed: true })
    expect(result.result?.feedback.every((f) => f.status === 'correct')).toBe(true)
    const row = await attemptRow(db, state.attemptId)
    expect(row).toMatchObject({
      score: 10,
      answers: body.answers,
      submissionKey: body.submissionKey,
    })
    expect(await (await getState(state.attemptId)).json()).toEqual({
      ...result,
      questions: state.questions,
    })
  })

  test('wrong answers score 0', async () => {
    const { state, questions } = await startedAttempt()
    const response = await submit(state.attemptId, {
      submissionKey: newSubmissionKey(),
      answers: answersFor(questions, wrongAnswer),
    })
    expect(response.status).toBe(200)
    const result = (await response.json()) as AttemptState
    expect(result.result?.score).toBe(0)
    expect(result.result?.feedback.map((f) => f.status)).toEqual(Array(10).fill('incorrect'))
    expect((await attemptRow(db, state.attemptId))?.score).toBe(0)
  })

  test('submitting twice (same or different body) returns the first result, graded once', async () => {
    const { state, questions } = await startedAttempt()
    const body = {
      submissionKey: newSubmissionKey(),
      answers: answersFor(questions, correctAnswer),
    }
    const first = await (await submit(state.attemptId, body)).json()
    const stored = await attemptRow(db, state.attemptId)
    expect(stored?.submittedAt).toBeInstanceOf(Date)
    const again = [
      body,
      { submissionKey: newSubmissionKey(), answers: answersFor(questions, wrongAnswer) },
      { submissionKey: body.submissionKey, answers: {} },
    ]
    for (const b of again) {
      const response = await submit(state.attemptId, b)
      expect(response.status).toBe(200)
      expect(await response.json()).toEqual(first)
    }
    const after = await attemptRow(db, state.attemptId)
    expect(after).toEqual(stored)
    expect(after?.submittedAt?.getTime()).toBe(stored?.submittedAt?.getTime())
  })

  test('two concurrent submissions store one grading and both answer with it', async () => {
    const { state, questions } = await startedAttempt()
    const bodies = [
      { submissionKey: newSubmissionKey(), answers: answersFor(questions, correctAnswer) },
      { submissionKey: newSubmissionKey(), answers: answersFor(questions, wrongAnswer) },
    ]
    const responses = await Promise.all(bodies.map((b) => submit(state.attemptId, b)))
    expect(responses.map((r) => r.status)).toEqual([200, 200])
    const [a, b] = (await Promise.all(responses.map((r) => r.json()))) as AttemptState[]
    expect(a).toEqual(b)
    const row = await attemptRow(db, state.attemptId)
    const winner = bodies.find((x) => x.submissionKey === row?.submissionKey)
    expect(row?.answers).toEqual(winner?.answers)
    expect(a?.result?.score).toBe(row?.score)
    expect([0, 10]).toContain(row?.score)
  })

  describe('tampering: a clear 4xx, never a 500, nothing stored', () => {
    let target: { state: AttemptState; questions: Question[] }
    let other: { state: AttemptState; questions: Question[] }
    // A fresh pair per test, so one wrongly stored grading cannot mask the other cases.
    beforeEach(async () => {
      target = await startedAttempt()
      other = await startedAttempt()
    })

    const valid = () => ({
      submissionKey: newSubmissionKey(),
      answers: answersFor(target.questions, correctAnswer),
    })
    const withOptions = () => target.questions.filter((q) => 'options' in q)
    const first = () => withOptions()[0] as Question
    const second = () => withOptions()[1] as Question

    async function expectNothingStored() {
      for (const id of [target.state.attemptId, other.state.attemptId]) {
        const row = await attemptRow(db, id)
        expect(row).toMatchObject({
          submittedAt: null,
          answers: null,
          outcomes: null,
          score: null,
          submissionKey: null,
        })
      }
    }

    const unprocessable: [string, () => unknown][] = [
      [
        'an unknown question id',
        () => ({ ...valid(), answers: { ...valid().answers, 'no-such-q': { optionId: 'x' } } }),
      ],
      [
        'an answer keyed "constructor"',
        () => ({ ...valid(), answers: { ...valid().answers, constructor: { optionId: 'x' } } }),
      ],
      [
        'an unknown option id',
        () => ({ ...valid(), answers: { ...valid().answers, [first().id]: { optionId: 'zzz' } } }),
      ],
      [
        'the option id of another question',
        () => ({
          ...valid(),
          answers: {
            ...valid().answers,
            [first().id]: { optionId: optionIdsOf(second() as never)[0] },
          },
        }),
      ],
      [
        "a question from another attempt's variant",
        () => {
          const mine = new Set(target.questions.map((q) => q.id))
          const foreign = other.questions.find((q) => !mine.has(q.id)) as Question
          return { ...valid(), answers: { [foreign.id]: correctAnswer(foreign) } }
        },
      ],
      [
        'a match answer pairing items of another question',
        () => {
          const q = target.questions.find((x) => x.format !== 'match') as Question
          const m = [...target.questions, ...other.questions].find((x) => x.format === 'match')
          const pairs = m?.key.format === 'match' ? m.key.pairs : { a: 'b' }
          return { ...valid(), answers: { [q.id]: { pairs } } }
        },
      ],
      [
        'an order answer to a single-choice question',
        () => ({
          ...valid(),
          answers: { [first().id]: { order: optionIdsOf(first() as never) } },
        }),
      ],
      [
        'typed text for a question that does not take it',
        () => {
          const q = target.questions.find((x) => x.format !== 'cloze') as Question
          return { ...valid(), answers: { [q.id]: { text: 'anything' } } }
        },
      ],
    ]
    for (const [name, body] of unprocessable) {
      test(`422 for ${name}`, async () => {
        const error = await expectRefusal(
          await submit(target.state.attemptId, body()),
          422,
          'unprocessable:submission',
        )
        expect(Array.isArray(error.details)).toBe(true)
        await expectNothingStored()
      })
    }

    test("another attempt's answers sent to this attempt's id are refused (graded against this attempt only)", async () => {
      const foreignAnswers = answersFor(other.questions, correctAnswer)
      const mine = new Set(target.questions.map((q) => q.id))
      expect(Object.keys(foreignAnswers).some((id) => !mine.has(id))).toBe(true)
      await expectRefusal(
        await submit(target.state.attemptId, {
          submissionKey: newSubmissionKey(),
          answers: foreignAnswers,
        }),
        422,
        'unprocessable:submission',
      )
      // Naming the other attempt inside the body does not redirect the submission either.
      await expectRefusal(
        await submit(target.state.attemptId, {
          ...valid(),
          attemptId: other.state.attemptId,
        }),
        400,
        'bad_request:submission',
      )
      await expectNothingStored()
    })

    // A "__proto__" key would be dropped silently by record parsing, so bodies using it are
    // refused as a whole, before any grading (lib/http.ts).
    test('400 for an answer keyed "__proto__" (refused, not silently dropped)', async () => {
      const body = JSON.stringify(valid()).replace(
        '"answers":{',
        '"answers":{"__proto__":{"optionId":"x"},',
      )
      await expectRefusal(await submit(target.state.attemptId, body), 400, 'bad_request:body')
      await expectNothingStored()
    })

    test('400 for a match pair whose left item is "__proto__" (not silently dropped)', async () => {
      let match = target.questions.find((q) => q.format === 'match')
      for (let i = 0; i < 20 && !match; i++) {
        target = await startedAttempt()
        match = target.questions.find((q) => q.format === 'match')
      }
      if (match?.format !== 'match') throw new Error('no variant with a match question')
      const right = match.right[0]?.id ?? ''
      const body = JSON.stringify({
        submissionKey: newSubmissionKey(),
        answers: { [match.id]: { pairs: { [match.left[0]?.id ?? '']: right } } },
      }).replace('"pairs":{', `"pairs":{"__proto__":${JSON.stringify(right)},`)
      await expectRefusal(await submit(target.state.attemptId, body), 400, 'bad_request:body')
      await expectNothingStored()
    })

    test('malformed attempt ids and unknown ones are 404', async () => {
      for (const id of ['abc', 'A'.repeat(25), '..%2F..%2Fx', ' '.repeat(24), 'A'.repeat(24)])
        await expectRefusal(await submit(id, valid()), 404, 'not_found:attempt')
      await expectNothingStored()
    })

    const key = 'k'.repeat(16)
    const shapes: [string, unknown][] = [
      ['null', null],
      ['a number', 7],
      ['a string', '"answers"'],
      ['an array', [{ submissionKey: key, answers: {} }]],
      ['no answers', { submissionKey: key }],
      ['no submission key', { answers: {} }],
      ['a short submission key', { submissionKey: 'short', answers: {} }],
      [
        'a submission key with odd characters',
        { submissionKey: `${'k'.repeat(10)}!@`, answers: {} },
      ],
      ['answers as an array', { submissionKey: key, answers: [] }],
      ['answers as a string', { submissionKey: key, answers: 'all of them' }],
      ['an answer that is a string', { submissionKey: key, answers: { q: 'a' } }],
      ['an option id that is a number', { submissionKey: key, answers: { q: { optionId: 5 } } }],
      ['an empty option id', { submissionKey: key, answers: { q: { optionId: '' } } }],
      [
        'an over-long option id',
        { submissionKey: key, answers: { q: { optionId: 'o'.repeat(65) } } },
      ],
      [
        'an over-long question id',
        { submissionKey: key, answers: { ['q'.repeat(65)]: { optionId: 'o' } } },
      ],
      ['blank typed text', { submissionKey: key, answers: { q: { text: '   ' } } }],
      [
        'typed text over 200 characters',
        { submissionKey: key, answers: { q: { text: 't'.repeat(201) } } },
      ],
      ['an order of one item', { submissionKey: key, answers: { q: { order: ['a'] } } }],
      [
        'an order of nine items',
        { submissionKey: key, answers: { q: { order: 'abcdefghi'.split('') } } },
      ],
      ['pairs with a number', { submissionKey: key, answers: { q: { pairs: { a: 1 } } } }],
      [
        'two answer forms at once',
        { submissionKey: key, answers: { q: { optionId: 'a', text: 'b' } } },
      ],
      [
        'more than 30 answers',
        {
          submissionKey: key,
          answers: Object.fromEntries(
            Array.from({ length: 31 }, (_, i) => [`q${i}`, { optionId: 'a' }]),
          ),
        },
      ],
      ['an extra top-level key', { submissionKey: key, answers: {}, score: 10 }],
      [
        'an extra key in an answer',
        { submissionKey: key, answers: { q: { optionId: 'a', correct: true } } },
      ],
    ]
    for (const [name, body] of shapes) {
      test(`400 for ${name}`, async () => {
        const error = await expectRefusal(
          await submit(target.state.attemptId, body),
          400,
          'bad_request:submission',
        )
        expect(Array.isArray(error.details)).toBe(true)
        await expectNothingStored()
      })
    }

    test('400 for a body that is not JSON, or empty, or missing', async () => {
      for (const body of ['{"submissionKey":', 'answers=1', '\u0000', '', undefined])
        await expectRefusal(await submit(target.state.attemptId, body), 400, 'bad_request:body')
      await expectNothingStored()
    })

    test('413 for an oversized body, declared or not', async () => {
      const big = { ...valid(), pad: 'x'.repeat(40 * 1024) }
      await expectRefusal(await submit(target.state.attemptId, big), 413, 'too_large:body')
      await expectRefusal(
        await submit(target.state.attemptId, big, {
          'content-length': String(JSON.stringify(big).length),
        }),
        413,
        'too_large:body',
      )
      // A lying content-length does not let a large body through either.
      await expectRefusal(
        await submit(target.state.attemptId, big, { 'content-length': '10' }),
        413,
        'too_large:body',
      )
      await expectNothingStored()
    })

    test('after refusals, the real submission still works', async () => {
      await submit(target.state.attemptId, { ...valid(), extra: 1 })
      await submit(target.state.attemptId, '{')
      await submit(target.state.attemptId, {
        ...valid(),
        answers: { [first().id]: { optionId: 'zzz' } },
      })
      await expectNothingStored()
      const response = await submit(target.state.attemptId, valid())
      expect(response.status).toBe(200)
      expect(((await response.json()) as AttemptState).result?.score).toBe(10)
    })
  })
})

describe(`content types on ${testDatabaseKind}`, () => {
  test('a submission that is not application/json is 415 and stores nothing', async () => {
    const { state, questions } = await startedAttempt()
    const body = {
      submissionKey: newSubmissionKey(),
      answers: answersFor(questions, correctAnswer),
    }
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const response = await submit(state.attemptId, body, { 'content-type': type })
      await expectRefusal(response, 415, 'unsupported_media_type:body')
    }
    expect((await attemptRow(db, state.attemptId))?.submittedAt).toBeNull()
    expect(
      (await submit(state.attemptId, body, { 'content-type': 'application/json; charset=utf-8' }))
        .status,
    ).toBe(200)
  })
})
