/**
 * Simulated students on loopback: a student cookie made with the app's own encoder (joining
 * is a server action that sets exactly this cookie), starts and submissions as the browser
 * sends them, timings, percentiles, bounded concurrency and the checks' bookkeeping.
 */
import {
  decodeStudent,
  encodeStudent,
  studentCookieName,
  studentSecretFrom,
} from '@/lib/assignments/student'
import { randomId } from '@/lib/ids'
import type { PublicQuestion } from '@/lib/questions/types'
import type { AttemptState, SubmissionResult } from '@/lib/quiz/schemas'
import { BENCH_AUTH_SECRET } from '../../bench/support/server'
import type { Row } from '../../bench/support/table'

export type SimStudent = { index: number; name: string; key: string; cookie: string }

/** What /join would set: `lede_s_<assignmentId>=<key>.<base64url name>.<HMAC>`, signed as the server does. */
const SECRET = studentSecretFrom(BENCH_AUTH_SECRET)

export function makeStudents(
  count: number,
  assignmentId: string,
  prefix = 'Student',
): SimStudent[] {
  return Array.from({ length: count }, (_, index) => {
    const key = randomId()
    const name = `${prefix} ${index + 1}`
    return {
      index,
      name,
      key,
      cookie: `${studentCookieName(assignmentId)}=${encodeStudent({ key, name }, assignmentId, SECRET)}`,
    }
  })
}

/** A valid (not necessarily right) answer to every question; varies with `salt` so scores differ. */
export function answersFor(questions: PublicQuestion[], salt = 0) {
  return Object.fromEntries(
    questions.map((q, i) => {
      switch (q.format) {
        case 'match':
          return [
            q.id,
            { pairs: Object.fromEntries(q.left.map((l, j) => [l.id, q.right[j]?.id ?? ''])) },
          ]
        case 'order':
          return [q.id, { order: q.items.map((item) => item.id) }]
        default:
          return [q.id, { optionId: q.options[(salt + i) % q.options.length]?.id ?? '' }]
      }
    }),
  )
}

/** A response, or `status: 0` when none came (refused, reset, timed out). */
export type Reply<T = unknown> = { status: number; body: T | null; ms: number; error?: string }

export async function call<T = unknown>(
  base: string,
  path: string,
  init: { method?: string; body?: unknown; cookie?: string; headers?: Record<string, string> } = {},
  timeoutMs = 20_000,
): Promise<Reply<T>> {
  const started = performance.now()
  try {
    const res = await fetch(`${base}${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: {
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(init.cookie ? { cookie: init.cookie } : {}),
        ...init.headers,
      },
      ...(init.body === undefined
        ? {}
        : { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'manual',
    })
    const text = await res.text()
    let body: T | null = null
    try {
      body = JSON.parse(text) as T
    } catch {}
    return { status: res.status, body, ms: performance.now() - started }
  } catch (err) {
    return { status: 0, body: null, ms: performance.now() - started, error: String(err) }
  }
}

export const startAssignment = (base: string, student: SimStudent, joinCode: string) =>
  call<AttemptState>(base, '/api/attempts', {
    body: { assignment: joinCode },
    cookie: student.cookie,
  })

export const submit = (base: string, attemptId: string, body: string, cookie?: string) =>
  call<SubmissionResult>(base, `/api/attempts/${attemptId}/submission`, {
    body,
    ...(cookie ? { cookie } : {}),
  })

export const readAttempt = (base: string, attemptId: string, cookie?: string) =>
  call<AttemptState>(base, `/api/attempts/${attemptId}`, cookie ? { cookie } : {})

/** The submission body a browser keeps in localStorage until it is acknowledged. */
export const submissionBody = (state: AttemptState, salt: number) =>
  JSON.stringify({
    submissionKey: `load-${randomId()}`,
    answers: answersFor(state.questions, salt),
  })

/** Runs `fn` over `items` with at most `limit` in flight. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await fn(items[i] as T, i)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[rank] as number
}

/** A phase's throughput and latency rows. */
export function phaseRows(bench: string, phase: string, replies: Reply[], wallMs: number): Row[] {
  const ok = replies.filter((r) => r.status >= 200 && r.status < 400)
  const ms = replies.map((r) => r.ms)
  const round = (x: number) => Math.round(x)
  return [
    {
      bench,
      name: `${phase}: throughput`,
      value: ok.length / (wallMs / 1000),
      unit: 'req/s',
      note: `${ok.length}/${replies.length} ok in ${(wallMs / 1000).toFixed(2)} s`,
    },
    {
      bench,
      name: `${phase}: latency p50 / p95 / p99`,
      value: round(percentile(ms, 50)),
      unit: 'ms',
      note: `p95 ${round(percentile(ms, 95))} ms, p99 ${round(percentile(ms, 99))} ms, max ${round(Math.max(...ms))} ms`,
    },
  ]
}

/** Guarantees: each becomes a row (1 = holds, 0 = fails) and a failure message. */
export class Checks {
  readonly rows: Row[] = []
  readonly failures: string[] = []
  constructor(readonly bench: string) {}
  check(name: string, ok: boolean, note: string) {
    this.rows.push({ bench: this.bench, name, value: ok ? 1 : 0, unit: ok ? '✓' : '✗', note })
    if (!ok) this.failures.push(`${this.bench}: ${name}: ${note}`)
  }
  /** A count that must be zero. */
  zero(name: string, count: number, note = '') {
    this.rows.push({
      bench: this.bench,
      name,
      value: count,
      unit: count === 0 ? '✓' : '✗',
      note: note || (count === 0 ? 'none' : 'must be 0'),
    })
    if (count !== 0)
      this.failures.push(`${this.bench}: ${name} = ${count}${note ? ` (${note})` : ''}`)
  }
  info(name: string, value: number, unit: string, note = '') {
    this.rows.push({ bench: this.bench, name, value, unit, note })
  }
}

export type LoadResult = { rows: Row[]; failures: string[] }

export const is5xx = (r: Reply) => r.status >= 500

/** JSON with object keys sorted (JSONB does not keep key order). */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )
}

/** The result as a stable string: what two reads of one attempt must agree on. */
export const resultKey = (s: SubmissionResult | null) =>
  canonical({ attemptId: s?.attemptId, submitted: s?.submitted, result: s?.result ?? null })

export const pgServerUrl = () =>
  process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || undefined

/** The row a script reports for a PostgreSQL run it could not do: no server was named. */
export const skippedWithoutPostgres = (bench: string, why = ''): Row => ({
  bench,
  name: 'skipped',
  value: 0,
  unit: '–',
  note: `no TEST_DATABASE_URL / BENCH_DATABASE_URL${why}`,
})

/** Prints the table and exits: 1 when a guarantee failed. */
export async function main(run: () => Promise<LoadResult>, title: string) {
  const { toTable } = await import('../../bench/support/table')
  const started = Date.now()
  const { rows, failures } = await run()
  console.log(title)
  console.log(toTable(rows))
  console.log(`\n${((Date.now() - started) / 1000).toFixed(1)} s`)
  if (failures.length) {
    console.log(`\nFAILED (${failures.length}):\n${failures.map((f) => `- ${f}`).join('\n')}`)
    process.exit(1)
  }
  console.log('All guarantees held.')
  process.exit(0)
}

const unescapeHtml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

/**
 * Joins as a browser without JavaScript does: GET /join?code=…, then POST its form (the
 * server action's progressive-enhancement fields, the code and a name) as multipart. The
 * student is the cookie the action sets (expected 303 to /a/<code> with `lede_s_<id>`).
 */
export async function joinViaForm(
  base: string,
  joinCode: string,
  assignmentId: string,
  index: number,
  name: string,
): Promise<{ student: SimStudent | null; page: Reply; post: Reply; problem?: string }> {
  const page: Reply = { status: 0, body: null, ms: 0 }
  const post: Reply = { status: 0, body: null, ms: 0 }
  const started = performance.now()
  try {
    const got = await fetch(`${base}/join?code=${joinCode}`, {
      signal: AbortSignal.timeout(20_000),
    })
    const html = await got.text()
    page.status = got.status
    page.ms = performance.now() - started
    const form = html.match(/<form[\s\S]*?<\/form>/)?.[0] ?? ''
    const data = new FormData()
    for (const m of form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g))
      data.append(unescapeHtml(m[1] as string), unescapeHtml(m[2] ?? ''))
    data.append('code', joinCode)
    data.append('displayName', name)
    const postStarted = performance.now()
    const res = await fetch(`${base}/join`, {
      method: 'POST',
      body: data,
      redirect: 'manual',
      headers: { origin: base },
      signal: AbortSignal.timeout(20_000),
    })
    await res.arrayBuffer()
    post.status = res.status
    post.ms = performance.now() - postStarted
    const wanted = studentCookieName(assignmentId)
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0] ?? '')
      .find((c) => c.startsWith(`${wanted}=`))
    const value = cookie ? decodeURIComponent(cookie.slice(wanted.length + 1)) : undefined
    const decoded = decodeStudent(value, assignmentId, SECRET)
    if (res.status !== 303 || res.headers.get('location') !== `/a/${joinCode}`)
      return { student: null, page, post, problem: `join answered ${res.status}` }
    if (!cookie || !decoded || decoded.name !== name)
      return { student: null, page, post, problem: `no valid ${wanted} cookie` }
    return { student: { index, name, key: decoded.key, cookie: cookie as string }, page, post }
  } catch (err) {
    return { student: null, page, post, problem: String(err) }
  }
}
