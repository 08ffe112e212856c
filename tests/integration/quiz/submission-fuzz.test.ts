/**
 * Property test: thousands of random and malformed bodies at the submission route handler
 * for a real attempt. The status is always below 500, and an attempt is marked submitted
 * only when the body was a valid submission for it (judged by an oracle written here,
 * independently of lib/grading).
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '@/lib/db/open'
import type { Question } from '@/lib/questions/types'
import { startAttempt } from '@/lib/quiz/service'
import {
  attemptRow,
  context,
  correctAnswer,
  keyedQuestions,
  optionIdsOf,
  SLUG,
  useAppDatabase,
  wrongAnswer,
} from '../../support/quiz'
import { testDatabaseKind } from '../../support/test-db'

type SubmitRoute = typeof import('@/app/api/attempts/[attemptId]/submission/route')
type Attempt = { id: string; questions: Question[] }

let cleanup: () => Promise<void>
let route: SubmitRoute
let db: Db
/** The attempt bodies are aimed at; replaced by a fresh one after each accepted submission. */
let target: Attempt
/** Another attempt, never submitted to: its questions and options are used as foreign ids. */
let other: Attempt
let accepted = 0

async function newAttempt(): Promise<Attempt> {
  const state = await startAttempt(db, { slug: SLUG })
  return { id: state.attemptId, questions: await keyedQuestions(db, state.attemptId) }
}

beforeAll(async () => {
  cleanup = await useAppDatabase()
  route = await import('@/app/api/attempts/[attemptId]/submission/route')
  db = await (await import('@/lib/db/client')).getDb()
  target = await newAttempt()
  other = await newAttempt()
})
afterAll(async () => {
  // The attempt aimed at by other bodies was never marked submitted by them.
  expect((await attemptRow(db, other.id))?.submittedAt).toBeNull()
  await cleanup?.()
})

// ── The oracle: is this parsed body a valid submission for these questions? ──

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const hasOnly = (o: Record<string, unknown>, keys: string[]) =>
  Object.keys(o).length === keys.length && keys.every((k) => Object.hasOwn(o, k))
const isId = (v: unknown): v is string => typeof v === 'string' && v.length >= 1 && v.length <= 64

function validAnswer(q: Question, a: unknown): boolean {
  if (!isPlainObject(a)) return false
  const ids = new Set(optionIdsOf(q as never))
  if (hasOnly(a, ['optionId'])) return isId(a.optionId) && 'options' in q && ids.has(a.optionId)
  if (hasOnly(a, ['text'])) {
    if (typeof a.text !== 'string') return false
    const trimmed = a.text.trim()
    return q.format === 'cloze' && trimmed.length >= 1 && trimmed.length <= 200
  }
  if (hasOnly(a, ['pairs'])) {
    if (q.format !== 'match' || !isPlainObject(a.pairs)) return false
    const left = new Set(q.left.map((o) => o.id))
    const right = new Set(q.right.map((o) => o.id))
    return Object.entries(a.pairs).every(([l, r]) => left.has(l) && isId(r) && right.has(r))
  }
  if (hasOnly(a, ['order'])) {
    const order = a.order
    if (q.format !== 'order' || !Array.isArray(order)) return false
    if (order.length < 2 || order.length > 8 || !order.every(isId)) return false
    return (
      order.length === ids.size &&
      new Set(order).size === order.length &&
      order.every((id) => ids.has(id))
    )
  }
  return false
}

function isValidSubmission(body: unknown, questions: Question[]): boolean {
  if (!isPlainObject(body) || !hasOnly(body, ['submissionKey', 'answers'])) return false
  const { submissionKey, answers } = body
  if (typeof submissionKey !== 'string' || !/^[A-Za-z0-9_-]{8,64}$/.test(submissionKey))
    return false
  if (!isPlainObject(answers)) return false
  const byId = new Map(questions.map((q) => [q.id, q]))
  const entries = Object.entries(answers)
  // Own keys only: "__proto__" and friends are just unknown question ids here.
  if (Object.getOwnPropertyNames(answers).length !== entries.length) return false
  return entries.every(([id, a]) => {
    const q = byId.get(id)
    return q !== undefined && validAnswer(q, a)
  })
}

/** An object with these own enumerable properties, "__proto__" included. */
function objectOf(entries: [string, unknown][]): Record<string, unknown> {
  const o: Record<string, unknown> = {}
  for (const [k, v] of entries)
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true })
  return o
}

// ── Sending a body and checking the properties ──

async function send(body: string | Uint8Array, attemptId = target.id): Promise<Response> {
  const request = new Request(`http://lede.test/api/attempts/${attemptId}/submission`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body as BodyInit,
  })
  return route.POST(request, context(attemptId))
}

/** Sends the body to the target attempt and checks: < 500, stored exactly when valid. */
async function check(raw: string | Uint8Array): Promise<void> {
  const text = typeof raw === 'string' ? raw : new TextDecoder().decode(raw)
  let parsed: unknown
  let isJson = true
  try {
    parsed = JSON.parse(text)
  } catch {
    isJson = false
  }
  const size = typeof raw === 'string' ? Buffer.byteLength(raw) : raw.byteLength
  const valid = isJson && size <= 32 * 1024 && isValidSubmission(parsed, target.questions)
  const response = await send(raw)
  const status = response.status
  if (status >= 500)
    throw new Error(`${status} for ${text.slice(0, 300)}: ${await response.text()}`)
  const row = await attemptRow(db, target.id)
  const submitted = row?.submittedAt != null
  if (valid) {
    if (status !== 200 || !submitted)
      throw new Error(
        `valid body refused (${status}): ${text.slice(0, 300)} → ${await response.text()}`,
      )
    accepted += 1
    target = await newAttempt()
  } else {
    if (status < 400 || submitted || row?.answers != null) {
      // A fresh target, so that shrinking judges each smaller body on its own.
      target = await newAttempt()
      throw new Error(
        `invalid body ${submitted ? 'stored' : 'accepted'} (${status}): ${text.slice(0, 300)}`,
      )
    }
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } }
    if (typeof body.error?.code !== 'string' || typeof body.error.message !== 'string')
      throw new Error(`unclear error for ${text.slice(0, 300)}: ${JSON.stringify(body)}`)
  }
}

// ── Arbitraries ──

const nastyKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '',
  ' ',
  'x'.repeat(65),
  '\u0000',
  '🙂',
)
const idLike = fc.oneof(
  fc.string({ maxLength: 30 }),
  nastyKey,
  fc.stringMatching(/^[A-Za-z0-9_-]{12}$/),
  fc.constant(null),
  fc.integer(),
)
const json = fc.jsonValue({ maxDepth: 3 })

/** What to do to an otherwise valid submission; applied to the current target at run time. */
type Mutation =
  | { kind: 'drop'; at: number }
  | { kind: 'renameQuestion'; at: number; to: unknown }
  | { kind: 'foreignQuestion'; at: number }
  | { kind: 'optionOfOther'; at: number; from: number }
  | { kind: 'replaceId'; at: number; to: unknown }
  | { kind: 'replaceAnswer'; at: number; to: unknown }
  | { kind: 'text'; at: number; text: string }
  | { kind: 'extraAnswerKey'; at: number; key: string; value: unknown }
  | { kind: 'extraTopKey'; key: string; value: unknown }
  | { kind: 'submissionKey'; value: unknown }
  | { kind: 'dropTop'; which: 'submissionKey' | 'answers' }
  | { kind: 'answers'; value: unknown }
  | { kind: 'duplicateOrderItem'; at: number }

const at = fc.nat(40)
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at }),
  fc.record({ kind: fc.constant('renameQuestion' as const), at, to: idLike }),
  fc.record({ kind: fc.constant('foreignQuestion' as const), at }),
  fc.record({ kind: fc.constant('optionOfOther' as const), at, from: at }),
  fc.record({ kind: fc.constant('replaceId' as const), at, to: idLike }),
  fc.record({ kind: fc.constant('replaceAnswer' as const), at, to: json }),
  fc.record({
    kind: fc.constant('text' as const),
    at,
    text: fc.oneof(fc.string({ maxLength: 220 }), fc.constant('   '), fc.constant('x'.repeat(201))),
  }),
  fc.record({
    kind: fc.constant('extraAnswerKey' as const),
    at,
    key: fc.string({ maxLength: 10 }),
    value: json,
  }),
  fc.record({
    kind: fc.constant('extraTopKey' as const),
    key: fc.oneof(fc.string({ maxLength: 12 }), nastyKey),
    value: json,
  }),
  fc.record({ kind: fc.constant('submissionKey' as const), value: fc.oneof(idLike, json) }),
  fc.record({
    kind: fc.constant('dropTop' as const),
    which: fc.constantFrom('submissionKey' as const, 'answers' as const),
  }),
  fc.record({ kind: fc.constant('answers' as const), value: json }),
  fc.record({ kind: fc.constant('duplicateOrderItem' as const), at }),
)

/** A valid body (right or wrong answers, some left out), then the mutations, as JSON text. */
function nearValid(recipe: { picks: (boolean | undefined)[]; mutations: Mutation[] }): string {
  const qs = target.questions
  const entries: [string, unknown][] = qs.flatMap((q, i): [string, unknown][] =>
    recipe.picks[i] === undefined
      ? []
      : [[q.id, structuredClone(recipe.picks[i] ? correctAnswer(q) : wrongAnswer(q))]],
  )
  const top: [string, unknown][] = [['submissionKey', 'fuzz-key-0001']]
  let answersValue: unknown = null
  const nth = <T>(list: T[], n: number) => list[n % Math.max(1, list.length)]
  for (const m of recipe.mutations) {
    const entry = nth(entries, 'at' in m ? m.at : 0)
    switch (m.kind) {
      case 'drop':
        if (entry) entries.splice(entries.indexOf(entry), 1)
        break
      case 'renameQuestion':
        if (entry) entry[0] = String(m.to)
        break
      case 'foreignQuestion': {
        const q = nth(other.questions, m.at) as Question
        entries.push([q.id, correctAnswer(q)])
        break
      }
      case 'optionOfOther': {
        const q = nth([...qs, ...other.questions], m.from) as Question
        if (entry) entry[1] = { optionId: nth(optionIdsOf(q as never), m.at) }
        break
      }
      case 'replaceId': {
        const a = entry?.[1]
        if (!isPlainObject(a)) break
        if ('optionId' in a) a.optionId = m.to
        else if ('order' in a && Array.isArray(a.order)) a.order[m.at % a.order.length] = m.to
        else if ('pairs' in a && isPlainObject(a.pairs)) {
          const k = nth(Object.keys(a.pairs), m.at)
          if (k !== undefined) a.pairs[k] = m.to
          else a.pairs[String(m.to)] = 'x'
        }
        break
      }
      case 'replaceAnswer':
        if (entry) entry[1] = m.to
        break
      case 'text':
        if (entry) entry[1] = { text: m.text }
        break
      case 'extraAnswerKey':
        if (entry && isPlainObject(entry[1])) entry[1] = { ...entry[1], [m.key]: m.value }
        break
      case 'extraTopKey':
        top.push([m.key, m.value])
        break
      case 'submissionKey':
        top[0] = ['submissionKey', m.value]
        break
      case 'dropTop':
        answersValue = m.which === 'answers' ? undefined : answersValue
        if (m.which === 'submissionKey') top.splice(0, 1)
        break
      case 'answers':
        answersValue = m.value
        break
      case 'duplicateOrderItem': {
        const a = entry?.[1]
        if (isPlainObject(a) && Array.isArray(a.order) && a.order.length > 1)
          a.order[1] = a.order[0]
        break
      }
    }
  }
  const answers = answersValue === null ? objectOf(entries) : answersValue
  const body = objectOf(answers === undefined ? top : [...top, ['answers', answers]])
  return JSON.stringify(body)
}

const recipe = fc.record({
  picks: fc.array(fc.option(fc.boolean(), { nil: undefined }), { minLength: 10, maxLength: 10 }),
  mutations: fc.array(mutation, { minLength: 0, maxLength: 4 }),
})

describe(`submission fuzzing on ${testDatabaseKind}`, () => {
  test('arbitrary JSON values', async () => {
    await fc.assert(
      fc.asyncProperty(json, (v) => check(JSON.stringify(v) ?? 'null')),
      { numRuns: 500 },
    )
  })

  test('objects shaped like a submission, with arbitrary contents', async () => {
    const shaped = fc.record(
      {
        submissionKey: fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/), json),
        answers: fc.oneof(
          json,
          fc.dictionary(fc.oneof(fc.string(), nastyKey), json, { maxKeys: 5 }),
          fc.dictionary(
            fc.oneof(fc.string(), nastyKey),
            fc.oneof(
              fc.record({ optionId: idLike }),
              fc.record({ text: fc.string() }),
              fc.record({ pairs: fc.dictionary(fc.string(), idLike) }),
              fc.record({ order: fc.array(idLike, { maxLength: 10 }) }),
            ),
            { maxKeys: 5 },
          ),
        ),
      },
      { requiredKeys: [] },
    )
    await fc.assert(
      fc.asyncProperty(shaped, (v) => check(JSON.stringify(v))),
      { numRuns: 400 },
    )
  })

  test('near-valid submissions with mutated ids and shapes', async () => {
    const before = accepted
    await fc.assert(
      fc.asyncProperty(recipe, (r) => check(nearValid(r))),
      { numRuns: 700 },
    )
    // The generator also makes valid bodies (no mutations): those were accepted, each once.
    expect(accepted).toBeGreaterThan(before)
  })

  test('raw text and bytes that are rarely JSON', async () => {
    const raw = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.uint8Array({ maxLength: 200 }),
      fc.constantFrom('', ' ', '{', '[', '{"submissionKey":', 'null', 'true', '1e999', '"\\ud800"'),
      fc.nat(20_000).map((n) => '['.repeat(n)),
      fc.nat(15_000).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
      fc.nat(10_000).map((n) => `{"answers":${'{"a":'.repeat(n)}1${'}'.repeat(n)}}`),
    )
    await fc.assert(
      fc.asyncProperty(raw, (r) => check(r)),
      { numRuns: 300 },
    )
  })

  test('huge strings in every position', async () => {
    const huge = fc.integer({ min: 1, max: 80_000 }).map((n) => 'x'.repeat(n))
    const body = fc.oneof(
      huge,
      huge.map((s) => JSON.stringify(s)),
      huge.map((s) => JSON.stringify({ submissionKey: s, answers: {} })),
      huge.map((s) =>
        JSON.stringify({ submissionKey: 'fuzz-key-0001', answers: { [s]: { optionId: 'a' } } }),
      ),
      huge.map((s) =>
        JSON.stringify({
          submissionKey: 'fuzz-key-0001',
          answers: { [target.questions[0]?.id ?? 'q']: { text: s } },
        }),
      ),
      huge.map((s) => JSON.stringify({ submissionKey: 'fuzz-key-0001', answers: {}, [s]: 1 })),
    )
    await fc.assert(
      fc.asyncProperty(body, (b) => check(b)),
      { numRuns: 150 },
    )
  })
})
