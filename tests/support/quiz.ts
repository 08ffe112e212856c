/**
 * Shared helpers for the quiz tests: answers derived from the keyed questions of an
 * attempt (never from question texts), direct calls to the route handlers, and a
 * process-wide database for the handlers (PGlite in memory, or a fresh PostgreSQL database).
 */
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import type { Db } from '@/lib/db/open'
import { getAttemptWithVersion } from '@/lib/db/queries/attempts'
import type { Answer } from '@/lib/grading'
import type { Question } from '@/lib/questions/types'
import { questionsForVariant } from '@/lib/quiz/variant'
import { testDatabaseUrl } from './test-db'

export const SLUG = 'biden-al-kadhimi-rocket-attacks'
export const ORIGIN = 'http://lede.test'

/** The keyed questions of an attempt as it shows them, read from its stored row. */
export async function keyedQuestions(db: Db, attemptId: string): Promise<Question[]> {
  const row = await getAttemptWithVersion(db, attemptId)
  if (!row) throw new Error(`attempt ${attemptId} is not stored`)
  return questionsForVariant(row.version.pool, row.attempt.variant)
}

/** The stored attempt row (or undefined). */
export async function attemptRow(db: Db, attemptId: string) {
  return (await getAttemptWithVersion(db, attemptId))?.attempt
}

/** The full-credit answer to a keyed question. */
export function correctAnswer(q: Question): Answer {
  const key = q.key
  switch (key.format) {
    case 'match':
      return { pairs: { ...key.pairs } }
    case 'order':
      return { order: [...key.order] }
    default:
      return { optionId: key.optionId }
  }
}

/** An answer to a keyed question that earns no credit at all. */
export function wrongAnswer(q: Question): Answer {
  const key = q.key
  switch (key.format) {
    case 'match': {
      if (q.format !== 'match') throw new Error('match key on a non-match question')
      // Every left item paired with a right item that is not its own (reuse is allowed).
      const pairs: Record<string, string> = {}
      for (const l of q.left) {
        const wrong = q.right.find((r) => r.id !== key.pairs[l.id])
        if (wrong) pairs[l.id] = wrong.id
      }
      return { pairs }
    }
    case 'order':
      // Reversed: no pair of items in the right relative order.
      return { order: [...key.order].reverse() }
    default: {
      if (!('options' in q)) throw new Error('option key on a question without options')
      const wrong = q.options.find((o) => o.id !== key.optionId)
      if (!wrong) throw new Error(`question ${q.id} has no wrong option`)
      return { optionId: wrong.id }
    }
  }
}

/** The ids a question's answers may name. */
export function optionIdsOf(q: Pick<Question, 'format'> & Record<string, unknown>): string[] {
  const lists =
    q.format === 'match' ? [q.left, q.right] : q.format === 'order' ? [q.items] : [q.options]
  return (lists as { id: string }[][]).flat().map((o) => o.id)
}

export const answersFor = (questions: Question[], pick: (q: Question) => Answer) =>
  Object.fromEntries(questions.map((q) => [q.id, pick(q)]))

export const newSubmissionKey = () => randomBytes(12).toString('hex')

/** A request as the browser sends it. `body` is sent as is when a string, else as JSON. */
export function jsonRequest(
  path: string,
  body?: unknown,
  init: { headers?: Record<string, string>; method?: string } = {},
): Request {
  const text = body === undefined || typeof body === 'string' ? body : JSON.stringify(body)
  return new Request(`${ORIGIN}${path}`, {
    method: init.method ?? 'POST',
    headers: { 'content-type': 'application/json', ...init.headers },
    ...(text === undefined ? {} : { body: text }),
  })
}

export const context = (attemptId: string) => ({ params: Promise.resolve({ attemptId }) })

export type ErrorBody = { error: { code: string; message: string; details?: unknown } }

/** Reads a response that must be a clear JSON error: `{error:{code,message}}`. */
export async function errorOf(response: Response): Promise<ErrorBody['error']> {
  const body = (await response.json()) as ErrorBody
  if (
    typeof body?.error?.code !== 'string' ||
    typeof body.error.message !== 'string' ||
    body.error.message.length === 0
  )
    throw new Error(`not a clear JSON error: ${JSON.stringify(body)}`)
  return body.error
}

const globalForDb = globalThis as unknown as { __ledeDb?: Promise<{ close(): Promise<void> }> }

/**
 * Points the app's process-wide database (lib/db/client.ts) at a fresh database before the
 * route modules are imported: in-memory PGlite, or a new database on TEST_DATABASE_URL.
 * Returns a cleanup that closes it (and drops the PostgreSQL database).
 */
export async function useAppDatabase(): Promise<() => Promise<void>> {
  globalForDb.__ledeDb = undefined
  let drop = async () => {}
  if (testDatabaseUrl) {
    const name = `lede_quiz_${randomBytes(5).toString('hex')}`
    await adminQuery(`create database ${name}`)
    const url = new URL(testDatabaseUrl)
    url.pathname = `/${name}`
    process.env.DATABASE_URL = url.toString()
    drop = () => adminQuery(`drop database if exists ${name}`)
  } else {
    delete process.env.DATABASE_URL
    process.env.LEDE_DATA_DIR = ':memory:'
  }
  return async () => {
    const opening = globalForDb.__ledeDb
    globalForDb.__ledeDb = undefined
    await (await opening?.catch(() => undefined))?.close()
    await drop()
  }
}

async function adminQuery(text: string) {
  const client = new pg.Client({ connectionString: testDatabaseUrl })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}

/** The attempt route modules, imported after useAppDatabase() has pointed the app at a test database. */
export async function loadAttemptRoutes() {
  const [start, state, submit] = await Promise.all([
    import('@/app/api/attempts/route'),
    import('@/app/api/attempts/[attemptId]/route'),
    import('@/app/api/attempts/[attemptId]/submission/route'),
  ])
  return { start, state, submit }
}

export type AttemptRoutes = Awaited<ReturnType<typeof loadAttemptRoutes>>
