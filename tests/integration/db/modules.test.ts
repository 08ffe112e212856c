import { readFileSync } from 'node:fs'
import { count } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { parseArticle, splitFrontMatter } from '@/lib/content'
import { ARTICLES_DIR } from '@/lib/content/repository'
import { type Database, migrateDatabase } from '@/lib/db/open'
import { ensureModuleVersion, getModuleVersion, listModuleVersions } from '@/lib/db/queries/modules'
import { attempts } from '@/lib/db/schema'
import { createTestDatabase, testDatabaseKind } from '../../support/test-db'

const slug = 'biden-al-kadhimi-rocket-attacks'
const source = readFileSync(`${ARTICLES_DIR}/${slug}.md`, 'utf8')
const doc = parseArticle(source, slug)
const { body } = splitFrontMatter(source, slug)

let database: Database
beforeAll(async () => {
  database = await createTestDatabase()
})
afterAll(async () => {
  await database?.close()
})

describe(`module versions on ${testDatabaseKind}`, () => {
  test('opens the expected kind of database with migrations applied', async () => {
    expect(database.kind).toBe(testDatabaseKind)
    const rows = await database.db.select({ n: count() }).from(attempts)
    expect(rows).toEqual([{ n: 0 }])
  })

  test('migrating twice is harmless', async () => {
    await migrateDatabase(database)
    await migrateDatabase(database)
  })

  test('the same article text maps to one version; new text makes the next version', async () => {
    const input = { slug, ownerId: null, meta: doc.meta, body, articleHash: doc.hash, pool: [] }
    const first = await ensureModuleVersion(database.db, input)
    const again = await ensureModuleVersion(database.db, input)
    expect(again.id).toBe(first.id)
    expect(first.version).toBe(1)

    const edited = await ensureModuleVersion(database.db, {
      ...input,
      body: `${body}\n\nA new paragraph.`,
      articleHash: 'edited',
    })
    expect(edited.version).toBe(2)
    expect(edited.id).not.toBe(first.id)

    const stored = await getModuleVersion(database.db, first.id)
    expect(stored?.meta).toEqual(doc.meta)
    expect(stored?.body).toBe(body)
    expect((await listModuleVersions(database.db, slug)).map((v) => v.version)).toEqual([1, 2])
  })

  test('concurrent first requests create exactly one version', async () => {
    const input = {
      slug: 'concurrent-module',
      ownerId: null,
      meta: doc.meta,
      body,
      articleHash: 'h1',
      pool: [],
    }
    const results = await Promise.all(
      Array.from({ length: 8 }, () => ensureModuleVersion(database.db, input)),
    )
    expect(new Set(results.map((r) => r.id)).size).toBe(1)
  })

  test("a slug cannot be versioned under another owner's name", async () => {
    const input = {
      slug,
      ownerId: 'someone-else',
      meta: doc.meta,
      body,
      articleHash: 'x',
      pool: [],
    }
    await expect(ensureModuleVersion(database.db, input)).rejects.toThrow(
      /belongs to another owner/,
    )
  })

  test('unknown ids find nothing', async () => {
    expect(await getModuleVersion(database.db, 'does-not-exist')).toBeUndefined()
  })
})
