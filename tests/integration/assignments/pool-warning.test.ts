/**
 * The assignment form's pool-size warning for a stored module version (PGlite, or
 * PostgreSQL with TEST_DATABASE_URL), as the new-assignment page builds it: the count it
 * warns with follows the categories and formats ticked, and is the count the server then
 * enforces when the form is submitted.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { availabilityFor, poolWarning } from '@/lib/assignments/availability'
import {
  availabilityTable,
  parseAssignmentSettings,
  summarizePool,
} from '@/lib/assignments/settings'
import type { Database } from '@/lib/db/open'
import { getAssignableVersion } from '@/lib/db/queries/assignments'
import { createTestDatabase, testDatabaseKind } from '../../support/test-db'
import { insertTeacher, insertVersion } from './support'

let database: Database
const db = () => database.db
let teacher: { id: string }
let versionId: string

beforeAll(async () => {
  database = await createTestDatabase()
  teacher = await insertTeacher(db(), 'Dara')
  versionId = (await insertVersion(db(), teacher.id)).id
})
afterAll(async () => {
  await database?.close()
})

/** What the page hands the form, from the stored version. */
async function formData() {
  const found = await getAssignableVersion(db(), versionId, teacher.id)
  if (!found) throw new Error('version not assignable')
  const { pool } = found.version
  const summary = summarizePool(pool)
  const lists = {
    categories: summary.categories.map((c) => c.category),
    formats: summary.formats.map((f) => f.format),
  }
  return { pool, summary, lists, table: availabilityTable(pool, lists.categories, lists.formats) }
}

describe(`the pool-size warning on ${testDatabaseKind}`, () => {
  test('the same settings warn for a narrow choice of formats and not for the whole pool', async () => {
    const { pool, summary, lists, table } = await formData()
    const all = { categories: new Set(lists.categories), formats: new Set(lists.formats) }
    const narrow = { ...all, formats: new Set(['match', 'order']) }
    const wholeCount = availabilityFor(table, lists, all)
    const narrowCount = availabilityFor(table, lists, narrow)
    expect(wholeCount).toBe(summary.available)
    expect(narrowCount).toBeGreaterThanOrEqual(1)
    expect(narrowCount).toBeLessThan(wholeCount)

    const count = 3
    const attempts = Math.floor(narrowCount / count) + 1
    expect(attempts * count).toBeLessThanOrEqual(wholeCount)
    expect(poolWarning({ available: wholeCount, count, attempts, narrowed: false })).toBe('')
    expect(poolWarning({ available: narrowCount, count, attempts, narrowed: true })).toContain(
      `too small for ${attempts} attempts of ${count} questions: it has ${narrowCount} in these categories and formats`,
    )

    // The form submitted with more questions than the narrow choice holds is refused with that number.
    const submitted = parseAssignmentSettings(
      {
        title: 'Rockets',
        questionCount: String(narrowCount + 1),
        categories: lists.categories.join(','),
        formats: 'match,order',
        maxAttempts: '1',
      },
      { pool, now: new Date() },
    )
    expect(submitted.ok).toBe(false)
    const message = submitted.ok
      ? ''
      : (submitted.fieldErrors.questionCount ?? submitted.fieldErrors.formats)
    expect(message).toContain(String(narrowCount))
    expect(
      poolWarning({
        available: narrowCount,
        count: narrowCount + 1,
        attempts: 1,
        narrowed: true,
      }),
    ).toContain(`ask at most ${narrowCount}`)
  })
})
