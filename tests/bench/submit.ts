/**
 * Submit throughput: POST /api/attempts/:id/submission (validate + grade + store) against
 * its floor, /api/bench/floor/:id — the very UPDATE a submission stores its grading with,
 * fed a graded row of the same shape and size straight from the body, nothing else —
 * in the same run, with autocannon on loopback; on PGlite, and on PostgreSQL when
 * BENCH_DATABASE_URL or TEST_DATABASE_URL names a server. Target: submit ≥ 0.8× floor.
 *
 *   npm run build && npx tsx tests/bench/submit.ts
 *
 * BENCH_REQUESTS sets the requests per route (default 8000) and BENCH_ROUNDS the rounds they
 * are split into (default 8); BENCH_PG_ONLY=1 skips PGlite. Besides the pooled ratio, each
 * round's own ratio is reported (median and range): on a shared 2-core machine a single run
 * swings, and the spread says how far one figure can be trusted.
 */
import { pathToFileURL } from 'node:url'
import autocannon from 'autocannon'
import type { PublicQuestion } from '@/lib/questions/types'
import { type BenchServer, startServer } from './support/server'
import { median, type Row, toTable } from './support/table'

const SLUG = 'biden-al-kadhimi-rocket-attacks'
const CONNECTIONS = 20
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 8000)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 8)

/** A valid (not necessarily right) answer to every question. */
function answersFor(questions: PublicQuestion[]) {
  return Object.fromEntries(
    questions.map((q) => {
      switch (q.format) {
        case 'match':
          return [
            q.id,
            { pairs: Object.fromEntries(q.left.map((l, i) => [l.id, q.right[i]?.id ?? ''])) },
          ]
        case 'order':
          return [q.id, { order: q.items.map((i) => i.id) }]
        default:
          return [q.id, { optionId: q.options[0]?.id ?? '' }]
      }
    }),
  )
}

/** The row a submission stores, with every answer counted wrong: what the floor writes. */
function gradedRow(
  questions: PublicQuestion[],
  answers: Record<string, unknown>,
  submissionKey: string,
) {
  const outcomes = questions.map((q) => ({
    questionId: q.id,
    category: q.category,
    credit: 0,
    status: 'incorrect',
  }))
  const categoryScores = [...new Set(questions.map((q) => q.category))].map((category) => ({
    category,
    earned: 0,
    possible: questions.filter((q) => q.category === category).length,
  }))
  return JSON.stringify({ answers, outcomes, categoryScores, score: 0, submissionKey })
}

type BenchAttempt = { id: string; body: string; rowBody: string }

async function createAttempts(base: string, count: number) {
  const attempts: BenchAttempt[] = []
  const batch = 20
  for (let i = 0; i < count; i += batch) {
    const made = await Promise.all(
      Array.from({ length: Math.min(batch, count - i) }, async () => {
        const res = await fetch(`${base}/api/attempts`, {
          method: 'POST',
          body: JSON.stringify({ slug: SLUG }),
          headers: { 'content-type': 'application/json' },
        })
        if (res.status !== 201) throw new Error(`start answered ${res.status}`)
        const state = (await res.json()) as { attemptId: string; questions: PublicQuestion[] }
        const submissionKey = `bench-${state.attemptId}`
        const answers = answersFor(state.questions)
        const body = JSON.stringify({ submissionKey, answers })
        return {
          id: state.attemptId,
          body,
          rowBody: gradedRow(state.questions, answers, submissionKey),
        }
      }),
    )
    attempts.push(...made)
  }
  return attempts
}

async function load(
  base: string,
  pathFor: (id: string) => string,
  attempts: BenchAttempt[],
  bodyOf: (attempt: BenchAttempt) => string,
) {
  let next = 0
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    amount: attempts.length,
    timeout: 20,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const attempt = attempts[next++ % attempts.length]
          if (!attempt) return req
          return {
            ...req,
            path: pathFor(attempt.id),
            body: bodyOf(attempt),
            headers: { 'content-type': 'application/json' },
          }
        },
      },
    ],
  })
  const bad = result.non2xx + result.errors + result.timeouts
  return {
    // Little's law over the saturated connections: autocannon ends a fixed-amount run on a
    // whole-second tick, so requests / wall time is off by up to a second per run.
    rps: (CONNECTIONS * 1000) / result.latency.mean,
    p50: result.latency.p50,
    p99: result.latency.p99,
    bad,
    total: result.requests.total,
  }
}

const floorBody = (a: BenchAttempt) => a.rowBody
const submitBody = (a: BenchAttempt) => a.body

async function benchOn(server: BenchServer): Promise<Row[]> {
  const { base, kind } = server
  // Warm both routes, then measure floor and submit on fresh attempts each.
  const warm = await createAttempts(base, 100)
  await load(base, (id) => `/api/bench/floor/${id}`, warm.slice(0, 50), floorBody)
  await load(base, (id) => `/api/attempts/${id}/submission`, warm.slice(50), submitBody)
  // Rounds in ABBA order (floor first, then submit first, …), so drift on a busy machine and
  // whatever builds up in the database between runs (dead rows, WAL) hit both routes alike.
  const rounds = []
  for (let round = 0; round < ROUNDS; round++) {
    const floorAttempts = await createAttempts(base, REQUESTS / ROUNDS)
    const submitAttempts = await createAttempts(base, REQUESTS / ROUNDS)
    const floorLoad = () => load(base, (id) => `/api/bench/floor/${id}`, floorAttempts, floorBody)
    const submitLoad = () =>
      load(base, (id) => `/api/attempts/${id}/submission`, submitAttempts, submitBody)
    if (round % 2 === 0) {
      const floorRun = await floorLoad()
      rounds.push({ floorRun, submitRun: await submitLoad() })
    } else {
      const submitRun = await submitLoad()
      rounds.push({ floorRun: await floorLoad(), submitRun })
    }
  }
  const combine = (runs: Awaited<ReturnType<typeof load>>[]) => ({
    rps: runs.reduce((n, r) => n + r.total, 0) / runs.reduce((n, r) => n + r.total / r.rps, 0),
    p50: Math.max(...runs.map((r) => r.p50)),
    p99: Math.max(...runs.map((r) => r.p99)),
    bad: runs.reduce((n, r) => n + r.bad, 0),
  })
  const floor = combine(rounds.map((r) => r.floorRun))
  const submit = combine(rounds.map((r) => r.submitRun))
  const bench = `submit (${kind})`
  const ratio = submit.rps / floor.rps
  const perRound = rounds.map((r) => r.submitRun.rps / r.floorRun.rps)
  return [
    {
      bench,
      name: 'floor: one UPDATE of the same row',
      value: floor.rps,
      unit: 'req/s',
      note: `p50 ${floor.p50} ms, p99 ${floor.p99} ms (worst round), ${floor.bad} errors`,
    },
    {
      bench,
      name: 'submit: validate+grade+store',
      value: submit.rps,
      unit: 'req/s',
      note: `p50 ${submit.p50} ms, p99 ${submit.p99} ms (worst round), ${submit.bad} errors`,
    },
    {
      bench,
      name: 'submit / floor',
      value: ratio,
      unit: '×',
      note: `target ≥ 0.8 ${ratio >= 0.8 ? '✓' : '✗'}`,
    },
    {
      bench,
      name: 'submit / floor, per round',
      value: median(perRound),
      unit: '× (median)',
      note: `${ROUNDS} rounds, ${Math.min(...perRound).toFixed(2)}–${Math.max(...perRound).toFixed(2)}`,
    },
  ]
}

export async function runSubmitBench(): Promise<Row[]> {
  const rows: Row[] = []
  const servers: (string | undefined)[] = process.env.BENCH_PG_ONLY ? [] : [undefined]
  const pgUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL
  if (pgUrl) servers.push(pgUrl)
  for (const pgServer of servers) {
    const server = await startServer(3241, pgServer, { LEDE_BENCH_ROUTES: '1' })
    try {
      rows.push(...(await benchOn(server)))
    } finally {
      await server.stop()
    }
  }
  return rows
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(`${CONNECTIONS} connections, ${REQUESTS} requests per route, autocannon on loopback`)
  console.log(toTable(await runSubmitBench()))
}
