/**
 * Two `next start` processes on different ports sharing one PostgreSQL database (skipped
 * without BENCH_DATABASE_URL or TEST_DATABASE_URL). 200 students spread across both: half
 * start and submit on one instance, half start on one and submit on the other (so no
 * per-process cache is needed for correctness). Built-in attempts cross over too, and are
 * resubmitted on the instance whose cache remembers them. A teacher signs in on A and the
 * session cookie works on B; the sign-in rate limit exhausted on A refuses on B as well.
 * Every attempt reads the same from A and from B. Exits non-zero when a guarantee fails.
 *
 *   npx next build && TEST_DATABASE_URL=postgres://… npx tsx tests/load/two-instances.ts
 */
import { pathToFileURL } from 'node:url'
import type { AttemptState } from '@/lib/quiz/schemas'
import { createDatabase, type ServerProcess, spawnServer } from '../bench/support/server'
import {
  Checks,
  call,
  canonical,
  is5xx,
  type LoadResult,
  main,
  makeStudents,
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
import { SLUG, seedAssignment, storedAttempts } from './support/seed'

const STUDENTS = Number(process.env.LOAD_STUDENTS ?? 200)
const BUILT_IN = 40
const CONCURRENCY = 50
const PORTS = [3311, 3312] as const
const SIGN_IN_LIMIT = 5
/** The origin both instances serve behind one name, as behind a load balancer. */
const PUBLIC_BASE_URL = `http://127.0.0.1:${PORTS[0]}`

async function authPost(
  base: string,
  path: string,
  body: unknown,
  ip: string,
): Promise<{ status: number; cookie: string; body: unknown }> {
  const res = await fetch(`${base}/api/auth${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: PUBLIC_BASE_URL,
      'x-forwarded-for': ip,
    },
    body: JSON.stringify(body),
    redirect: 'manual',
  })
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
  return { status: res.status, cookie, body: await res.json().catch(() => null) }
}

async function teacherChecks(checks: Checks, a: string, b: string) {
  const email = `teacher-${Date.now()}@school.test`
  const password = 'correct horse battery'
  const signUp = await authPost(
    a,
    '/sign-up/email',
    { name: 'Ada Teacher', email, password },
    '10.1.0.1',
  )
  checks.check('teacher signs up on A', signUp.status === 200, `status ${signUp.status}`)
  const signIn = await authPost(a, '/sign-in/email', { email, password }, '10.1.0.2')
  checks.check(
    'teacher signs in on A',
    signIn.status === 200 && signIn.cookie.includes('session_token'),
    `status ${signIn.status}`,
  )
  const onB = await call<{ user?: { email?: string } } | null>(b, '/api/auth/get-session', {
    cookie: signIn.cookie,
  })
  checks.check(
    "A's session cookie is valid on B",
    onB.status === 200 && onB.body?.user?.email === email,
    `B's get-session: ${onB.status}, ${onB.body?.user?.email ?? 'no user'}`,
  )
  const page = await call(b, '/teach', { cookie: signIn.cookie })
  const anonymous = await call(b, '/teach')
  checks.check(
    "B serves /teach with A's session (and not without)",
    page.status === 200 && anonymous.status !== 200,
    `with the cookie ${page.status}, without ${anonymous.status}`,
  )

  // Exhaust the sign-in limit on A for an account no one has signed in to yet (limits count
  // per account and per client); B must refuse that account as well, and serve others.
  const guarded = `guarded-${email}`
  await authPost(a, '/sign-up/email', { name: 'Bea Teacher', email: guarded, password }, '10.1.0.5')
  const ip = '10.1.0.3'
  const wrong = { email: guarded, password: 'not the password at all' }
  const onA: number[] = []
  for (let i = 0; i < SIGN_IN_LIMIT + 1; i++)
    onA.push((await authPost(a, '/sign-in/email', wrong, ip)).status)
  const limitedOnB = await authPost(b, '/sign-in/email', { email: guarded, password }, ip)
  const otherOnB = await authPost(
    b,
    '/sign-in/email',
    { email: `someone-else-${email}`, password: 'not the password at all' },
    '10.1.0.4',
  )
  checks.check(
    `sign-in limit (${SIGN_IN_LIMIT}/min) reached on A`,
    onA.at(-1) === 429 && onA.slice(0, SIGN_IN_LIMIT).every((s) => s !== 429),
    `A answered ${onA.join(', ')}`,
  )
  checks.check(
    'B refuses the same account and client (limits live in the database)',
    limitedOnB.status === 429,
    `B answered ${limitedOnB.status} to the right password; another client ${otherOnB.status}`,
  )
  checks.check('B still serves other clients', otherOnB.status === 401, `status ${otherOnB.status}`)
}

export async function runTwoInstances(): Promise<LoadResult> {
  const bench = 'two instances (postgres)'
  const pg = pgServerUrl()
  if (!pg)
    return {
      rows: [skippedWithoutPostgres(bench, ': two instances need PostgreSQL')],
      failures: [],
    }
  const checks = new Checks(bench)
  const rows = []
  const database = await createDatabase(pg, 'lede_load')
  const seeded = await seedAssignment({ url: database.url })
  const servers: ServerProcess[] = PORTS.map((port) =>
    spawnServer({
      port,
      databaseUrl: database.url,
      env: { PUBLIC_BASE_URL, LEDE_SIGN_IN_LIMIT: String(SIGN_IN_LIMIT) },
    }),
  )
  try {
    await Promise.all(servers.map((s) => s.waitHealthy()))
    const [a, b] = servers.map((s) => s.base) as [string, string]
    const all: Reply[] = []
    const students = makeStudents(STUDENTS, seeded.assignmentId)
    // i % 4: 0 A→A, 1 A→B, 2 B→B, 3 B→A.
    const startOn = (i: number) => (i % 4 < 2 ? a : b)
    const submitOn = (i: number) => (i % 4 === 0 || i % 4 === 3 ? a : b)
    const other = (base: string) => (base === a ? b : a)

    let t = performance.now()
    const starts = await mapLimit(students, CONCURRENCY, (s, i) =>
      startAssignment(startOn(i), s, seeded.joinCode),
    )
    rows.push(...phaseRows(bench, 'start (A and B)', starts, performance.now() - t))
    const bodies = starts.map((r, i) => (r.body ? submissionBody(r.body, i) : ''))
    t = performance.now()
    const submits = await mapLimit(students, CONCURRENCY, (s, i) =>
      submit(
        submitOn(i),
        starts[i]?.body?.attemptId ?? 'missing-attempt-id-000000',
        bodies[i] ?? '',
        s.cookie,
      ),
    )
    rows.push(...phaseRows(bench, 'submit (half crossing over)', submits, performance.now() - t))
    all.push(...starts, ...submits)
    checks.zero('starts not 201', starts.filter((r) => r.status !== 201).length)
    checks.zero('submits not 200', submits.filter((r) => r.status !== 200).length)

    // The same attempt read from both instances; resubmitted on the other one.
    const compare = await mapLimit(students, CONCURRENCY, async (s, i) => {
      const id = starts[i]?.body?.attemptId ?? ''
      const [fromA, fromB] = await Promise.all([
        readAttempt(a, id, s.cookie),
        readAttempt(b, id, s.cookie),
      ])
      const again = await submit(other(submitOn(i)), id, bodies[i] ?? '', s.cookie)
      all.push(fromA, fromB, again)
      return { fromA, fromB, again, acked: submits[i]?.body ?? null }
    })
    checks.zero(
      'reads differ between A and B',
      compare.filter(
        (c) => c.fromA.status !== 200 || canonical(c.fromA.body) !== canonical(c.fromB.body),
      ).length,
      `${STUDENTS} attempts read from both (whole state compared)`,
    )
    checks.zero(
      'lost: read back differs from the acknowledged result',
      compare.filter((c) => resultKey(c.fromA.body) !== resultKey(c.acked)).length,
    )
    checks.zero(
      'resubmit on the other instance answered differently',
      compare.filter(
        (c) => c.again.status !== 200 || resultKey(c.again.body) !== resultKey(c.acked),
      ).length,
    )

    // Built-in modules: start on A (A's cache remembers the attempt), submit on B, then the
    // same body on A (its cache's fast path) must return B's result, not grade again.
    const builtIn = await mapLimit(
      Array.from({ length: BUILT_IN }, (_, i) => i),
      CONCURRENCY,
      async (i) => {
        const started = await call<AttemptState>(a, '/api/attempts', { body: { slug: SLUG } })
        if (!started.body) return { ok: false, replies: [started] }
        const body = submissionBody(started.body, i)
        const onB = await submit(b, started.body.attemptId, body)
        const onA = await submit(a, started.body.attemptId, body)
        const differentKey = await submit(
          a,
          started.body.attemptId,
          submissionBody(started.body, i + 1),
        )
        const ok =
          onB.status === 200 &&
          resultKey(onA.body) === resultKey(onB.body) &&
          resultKey(differentKey.body) === resultKey(onB.body)
        return { ok, replies: [started, onB, onA, differentKey] }
      },
    )
    for (const x of builtIn) all.push(...x.replies)
    checks.zero(
      'built-in: A (cached) and B answered differently',
      builtIn.filter((x) => !x.ok).length,
      `${BUILT_IN} attempts started on A, submitted on B, resubmitted on A`,
    )

    await teacherChecks(checks, a, b)
    checks.zero('5xx responses', all.filter(is5xx).length, `${all.length} requests in all`)

    const stored = await storedAttempts({ url: database.url }, seeded.assignmentId)
    const perStudent = new Map<string, number>()
    for (const r of stored)
      perStudent.set(r.studentKey ?? '', (perStudent.get(r.studentKey ?? '') ?? 0) + 1)
    checks.check(
      'one submitted row per student',
      stored.length === STUDENTS &&
        perStudent.size === STUDENTS &&
        stored.every((r) => r.submitted),
      `${stored.length} rows, ${perStudent.size} students, ${stored.filter((r) => r.submitted).length} submitted`,
    )
    return { rows: [...rows, ...checks.rows], failures: checks.failures }
  } finally {
    await Promise.all(servers.map((s) => s.stop()))
    await database.drop()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main(
    runTwoInstances,
    `Two instances on one PostgreSQL: ${STUDENTS} students on ports ${PORTS.join(' and ')}, ≤ ${CONCURRENCY} in flight`,
  )
}
