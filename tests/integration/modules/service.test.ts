/**
 * Teacher modules on a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL): create
 * from a paste, curate the draft, publish immutable versions — and another teacher can
 * neither read nor change any of it.
 */
import { readFileSync } from 'node:fs'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { parseArticle } from '@/lib/content'
import type { Database } from '@/lib/db/open'
import { getModuleVersion } from '@/lib/db/queries/modules'
import { listOwnedModules } from '@/lib/db/queries/teacher'
import {
  draftMatchesVersion,
  getOwnedModule,
  listOwnedModuleVersions,
  replaceOwnedDraft,
} from '@/lib/db/queries/teacher-modules'
import { modules, user } from '@/lib/db/schema'
import { AppError } from '@/lib/errors'
import { randomId } from '@/lib/ids'
import { ModuleInputError } from '@/lib/modules/errors'
import { correctSlot } from '@/lib/modules/questions'
import { MAX_OPTIONS, type PastedArticle, pastedArticleSchema } from '@/lib/modules/schemas'
import {
  addDraftQuestion,
  createModuleFromPaste,
  type Draft,
  editDraftQuestion,
  getBuiltInReview,
  getModuleReview,
  publishModule,
  regenerateDraftQuestion,
  removeDraftQuestion,
} from '@/lib/modules/service'
import type { Question } from '@/lib/questions/types'
import { createTestDatabase, testDatabaseKind } from '../../support/test-db'

const fixture = parseArticle(
  readFileSync('tests/fixtures/articles/coalition-budget-clash.md', 'utf8'),
  'coalition-budget-clash',
)
const pastedText = [
  fixture.meta.title,
  ...fixture.paragraphs.map((p) => p.text),
  'Source: Politics Desk',
].join('\n')

const paste = (overrides: Record<string, string> = {}): PastedArticle =>
  pastedArticleSchema.parse({
    title: fixture.meta.title,
    source: '',
    publishedAt: fixture.meta.publishedAt,
    standfirst: '',
    text: pastedText,
    ...overrides,
  })

const pad = (texts: string[]) => Array.from({ length: MAX_OPTIONS }, (_, i) => texts[i] ?? '')

let database: Database
const db = () => database.db
const alice = { id: randomId(), name: 'Alice', email: 'alice@school.test' }
const bob = { id: randomId(), name: 'Bob', email: 'bob@school.test' }

beforeAll(async () => {
  database = await createTestDatabase()
  await database.db.insert(user).values([alice, bob])
})
afterAll(async () => {
  await database?.close()
})

async function rejectsWith(promise: Promise<unknown>, code: string) {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(AppError)
  expect((err as AppError).code).toBe(code)
  return err as AppError
}

async function draftOf(moduleId: string, ownerId = alice.id): Promise<Draft> {
  const row = await getOwnedModule(db(), ownerId, moduleId)
  if (!row) throw new Error('module missing')
  return row.draft as Draft
}

const singleEdit = (q: Question, changes: Partial<ReturnType<typeof baseEdit>> = {}) => ({
  ...baseEdit(q),
  ...changes,
})
function baseEdit(q: Question) {
  return {
    prompt: q.prompt,
    statement: '',
    before: '',
    after: '',
    explanation: '',
    correct: correctSlot(q),
    options: pad('options' in q ? q.options.map((o) => o.text) : []),
    left: pad([]),
    right: pad([]),
    items: pad([]),
  }
}

describe(`teacher modules on ${testDatabaseKind}`, () => {
  let moduleId: string

  test('creating from a paste stores the article and a generated draft, owned by the teacher', async () => {
    ;({ moduleId } = await createModuleFromPaste(db(), alice.id, paste()))
    const row = await getOwnedModule(db(), alice.id, moduleId)
    expect(row?.slug).toMatch(/^m-[a-z0-9]+$/)
    const draft = row?.draft as Draft
    expect(draft.meta).toMatchObject({
      title: fixture.meta.title,
      source: 'Politics Desk',
      publishedAt: fixture.meta.publishedAt,
      language: 'en',
    })
    expect(draft.pool.length).toBeGreaterThan(5)
    expect(draft.pool.length).toBeLessThanOrEqual(16)
    expect(draft.dismissed).toEqual([])
    const review = await getModuleReview(db(), alice.id, moduleId)
    expect(review?.doc.paragraphs.map((p) => p.text)).toEqual(fixture.paragraphs.map((p) => p.text))
    expect(review?.versions).toEqual([])
    expect(review?.unpublishedChanges).toBe(true)
    expect((await listOwnedModules(db(), alice.id)).map((m) => m.id)).toContain(moduleId)
  })

  test('removing a question takes it out of the draft and remembers it', async () => {
    const before = await draftOf(moduleId)
    const target = before.pool[1] as Question
    const removed = await removeDraftQuestion(db(), alice.id, moduleId, target.id)
    expect(removed.id).toBe(target.id)
    const after = await draftOf(moduleId)
    expect(after.pool.map((q) => q.id)).toEqual(
      before.pool.filter((q) => q.id !== target.id).map((q) => q.id),
    )
    expect(after.dismissed).toContain(target.id)
    await rejectsWith(
      removeDraftQuestion(db(), alice.id, moduleId, target.id),
      'not_found:question',
    )
  })

  test('editing a question replaces it in place with re-derived ids', async () => {
    const before = await draftOf(moduleId)
    const index = before.pool.findIndex((q) => q.format === 'single')
    const target = before.pool[index] as Question
    const edited = await editDraftQuestion(
      db(),
      alice.id,
      moduleId,
      target.id,
      singleEdit(target, { prompt: 'Edited: who said it, according to the article?' }),
    )
    expect(edited.id).not.toBe(target.id)
    const after = await draftOf(moduleId)
    expect(after.pool[index]).toEqual(edited)
    expect(after.pool).toHaveLength(before.pool.length)
    expect(after.dismissed).toContain(target.id)
  })

  test('an invalid edit is rejected with field errors and changes nothing', async () => {
    const before = await draftOf(moduleId)
    const target = before.pool.find((q) => q.format === 'single') as Question
    const err = await rejectsWith(
      editDraftQuestion(db(), alice.id, moduleId, target.id, singleEdit(target, { correct: 0 })),
      'unprocessable:module',
    )
    expect((err as ModuleInputError).fieldErrors).toEqual({ correct: 'Choose the correct option' })
    const err2 = await rejectsWith(
      editDraftQuestion(
        db(),
        alice.id,
        moduleId,
        target.id,
        singleEdit(target, { options: pad(['Same', 'same']), correct: 1 }),
      ),
      'unprocessable:module',
    )
    expect((err2 as ModuleInputError).fieldErrors).toHaveProperty('option2')
    expect(await draftOf(moduleId)).toEqual(before)
  })

  test('adding a teacher-written question appends it; an identical one is refused', async () => {
    const input = {
      format: 'single' as const,
      prompt: 'Which party does Clara Brandt belong to?',
      explanation: '',
      answer: 'The Free Democrats',
      distractors: ['The Greens', 'The Social Democrats'],
      category: 'actor' as const,
    }
    const added = await addDraftQuestion(db(), alice.id, moduleId, input)
    const after = await draftOf(moduleId)
    expect(after.pool.at(-1)).toEqual(added)
    expect(added.format === 'single' && added.options.map((o) => o.text).sort()).toEqual([
      'The Free Democrats',
      'The Greens',
      'The Social Democrats',
    ])
    const again = await rejectsWith(
      addDraftQuestion(db(), alice.id, moduleId, input),
      'unprocessable:module',
    )
    expect(again.message).toMatch(/already asks exactly this/)
  })

  test('regenerating replaces one question with a new generated one, until none is left', async () => {
    const before = await draftOf(moduleId)
    const index = 0
    const target = before.pool[index] as Question
    const next = await regenerateDraftQuestion(db(), alice.id, moduleId, target.id)
    expect(before.pool.map((q) => q.id)).not.toContain(next.id)
    expect(before.dismissed ?? []).not.toContain(next.id)
    const after = await draftOf(moduleId)
    expect(after.pool[index]).toEqual(next)
    expect(after.dismissed).toContain(target.id)

    // Keep regenerating the same slot: each answer is new, and eventually none is left.
    const seen = new Set([target.id, next.id])
    let current = next
    let message = ''
    for (let i = 0; i < 60; i++) {
      try {
        current = await regenerateDraftQuestion(db(), alice.id, moduleId, current.id)
        expect(seen.has(current.id)).toBe(false)
        seen.add(current.id)
      } catch (err) {
        expect(err).toBeInstanceOf(ModuleInputError)
        message = (err as Error).message
        break
      }
    }
    expect(message).toMatch(/No other question can be generated/)
  })

  test('publishing twice makes versions 1 and 2; version 1 never changes', async () => {
    const first = await publishModule(db(), alice.id, moduleId)
    expect(first.created).toBe(true)
    expect(first.version.version).toBe(1)
    const v1 = await getModuleVersion(db(), first.version.id)
    expect(await draftMatchesVersion(db(), alice.id, moduleId, first.version.id)).toBe(true)
    expect((await getModuleReview(db(), alice.id, moduleId))?.unpublishedChanges).toBe(false)

    const same = await publishModule(db(), alice.id, moduleId)
    expect(same.created).toBe(false)
    expect(same.version.id).toBe(first.version.id)

    const draft = await draftOf(moduleId)
    await removeDraftQuestion(db(), alice.id, moduleId, (draft.pool[0] as Question).id)
    expect((await getModuleReview(db(), alice.id, moduleId))?.unpublishedChanges).toBe(true)
    const second = await publishModule(db(), alice.id, moduleId)
    expect(second.created).toBe(true)
    expect(second.version.version).toBe(2)
    expect(second.version.pool).toHaveLength(draft.pool.length - 1)

    expect(await getModuleVersion(db(), first.version.id)).toEqual(v1)
    const versions = await listOwnedModuleVersions(db(), alice.id, moduleId)
    expect(versions.map((v) => v.version)).toEqual([2, 1])
    expect(versions[1]?.questionCount).toBe(draft.pool.length)
    expect(versions[0]?.title).toBe(fixture.meta.title)
  })

  test('another teacher cannot read or change anything: it looks missing', async () => {
    const draft = await draftOf(moduleId)
    const q = draft.pool[0] as Question
    const [version] = await listOwnedModuleVersions(db(), alice.id, moduleId)
    if (!version) throw new Error('no version')

    expect(await getOwnedModule(db(), bob.id, moduleId)).toBeUndefined()
    expect(await getModuleReview(db(), bob.id, moduleId)).toBeNull()
    expect(await listOwnedModuleVersions(db(), bob.id, moduleId)).toEqual([])
    expect(await draftMatchesVersion(db(), bob.id, moduleId, version.id)).toBe(false)
    expect(await replaceOwnedDraft(db(), bob.id, moduleId, draft, { ...draft, pool: [] })).toBe(
      false,
    )
    expect((await listOwnedModules(db(), bob.id)).map((m) => m.id)).not.toContain(moduleId)

    await rejectsWith(removeDraftQuestion(db(), bob.id, moduleId, q.id), 'not_found:module')
    await rejectsWith(
      editDraftQuestion(db(), bob.id, moduleId, q.id, singleEdit(q)),
      'not_found:module',
    )
    await rejectsWith(regenerateDraftQuestion(db(), bob.id, moduleId, q.id), 'not_found:module')
    await rejectsWith(
      addDraftQuestion(db(), bob.id, moduleId, {
        format: 'single',
        category: 'actor',
        prompt: q.prompt,
        explanation: '',
        answer: 'A',
        distractors: ['B'],
      }),
      'not_found:module',
    )
    await rejectsWith(publishModule(db(), bob.id, moduleId), 'not_found:module')
    // A made-up id behaves the same way.
    await rejectsWith(publishModule(db(), alice.id, randomId()), 'not_found:module')

    expect(await draftOf(moduleId)).toEqual(draft)
    expect(await listOwnedModuleVersions(db(), alice.id, moduleId)).toHaveLength(2)
  })

  test('a stale draft write loses to the newer one (compare-and-swap)', async () => {
    const draft = await draftOf(moduleId)
    await removeDraftQuestion(db(), alice.id, moduleId, (draft.pool[0] as Question).id)
    expect(await replaceOwnedDraft(db(), alice.id, moduleId, draft, { ...draft, pool: [] })).toBe(
      false,
    )
    expect((await draftOf(moduleId)).pool).toHaveLength(draft.pool.length - 1)
  })

  test('publishing an empty draft is refused', async () => {
    const { moduleId: id } = await createModuleFromPaste(db(), alice.id, paste())
    for (const q of (await draftOf(id)).pool) await removeDraftQuestion(db(), alice.id, id, q.id)
    const err = await rejectsWith(publishModule(db(), alice.id, id), 'unprocessable:module')
    expect(err.message).toMatch(/at least one question/)
  })

  test('pasted markup is stored verbatim as text', async () => {
    const script = '<script>alert("lede")</script>'
    const text = `${pastedText.replace('Source: Politics Desk', '')}\n${script} <img src=x onerror=alert(1)> ends here.`
    const { moduleId: id } = await createModuleFromPaste(
      db(),
      alice.id,
      paste({ text, source: 'Desk', title: `Title with <b>tags</b>` }),
    )
    const [row] = await db().select().from(modules).where(eq(modules.id, id))
    const draft = row?.draft as Draft
    expect(draft.body).toContain(`${script} <img src=x onerror=alert(1)> ends here.`)
    expect(draft.meta.title).toBe('Title with <b>tags</b>')
    const review = await getModuleReview(db(), alice.id, id)
    expect(review?.doc.paragraphs.at(-1)?.text).toContain(script)
  })

  test('oversized or invalid pastes are rejected with clear messages', () => {
    const issues = (input: Record<string, string>) => {
      const r = pastedArticleSchema.safeParse({
        title: 'A title',
        source: 'Desk',
        publishedAt: '2024-01-01',
        text: pastedText,
        ...input,
      })
      return r.success ? [] : r.error.issues.map((i) => i.message)
    }
    expect(issues({ text: 'x'.repeat(40_001) })).toEqual([
      'The article is too long: the limit is 40,000 characters and this is 40,001. Cut it or paste a shorter article.',
    ])
    expect(issues({ text: 'Short text.' })[0]).toMatch(/at least 200 characters/)
    expect(issues({ publishedAt: '2999-12-31' })).toEqual([
      'The publication date cannot be in the future',
    ])
    expect(issues({ title: '' })[0]).toMatch(/headline/)
  })

  test('a paste without a source anywhere is a field error, and nothing is created', async () => {
    const before = (await listOwnedModules(db(), bob.id)).length
    const text = pastedText.replace('Source: Politics Desk', '')
    const err = await rejectsWith(
      createModuleFromPaste(db(), bob.id, paste({ text })),
      'unprocessable:module',
    )
    expect((err as ModuleInputError).fieldErrors).toHaveProperty('source')
    expect(await listOwnedModules(db(), bob.id)).toHaveLength(before)
  })

  test('a built-in article gets a version with no owner, reused on the next visit', async () => {
    const review = await getBuiltInReview(db(), 'biden-al-kadhimi-rocket-attacks')
    expect(review?.version.version).toBeGreaterThanOrEqual(1)
    expect(review?.version.pool.length).toBeGreaterThan(0)
    const again = await getBuiltInReview(db(), 'biden-al-kadhimi-rocket-attacks')
    expect(again?.version.id).toBe(review?.version.id)
    expect(await getBuiltInReview(db(), 'no-such-article')).toBeNull()
  })
})
