/**
 * The database goes away under a running server (PostgreSQL only: a throwaway server this
 * test starts and stops itself with pg_ctl; never a shared one). While it is down: reading
 * an article still answers 200; starting a quiz, submitting and reading an attempt answer
 * 503 with a clear JSON message (never 500); /api/health answers 503. Once the database is
 * back, the same submissions (same submissionKey, as the browser retries from localStorage)
 * succeed, exactly once. Exits non-zero when a guarantee fails.
 *
 *   npx next build && npx tsx tests/load/db-down.ts
 */
import { pathToFileURL } from 'node:url'
import type { AttemptState } from '@/lib/quiz/schemas'
import { portIsFree, spawnServer } from '../bench/support/server'
import {
  Checks,
  call,
  type LoadResult,
  main,
  makeStudents,
  type Reply,
  readAttempt,
  resultKey,
  startAssignment,
  submissionBody,
  submit,
} from './support/client'
import { type Cluster, createCluster } from './support/pg-cluster'
import { SLUG, seedAssignment, storedAttempts } from './support/seed'

const PORT = 3331
const PG_PORT = Number(process.env.LOAD_PG_PORT ?? 55491)
const bench = 'database down (postgres)'

type ErrorBody = { error?: { code?: string; message?: string } }

/** A 503 with `{error: {code: 'unavailable:…', message}}`. */
const clear503 = (r: Reply) => {
  const e = (r.body as ErrorBody | null)?.error
  return r.status === 503 && !!e?.code?.startsWith('unavailable') && (e.message?.length ?? 0) > 10
}
const explain = (r: Reply) =>
  `${r.status || 'no answer'} in ${Math.round(r.ms)} ms: ${
    (r.body as ErrorBody | null)?.error?.message ?? JSON.stringify(r.body)?.slice(0, 80) ?? ''
  }`

export async function runDbDown(): Promise<LoadResult> {
  const checks = new Checks(bench)
  if (!(await portIsFree(PG_PORT))) throw new Error(`port ${PG_PORT} is taken: set LOAD_PG_PORT`)
  let cluster: Cluster | undefined
  let server: ReturnType<typeof spawnServer> | undefined
  try {
    cluster = createCluster(PG_PORT)
    cluster.start()
    const seeded = await seedAssignment({ url: cluster.url })
    server = spawnServer({ port: PORT, databaseUrl: cluster.url })
    await server.waitHealthy()
    const { base } = server
    const [student] = makeStudents(1, seeded.assignmentId)
    if (!student) throw new Error('no student')

    // While the database is up: one built-in attempt and one assignment attempt, answered.
    const builtIn = await call<AttemptState>(base, '/api/attempts', { body: { slug: SLUG } })
    const assigned = await startAssignment(base, student, seeded.joinCode)
    if (!builtIn.body || !assigned.body)
      throw new Error(`could not start: ${builtIn.status} / ${assigned.status}`)
    const builtInBody = submissionBody(builtIn.body, 1)
    const assignedBody = submissionBody(assigned.body, 2)

    cluster.stop()
    const down = {
      read: await call(base, `/read/${SLUG}`),
      health: await call(base, '/api/health'),
      startBuiltIn: await call(base, '/api/attempts', { body: { slug: SLUG } }),
      startAssigned: await startAssignment(base, student, seeded.joinCode),
      submitBuiltIn: await submit(base, builtIn.body.attemptId, builtInBody),
      submitAssigned: await submit(base, assigned.body.attemptId, assignedBody, student.cookie),
      readAttempt: await readAttempt(base, assigned.body.attemptId, student.cookie),
    }
    checks.check(
      'down: GET /read/<slug> still 200',
      down.read.status === 200 && String(down.read.body ?? '').length >= 0,
      `${down.read.status} in ${Math.round(down.read.ms)} ms`,
    )
    checks.check(
      'down: /api/health 503',
      down.health.status === 503,
      `${down.health.status}: ${JSON.stringify(down.health.body)?.slice(0, 90)}`,
    )
    for (const [name, reply] of [
      ['down: start (built-in) 503 + message', down.startBuiltIn],
      ['down: start (assignment) 503 + message', down.startAssigned],
      ['down: submit (built-in) 503 + message', down.submitBuiltIn],
      ['down: submit (assignment) 503 + message', down.submitAssigned],
      ['down: read attempt 503 + message', down.readAttempt],
    ] as const)
      checks.check(name, clear503(reply), explain(reply))
    const joinPage = await call(base, `/a/${seeded.joinCode}`, { cookie: student.cookie })
    // The assignment page is where a student in a class reads the article: it must not
    // crash (200 from what the process has, or a clear 503), like /read/<slug>.
    checks.check(
      'down: assignment page /a/<code> not a 500',
      joinPage.status === 200 || joinPage.status === 503,
      `${joinPage.status} in ${Math.round(joinPage.ms)} ms (200 or 503 expected)`,
    )

    // Back up: the same submissions succeed, once.
    cluster.start()
    const backAt = performance.now()
    await server.waitHealthy(30_000)
    checks.info('up again: until /api/health 200', (performance.now() - backAt) / 1000, 's')
    const retryBuiltIn = await submit(base, builtIn.body.attemptId, builtInBody)
    const retryAssigned = await submit(base, assigned.body.attemptId, assignedBody, student.cookie)
    const againBuiltIn = await submit(base, builtIn.body.attemptId, builtInBody)
    const againAssigned = await submit(base, assigned.body.attemptId, assignedBody, student.cookie)
    checks.check(
      'up again: the same submissions succeed',
      retryBuiltIn.status === 200 &&
        retryAssigned.status === 200 &&
        !!retryBuiltIn.body?.submitted &&
        !!retryAssigned.body?.submitted,
      `built-in ${retryBuiltIn.status}, assignment ${retryAssigned.status}`,
    )
    checks.check(
      'up again: resubmitting returns the same result',
      resultKey(retryBuiltIn.body) === resultKey(againBuiltIn.body) &&
        resultKey(retryAssigned.body) === resultKey(againAssigned.body),
      'same submissionKey, same answer',
    )
    const stored = await storedAttempts({ url: cluster.url }, seeded.assignmentId)
    const key = JSON.parse(assignedBody).submissionKey
    checks.check(
      'up again: one stored attempt with the retried key and score',
      stored.length === 1 &&
        stored[0]?.submissionKey === key &&
        stored[0]?.score === retryAssigned.body?.result?.score,
      `${stored.length} row(s)`,
    )
    return { rows: checks.rows, failures: checks.failures }
  } finally {
    await server?.stop()
    cluster?.destroy()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main(
    runDbDown,
    `Database down under a running server (throwaway PostgreSQL on :${PG_PORT})`,
  )
}
