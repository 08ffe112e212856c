/**
 * A class at the bell: 200 students join one assignment (through the real /join form, posted
 * as a browser without JavaScript does, which sets the student cookie), all start, then all
 * submit, with at most 50 requests in flight, against a production build on loopback; on
 * PGlite, and on PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL names a server.
 * Guarantees: zero 5xx, zero lost attempts (every acknowledged submission reads back, and
 * is in the database, with its score), zero duplicates (resubmitting each with the same
 * submissionKey returns the same result and adds no row). Exits non-zero when one fails.
 *
 *   npx next build && npx tsx tests/load/burst.ts
 */
import { rmSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import type { SubmissionResult } from '@/lib/quiz/schemas'
import { createDatabase, newDataDir, spawnServer } from '../bench/support/server'
import type { Row } from '../bench/support/table'
import {
  Checks,
  call,
  is5xx,
  joinViaForm,
  type LoadResult,
  main,
  mapLimit,
  pgServerUrl,
  phaseRows,
  type Reply,
  readAttempt,
  resultKey,
  skippedWithoutPostgres,
  startAssignment,
  submissionBody,
  submit,
} from './support/client'
import { seedAssignment, storedAttempts } from './support/seed'

export const STUDENTS = Number(process.env.LOAD_STUDENTS ?? 200)
export const CONCURRENCY = 50
const PORT = 3301

async function burstOn(pgUrl: string | undefined): Promise<LoadResult> {
  const kind = pgUrl ? 'postgres' : 'pglite'
  const bench = `burst (${kind})`
  const checks = new Checks(bench)
  const rows: Row[] = []
  const dataDir = newDataDir()
  const database = pgUrl ? await createDatabase(pgUrl, 'lede_load') : undefined
  const target = database ? { url: database.url } : { dataDir }
  const seeded = await seedAssignment(target)
  const server = spawnServer({
    port: PORT,
    dataDir,
    ...(database ? { databaseUrl: database.url } : {}),
  })
  let stopped = false
  try {
    await server.waitHealthy()
    const { base } = server
    const all: Reply[] = []

    // Join as the class does: the /join page, its form posted (the server action sets the
    // student cookie and redirects), then the assignment page it redirects to.
    let t = performance.now()
    const joined = await mapLimit(
      Array.from({ length: STUDENTS }, (_, i) => i),
      CONCURRENCY,
      async (i) => {
        const j = await joinViaForm(
          base,
          seeded.joinCode,
          seeded.assignmentId,
          i,
          `Student ${i + 1}`,
        )
        const landing = j.student
          ? await call(base, `/a/${seeded.joinCode}`, { cookie: j.student.cookie })
          : null
        return { ...j, landing }
      },
    )
    const joinMs = performance.now() - t
    const posts = joined.map((j) => j.post)
    const landings = joined.flatMap((j) => (j.landing ? [j.landing] : []))
    rows.push(...phaseRows(bench, 'join: POST /join form (303)', posts, joinMs))
    rows.push(...phaseRows(bench, 'join: GET /a/<code>', landings, joinMs).slice(1))
    all.push(...joined.map((j) => j.page), ...posts, ...landings)
    const problems = joined.flatMap((j) => (j.problem ? [j.problem] : []))
    checks.zero(
      'joins failed (no 303 with a valid student cookie, or page not 200)',
      problems.length + landings.filter((r) => r.status !== 200).length,
      problems[0] ?? `${STUDENTS} joined through the /join form`,
    )
    const students = joined.flatMap((j) => (j.student ? [j.student] : []))
    const burstStarted = performance.now()

    t = performance.now()
    const starts = await mapLimit(students, CONCURRENCY, (s) =>
      startAssignment(base, s, seeded.joinCode),
    )
    rows.push(...phaseRows(bench, 'start', starts, performance.now() - t))
    all.push(...starts)

    const bodies = starts.map((r, i) => (r.body?.attemptId ? submissionBody(r.body, i) : null))
    t = performance.now()
    const submits = await mapLimit(students, CONCURRENCY, async (s, i) => {
      const state = starts[i]?.body
      const body = bodies[i]
      if (!state?.attemptId || !body) return null
      return submit(base, state.attemptId, body, s.cookie)
    })
    const sent = submits.filter((r): r is Reply<SubmissionResult> => r !== null)
    rows.push(...phaseRows(bench, 'submit', sent, performance.now() - t))
    all.push(...sent)
    checks.info(
      'burst: all start + all submit',
      (performance.now() - burstStarted) / 1000,
      's',
      `${STUDENTS} students, ≤ ${CONCURRENCY} in flight`,
    )

    checks.zero(
      'starts not 201',
      starts.filter((r) => r.status !== 201).length,
      `statuses: ${statusSummary(starts)}`,
    )
    checks.zero(
      'submits not 200',
      STUDENTS - sent.filter((r) => r.status === 200).length,
      `statuses: ${statusSummary(sent)}`,
    )

    // Lost: every acknowledged submission reads back as submitted with the same result.
    const acked = students.flatMap((s, i) => {
      const r = submits[i]
      return r?.status === 200 && r.body?.submitted ? [{ s, i, state: r.body }] : []
    })
    const reads = await mapLimit(acked, CONCURRENCY, ({ s, state }) =>
      readAttempt(base, state.attemptId, s.cookie),
    )
    all.push(...reads)
    const lostOverHttp = acked.filter(
      ({ state }, j) =>
        reads[j]?.status !== 200 || resultKey(reads[j]?.body ?? null) !== resultKey(state),
    ).length

    // Duplicates: the same body again (same submissionKey) returns the same result.
    const again = await mapLimit(acked, CONCURRENCY, ({ s, i, state }) =>
      submit(base, state.attemptId, bodies[i] as string, s.cookie),
    )
    all.push(...again)
    const differing = acked.filter(
      ({ state }, j) =>
        again[j]?.status !== 200 || resultKey(again[j]?.body ?? null) !== resultKey(state),
    ).length
    checks.zero('5xx responses', all.filter(is5xx).length, `${all.length} requests in all`)
    checks.zero(
      'lost: acknowledged but not read back',
      lostOverHttp,
      `${acked.length} acknowledged`,
    )
    checks.zero('resubmit (same key) answered differently', differing)

    // The database itself (PGlite: once the server has let go of the folder).
    if (!database) {
      await server.stop()
      stopped = true
    }
    const stored = await storedAttempts(target, seeded.assignmentId)
    const byId = new Map(stored.map((a) => [a.id, a]))
    const lostInDb = acked.filter(({ i, state }) => {
      const row = byId.get(state.attemptId)
      const key = JSON.parse(bodies[i] as string).submissionKey
      return !row?.submitted || row.score !== state.result?.score || row.submissionKey !== key
    }).length
    const perStudent = new Map<string, number>()
    for (const a of stored)
      perStudent.set(a.studentKey ?? '', (perStudent.get(a.studentKey ?? '') ?? 0) + 1)
    const doubles = [...perStudent.values()].filter((n) => n > 1).length
    checks.zero(
      'lost: acknowledged but not stored with its score and key',
      lostInDb,
      `${stored.length} rows, ${stored.filter((a) => a.submitted).length} submitted`,
    )
    checks.zero(
      'duplicated: students with more than one attempt row',
      doubles,
      `${perStudent.size} students in the database`,
    )
    checks.check(
      'rows = students',
      stored.length === STUDENTS,
      `${stored.length} attempt rows for ${STUDENTS} students`,
    )
    return { rows: [...rows, ...checks.rows], failures: checks.failures }
  } finally {
    if (!stopped) await server.stop()
    await database?.drop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

export function statusSummary(replies: (Reply | null)[]): string {
  const counts = new Map<number, number>()
  for (const r of replies) if (r) counts.set(r.status, (counts.get(r.status) ?? 0) + 1)
  return [...counts].map(([s, n]) => `${s === 0 ? 'no answer' : s}×${n}`).join(', ') || 'none'
}

export async function runBurst(): Promise<LoadResult> {
  const rows: Row[] = []
  const failures: string[] = []
  const pg = pgServerUrl()
  for (const url of [undefined, ...(pg ? [pg] : [])]) {
    const r = await burstOn(url)
    rows.push(...r.rows)
    failures.push(...r.failures)
  }
  if (!pg) rows.push(skippedWithoutPostgres('burst (postgres)'))
  return { rows, failures }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main(
    runBurst,
    `Class burst: ${STUDENTS} students, ≤ ${CONCURRENCY} requests in flight, loopback`,
  )
}
