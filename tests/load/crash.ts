/**
 * kill -9 in the middle of a class burst, then restart on the same data (PGlite folder or
 * PostgreSQL database). 200 students each start and submit (≤ 50 in flight); once a third
 * of the submissions are acknowledged, the server's process group gets SIGKILL.
 * Guarantees after the restart: every acknowledged submission is stored with the score
 * and key it was acknowledged with; a client whose start or submission got no answer does
 * what the browser does (starts again, which resumes the open attempt; resubmits the body
 * kept in localStorage, same submissionKey) and gets exactly one stored result; no student
 * has two attempt rows; no 5xx at any time. On PGlite, and on PostgreSQL when
 * BENCH_DATABASE_URL or TEST_DATABASE_URL is set. Exits non-zero when one fails.
 *
 *   npx next build && npx tsx tests/load/crash.ts
 */
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import type { SubmissionResult } from '@/lib/quiz/schemas'
import {
  createDatabase,
  newDataDir,
  portIsFree,
  type ServerProcess,
  spawnServer,
} from '../bench/support/server'
import type { Row } from '../bench/support/table'
import {
  Checks,
  is5xx,
  type LoadResult,
  main,
  makeStudents,
  mapLimit,
  pgServerUrl,
  type Reply,
  readAttempt,
  resultKey,
  skippedWithoutPostgres,
  startAssignment,
  submissionBody,
  submit,
} from './support/client'
import { seedAssignment, storedAttempts } from './support/seed'

const STUDENTS = Number(process.env.LOAD_STUDENTS ?? 200)
const CONCURRENCY = 50
const KILL_AFTER = Math.ceil(STUDENTS / 3)
const PORT = 3321

type Track = {
  attemptId?: string
  body?: string
  acked?: SubmissionResult
  /** The submission went out and no answer came back. */
  unanswered?: boolean
  /** The start went out and no answer came back. */
  startUnanswered?: boolean
}

/** The PIDs listening on the port, as the kernel sees them. */
function listeners(port: number): number[] {
  try {
    const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' })
    return [...out.matchAll(/pid=(\d+)/g)].map((m) => Number(m[1]))
  } catch {
    return []
  }
}

async function crashOn(pgUrl: string | undefined): Promise<LoadResult> {
  const kind = pgUrl ? 'postgres' : 'pglite'
  const bench = `crash (${kind})`
  const checks = new Checks(bench)
  const dataDir = newDataDir()
  const database = pgUrl ? await createDatabase(pgUrl, 'lede_load') : undefined
  const target = database ? { url: database.url } : { dataDir }
  const seeded = await seedAssignment(target)
  const spawn = () =>
    spawnServer({ port: PORT, dataDir, ...(database ? { databaseUrl: database.url } : {}) })
  let server: ServerProcess = spawn()
  const all: Reply[] = []
  try {
    await server.waitHealthy()
    const { base } = server
    const held = listeners(PORT)
    checks.check(
      'the port is held by the spawned process',
      held.length > 0 && held.every((p) => p === server.pid),
      `listening PID(s) ${held.join(', ') || '?'}; spawned ${server.pid}`,
    )
    const students = makeStudents(STUDENTS, seeded.assignmentId)
    const tracks: Track[] = students.map(() => ({}))

    // The burst, killed part-way through.
    let acked = 0
    let killing: Promise<void> | undefined
    const t = performance.now()
    await mapLimit(students, CONCURRENCY, async (s, i) => {
      if (killing) return
      const track = tracks[i] as Track
      const started = await startAssignment(base, s, seeded.joinCode)
      all.push(started)
      if (started.status === 0) track.startUnanswered = true
      if (started.status !== 201 || !started.body) return
      track.attemptId = started.body.attemptId
      track.body = submissionBody(started.body, i)
      if (killing) return
      const sent = await submit(base, track.attemptId, track.body, s.cookie)
      all.push(sent)
      if (sent.status === 200 && sent.body?.submitted) {
        track.acked = sent.body
        if (++acked >= KILL_AFTER && !killing) killing = server.kill9()
      } else if (sent.status === 0) track.unanswered = true
    })
    await killing
    const killedAt = (performance.now() - t) / 1000
    const gone = await portIsFree(PORT)
    checks.check(
      'kill -9 freed the port',
      gone && server.exited(),
      `SIGKILL to process group ${server.pid} after ${killedAt.toFixed(2)} s`,
    )
    const ackedBefore = tracks.filter((x) => x.acked).length
    const unanswered = tracks.filter((x) => x.unanswered).length
    const startsUnanswered = tracks.filter((x) => x.startUnanswered).length
    const noStart = tracks.filter((x) => !x.attemptId && !x.startUnanswered).length
    checks.info(
      'before the kill: submissions acknowledged',
      ackedBefore,
      'students',
      `${unanswered} submissions and ${startsUnanswered} starts unanswered; ${noStart} students not yet started`,
    )
    if (database) {
      const rows = await storedAttempts(target, seeded.assignmentId)
      const committedUnanswered = tracks.filter(
        (x) => x.unanswered && rows.find((r) => r.id === x.attemptId)?.submitted,
      ).length
      checks.info(
        'unanswered submissions already committed',
        committedUnanswered,
        'students',
        'the resubmission must return their stored result',
      )
    }

    // Restart on the same data.
    server = spawn()
    const restartStarted = performance.now()
    await server.waitHealthy(60_000)
    checks.info('restart until healthy', (performance.now() - restartStarted) / 1000, 's')

    // Acknowledged before the kill: read back unchanged.
    const ackedTracks = students.flatMap((s, i) => {
      const x = tracks[i] as Track
      return x.acked ? [{ s, x }] : []
    })
    const reads = await mapLimit(ackedTracks, CONCURRENCY, ({ s, x }) =>
      readAttempt(server.base, x.attemptId as string, s.cookie),
    )
    all.push(...reads)
    checks.zero(
      'lost: acknowledged before the kill, not read back the same',
      ackedTracks.filter(
        ({ x }, j) =>
          reads[j]?.status !== 200 ||
          resultKey(reads[j]?.body ?? null) !== resultKey(x.acked ?? null),
      ).length,
      `${ackedTracks.length} acknowledged`,
    )

    // The rest do what the browser does: start again if the start was not acknowledged
    // (this resumes the open attempt), resubmit the kept body, and once more for good measure.
    const recover = students.flatMap((s, i) => {
      const x = tracks[i] as Track
      return x.acked ? [] : [{ s, i, x }]
    })
    let recoveryFailures = 0
    const recovered = await mapLimit(recover, CONCURRENCY, async ({ s, i, x }) => {
      if (!x.attemptId || !x.body) {
        const again = await startAssignment(server.base, s, seeded.joinCode)
        all.push(again)
        if (again.status !== 201 || !again.body) {
          recoveryFailures++
          return null
        }
        x.attemptId = again.body.attemptId
        x.body = submissionBody(again.body, i)
      }
      const first = await submit(server.base, x.attemptId, x.body, s.cookie)
      const second = await submit(server.base, x.attemptId, x.body, s.cookie)
      all.push(first, second)
      if (first.status !== 200 || second.status !== 200) {
        recoveryFailures++
        return null
      }
      return { first: first.body, second: second.body }
    })
    checks.zero(
      'recovery: restart or resubmission refused',
      recoveryFailures,
      `${recover.length} students recovered (${unanswered} resubmitted a kept body)`,
    )
    checks.zero(
      'doubles: two resubmissions answered differently',
      recovered.filter((r) => r && resultKey(r.first ?? null) !== resultKey(r.second ?? null))
        .length,
    )
    checks.zero('5xx responses', all.filter(is5xx).length, `${all.length} requests in all`)

    // The database: one submitted row per student, with the acknowledged score and key.
    await server.stop()
    const stored = await storedAttempts(target, seeded.assignmentId)
    const byId = new Map(stored.map((a) => [a.id, a]))
    const perStudent = new Map<string, number>()
    for (const a of stored)
      perStudent.set(a.studentKey ?? '', (perStudent.get(a.studentKey ?? '') ?? 0) + 1)
    const mismatched = students.filter((_, i) => {
      const x = tracks[i] as Track
      const r = recovered[recover.findIndex((y) => y.i === i)]
      const state = x.acked ?? r?.first
      const row = x.attemptId ? byId.get(x.attemptId) : undefined
      const key = x.body ? JSON.parse(x.body).submissionKey : undefined
      return (
        !state || !row?.submitted || row.score !== state.result?.score || row.submissionKey !== key
      )
    }).length
    checks.zero(
      'lost: not stored with the acknowledged score and key',
      mismatched,
      `${stored.filter((a) => a.submitted).length}/${stored.length} rows submitted`,
    )
    checks.zero(
      'duplicated: students with more than one attempt row',
      [...perStudent.values()].filter((n) => n > 1).length,
      `${perStudent.size} students, ${stored.length} rows; ${startsUnanswered} starts had gone unanswered`,
    )
    return { rows: checks.rows, failures: checks.failures }
  } finally {
    await server.stop()
    await database?.drop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

export async function runCrash(): Promise<LoadResult> {
  const rows: Row[] = []
  const failures: string[] = []
  const pg = pgServerUrl()
  for (const url of [undefined, ...(pg ? [pg] : [])]) {
    try {
      const r = await crashOn(url)
      rows.push(...r.rows)
      failures.push(...r.failures)
    } catch (err) {
      const bench = `crash (${url ? 'postgres' : 'pglite'})`
      rows.push({ bench, name: 'run', value: 0, unit: '✗', note: String(err) })
      failures.push(`${bench}: ${String(err)}`)
    }
  }
  if (!pg) rows.push(skippedWithoutPostgres('crash (postgres)'))
  return { rows, failures }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main(
    runCrash,
    `kill -9 mid-burst: ${STUDENTS} students, ≤ ${CONCURRENCY} in flight, SIGKILL after ${KILL_AFTER} acknowledged submissions`,
  )
}
