/**
 * The CSV export: its core (db, teacherId, assignmentId) against the app's database, and the
 * route handler itself with a real better-auth session (next/headers is replaced by the
 * request headers a test chooses). Another teacher's id answers exactly like an unknown one.
 */
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import type { Db } from '@/lib/db/open'
import { loadAssignmentResults } from '@/lib/db/queries/results'
import { AppError } from '@/lib/errors'
import { randomId } from '@/lib/ids'
import { summarizeResults } from '@/lib/results'
import { useAppDatabase } from '../../support/quiz'
import { testDatabaseKind } from '../../support/test-db'
import { parseCsv } from '../../unit/results/parse-csv'
import { seedClass } from './seed'

const request = vi.hoisted(() => ({ headers: new Headers() }))
vi.mock('next/headers', () => ({
  headers: async () => request.headers,
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {} }),
}))

type Route = typeof import('@/app/(teacher)/teach/assignments/[assignmentId]/results.csv/route')
type Core = typeof import('@/app/(teacher)/teach/assignments/[assignmentId]/results/csv-export')

let cleanup: () => Promise<void>
let db: Db
let route: Route
let core: Core
let seeded: Awaited<ReturnType<typeof seedClass>>

beforeAll(async () => {
  cleanup = await useAppDatabase()
  const client = await import('@/lib/db/client')
  db = await client.getDb()
  expect((await client.getDatabase()).kind).toBe(testDatabaseKind)
  route = await import('@/app/(teacher)/teach/assignments/[assignmentId]/results.csv/route')
  core = await import('@/app/(teacher)/teach/assignments/[assignmentId]/results/csv-export')
  seeded = await seedClass(db)
})
afterAll(async () => {
  await cleanup?.()
})

const get = (assignmentId: string) =>
  route.GET(new Request(`http://lede.test/teach/assignments/${assignmentId}/results.csv`), {
    params: Promise.resolve({ assignmentId }),
  })

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const err = await promise.then(
    () => {
      throw new Error('expected a rejection')
    },
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(AppError)
  return err as AppError
}

describe(`CSV export core (${testDatabaseKind})`, () => {
  test('headers: CSV, attachment with a safe file name, never cached', async () => {
    const res = await core.resultsCsvResponse(db, seeded.teacherA, seeded.assignmentA)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="year-9-rockets-erbil-results.csv"',
    )
    expect(res.headers.get('cache-control')).toBe('no-store')
  })

  test('one row per submitted attempt, matching the results table cell for cell', async () => {
    const res = await core.resultsCsvResponse(db, seeded.teacherA, seeded.assignmentA)
    const [header, ...records] = parseCsv(await res.text())
    const data = await loadAssignmentResults(db, seeded.teacherA, seeded.assignmentA)
    if (!data) throw new Error('no results')
    const table = summarizeResults(data)
    expect(header).toEqual([
      'Name',
      'Score',
      'Max score',
      'Percent',
      'Actors earned',
      'Actors possible',
      'Dates earned',
      'Dates possible',
      'Positions earned',
      'Positions possible',
      'Places earned',
      'Places possible',
      'Time taken (s)',
      'Submitted at',
      'Attempts used',
    ])
    // Built here from the table's rows, independently of the CSV code.
    const expected = table.rows.map((row) => [
      row.name.startsWith('=') ? `'${row.name}` : row.name,
      String(row.score),
      String(row.maxScore),
      String(row.percent),
      ...table.categories.flatMap((c) => {
        const cell = row.categories[c]
        return cell ? [String(cell.earned), String(cell.possible)] : ['', '']
      }),
      String(row.durationSeconds),
      row.submittedAt.toISOString(),
      String(row.attemptsUsed),
    ])
    expect(records).toEqual(expected)
    expect(records).toHaveLength(5)
    // The hostile names survive as text: comma, quotes and line break intact, formula defused.
    expect(records.map((r) => r[0])).toEqual([
      '\'=HYPERLINK("http://evil.test","x")',
      'Anonymous',
      'Smith, Jo',
      'Zoë\n"Z"',
      'Zoë\n"Z"',
    ])
    expect(records[2]).toEqual([
      'Smith, Jo',
      '5',
      '5',
      '100',
      '2',
      '2',
      '1',
      '1',
      '1',
      '1',
      '1',
      '1',
      '185',
      '2025-03-03T09:03:05.000Z',
      '2',
    ])
    // The attempt that received only two questions leaves the other categories empty.
    expect(records[1]?.slice(4, 12)).toEqual(['1', '1', '', '', '1', '1', '', ''])
  })

  test('another teacher, an unknown id and a malformed id are the same 404', async () => {
    const others = await rejection(core.resultsCsvResponse(db, seeded.teacherB, seeded.assignmentA))
    const unknown = await rejection(core.resultsCsvResponse(db, seeded.teacherA, randomId()))
    const malformed = await rejection(core.resultsCsvResponse(db, seeded.teacherA, '../x'))
    for (const err of [others, unknown, malformed]) {
      expect(err.status).toBe(404)
      expect(err.code).toBe('not_found:assignment')
      expect(err.message).toBe(unknown.message)
    }
  })

  test('each teacher exports only their own class', async () => {
    const res = await core.resultsCsvResponse(db, seeded.teacherB, seeded.assignmentB)
    const [, ...records] = parseCsv(await res.text())
    expect(records.map((r) => r[0])).toEqual(['Bea'])
  })
})

describe(`GET /teach/assignments/[id]/results.csv (${testDatabaseKind})`, () => {
  test('no session: 401 JSON, not cached, for any id', async () => {
    request.headers = new Headers()
    for (const id of [seeded.assignmentA, randomId(), 'nonsense']) {
      const res = await get(id)
      expect(res.status).toBe(401)
      expect(res.headers.get('content-type')).toMatch(/^application\/json/)
      expect(res.headers.get('cache-control')).toBe('no-store')
      const body = (await res.json()) as { error: { code: string; message: string } }
      expect(body.error.code).toBe('unauthorized:teacher')
      expect(body.error.message).not.toBe('')
    }
  })

  test('a forged session cookie is no session', async () => {
    request.headers = new Headers({ cookie: 'better-auth.session_token=forged.signature' })
    expect((await get(seeded.assignmentA)).status).toBe(401)
  })

  test('signed in: the owner downloads the file, another teacher gets the unknown-id 404', async () => {
    const { getAuth } = await import('@/lib/auth/server')
    const auth = await getAuth()
    const signUp = async (name: string) => {
      const res = await auth.api.signUpEmail({
        body: {
          name,
          email: `${randomId().toLowerCase()}@school.test`,
          password: 'correct horse battery',
        },
        asResponse: true,
      })
      expect(res.status).toBe(200)
      const user = ((await res.json()) as { user: { id: string } }).user
      const cookie = res.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ')
      return { id: user.id, cookie }
    }
    const owner = await signUp('Olga Owner')
    const other = await signUp('Otto Other')
    const mine = await seedClass(db)
    // Hand the seeded assignment to the signed-up owner.
    const { assignments } = await import('@/lib/db/schema')
    const { eq } = await import('drizzle-orm')
    await db
      .update(assignments)
      .set({ ownerId: owner.id })
      .where(eq(assignments.id, mine.assignmentA))

    request.headers = new Headers({ cookie: owner.cookie })
    const ok = await get(mine.assignmentA)
    expect(ok.status).toBe(200)
    expect(ok.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const expected = await core.resultsCsvResponse(db, owner.id, mine.assignmentA)
    expect(await ok.text()).toBe(await expected.text())

    request.headers = new Headers({ cookie: other.cookie })
    const denied = await get(mine.assignmentA)
    const unknown = await get(randomId())
    expect(denied.status).toBe(404)
    expect(unknown.status).toBe(404)
    expect(await denied.json()).toEqual(await unknown.json())
  })
})
