/**
 * The teacher's review flows on the generator's newer kinds: a pasted news story gives a
 * draft with number questions and who-did-what questions, and each of them can be edited,
 * regenerated and published like any other question.
 */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { parseArticle } from '@/lib/content'
import type { Database } from '@/lib/db/open'
import { getOwnedModule } from '@/lib/db/queries/teacher-modules'
import { user } from '@/lib/db/schema'
import { randomId } from '@/lib/ids'
import { correctSlot } from '@/lib/modules/questions'
import { MAX_OPTIONS, pastedArticleSchema } from '@/lib/modules/schemas'
import {
  createModuleFromPaste,
  type Draft,
  editDraftQuestion,
  publishModule,
  regenerateDraftQuestion,
} from '@/lib/modules/service'
import type { Question } from '@/lib/questions/types'
import { createTestDatabase, testDatabaseKind } from '../../support/test-db'

const story = parseArticle(
  readFileSync('tests/fixtures/corpus/gum/gum-election.md', 'utf8'),
  'election',
)
const paste = pastedArticleSchema.parse({
  title: story.meta.title,
  source: 'Wikinews',
  publishedAt: story.meta.publishedAt,
  standfirst: '',
  text: [story.meta.title, ...story.paragraphs.map((p) => p.text)].join('\n'),
})
const pad = (texts: string[]) => Array.from({ length: MAX_OPTIONS }, (_, i) => texts[i] ?? '')

let database: Database
const teacher = { id: randomId(), name: 'Nora', email: 'nora@school.test' }
let moduleId = ''

async function draft(): Promise<Draft> {
  const row = await getOwnedModule(database.db, teacher.id, moduleId)
  if (!row) throw new Error('module missing')
  return row.draft as Draft
}

beforeAll(async () => {
  database = await createTestDatabase()
  await database.db.insert(user).values(teacher)
  ;({ moduleId } = await createModuleFromPaste(database.db, teacher.id, paste))
})
afterAll(async () => {
  await database?.close()
})

describe(`new question kinds in the teacher's review on ${testDatabaseKind}`, () => {
  test('the draft of an election story asks about its numbers', async () => {
    const numbers = (await draft()).pool.filter((q) => q.category === 'number')
    expect(numbers.length).toBeGreaterThan(0)
    for (const q of numbers) expect(q.format).toBe('cloze')
  })

  test('a number question can be edited: the teacher rewrites the sentence around the gap', async () => {
    const before = await draft()
    const index = before.pool.findIndex((q) => q.category === 'number' && q.format === 'cloze')
    const target = before.pool[index] as Extract<Question, { format: 'cloze' }>
    const edited = await editDraftQuestion(database.db, teacher.id, moduleId, target.id, {
      prompt: target.prompt,
      statement: '',
      before: `Edited: ${target.before}`,
      after: target.after,
      explanation: '',
      correct: correctSlot(target),
      options: pad(target.options.map((o) => o.text)),
      left: pad([]),
      right: pad([]),
      items: pad([]),
    })
    expect(edited.category).toBe('number')
    expect(edited.format === 'cloze' && edited.before.startsWith('Edited: ')).toBe(true)
    expect((await draft()).pool[index]).toEqual(edited)
  })

  test('a number question can be regenerated into a question the draft does not hold yet', async () => {
    const before = await draft()
    const target = before.pool.find((q) => q.category === 'number') as Question
    const next = await regenerateDraftQuestion(database.db, teacher.id, moduleId, target.id)
    expect(before.pool.map((q) => q.id)).not.toContain(next.id)
  })

  test('the draft with its new kinds publishes as a version', async () => {
    const published = await publishModule(database.db, teacher.id, moduleId)
    expect(published.version.version).toBe(1)
  })
})
