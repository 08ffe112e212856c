/**
 * Migrating stored data from answer-derived ids to content ids: a version, a draft and the
 * attempts written before keep grading and reading back, and no old id is left anywhere.
 */
import { readFileSync } from 'node:fs'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { parseArticle, splitFrontMatter } from '@/lib/content'
import { ARTICLES_DIR } from '@/lib/content/repository'
import { type Database, migrateDatabase } from '@/lib/db/open'
import { createAttempt, getAttempt } from '@/lib/db/queries/attempts'
import { ensureModuleVersion, getModuleVersion } from '@/lib/db/queries/modules'
import { renameIds } from '@/lib/db/question-ids'
import { attempts, dataMigrations, modules } from '@/lib/db/schema'
import { gradeSubmission } from '@/lib/grading'
import { randomId } from '@/lib/ids'
import { drawVariant, generateQuestionPool, type Question } from '@/lib/questions'
import { shortHash } from '@/lib/questions/hash'
import { contentQuestionId } from '@/lib/questions/ids'
import { getAttemptState, submitAttempt } from '@/lib/quiz/service'
import { toVariantItem } from '@/lib/quiz/variant'
import {
  answersFor,
  correctAnswer,
  keyedQuestions,
  newSubmissionKey,
  SLUG,
} from '../../support/quiz'
import { createTestDatabase, testDatabaseKind } from '../../support/test-db'

/** The ids questions had before: the question id hashed the correct answer. */
function withLegacyIds(q: Question): Question {
  const answer = (id: string) =>
    ('options' in q ? q.options : []).find((o) => o.id === id)?.text ?? ''
  let qid: string
  switch (q.format) {
    case 'single':
      qid = shortHash(
        'single',
        q.category,
        q.prompt,
        answer('optionId' in q.key ? q.key.optionId : ''),
      )
      break
    case 'true-false':
      qid = shortHash('true-false', q.category, q.statement)
      break
    case 'cloze':
      qid = shortHash(
        'cloze',
        q.category,
        q.before,
        q.after,
        answer('optionId' in q.key ? q.key.optionId : ''),
      )
      break
    case 'match': {
      const pairs = q.key.format === 'match' ? q.key.pairs : {}
      const text = (xs: { id: string; text: string }[], id: string) =>
        xs.find((x) => x.id === id)?.text ?? ''
      const flat = Object.entries(pairs).flatMap(([l, r]) => [text(q.left, l), text(q.right, r)])
      qid = shortHash('match', q.category, q.prompt, ...flat)
      break
    }
    case 'order': {
      const order = q.key.format === 'order' ? q.key.order : []
      qid = shortHash(
        'order',
        q.category,
        q.prompt,
        ...order.map((id) => q.items.find((i) => i.id === id)?.text ?? ''),
      )
    }
  }
  const map = new Map([[q.id, qid]])
  const options =
    q.format === 'match'
      ? [...q.left.map((o) => [o.id, `L:${o.text}`]), ...q.right.map((o) => [o.id, `R:${o.text}`])]
      : (q.format === 'order' ? q.items : q.options).map((o) => [o.id, o.text])
  for (const [id, text] of options) map.set(id ?? '', shortHash(qid, 'option', text ?? ''))
  return renameIds(q, map)
}

const source = readFileSync(`${ARTICLES_DIR}/${SLUG}.md`, 'utf8')
const doc = parseArticle(source, SLUG)
const { body } = splitFrontMatter(source, SLUG)
const fresh = generateQuestionPool(doc).questions
const legacy = fresh.map(withLegacyIds)

let database: Database
beforeAll(async () => {
  database = await createTestDatabase()
})
afterAll(async () => {
  await database?.close()
})

async function legacyAttempt(versionId: string, seed: string) {
  const drawn = drawVariant({ articleHash: doc.hash, questions: legacy }, { seed, count: 10 })
  const id = randomId()
  await createAttempt(database.db, {
    id,
    shareId: randomId(),
    moduleVersionId: versionId,
    seed,
    variant: drawn.map(toVariantItem),
    maxScore: drawn.length,
  })
  return id
}

describe(`question id migration on ${testDatabaseKind}`, () => {
  test('old versions, drafts and attempts get content ids and keep grading', async () => {
    const db = database.db
    expect(legacy.some((q, i) => q.id !== fresh[i]?.id)).toBe(true)
    const version = await ensureModuleVersion(db, {
      slug: 'legacy-ids',
      ownerId: null,
      meta: doc.meta,
      body,
      articleHash: doc.hash,
      pool: legacy,
    })
    await db
      .update(modules)
      .set({
        draft: { meta: doc.meta, body, articleHash: doc.hash, pool: legacy.slice(0, 5) },
      })
      .where(eq(modules.id, version.moduleId))
    const submitted = await legacyAttempt(version.id, 'one')
    const open = await legacyAttempt(version.id, 'two')
    // Graded as the old code did, before this process ever loaded the version.
    const before = drawVariant(
      { articleHash: doc.hash, questions: legacy },
      { seed: 'one', count: 10 },
    )
    const answers = answersFor(before, correctAnswer)
    const grade = gradeSubmission(before, answers)
    expect(grade.score).toBe(10)
    await db
      .update(attempts)
      .set({
        answers,
        outcomes: grade.outcomes,
        categoryScores: grade.categories,
        score: grade.score,
        submissionKey: newSubmissionKey(),
        submittedAt: new Date(),
      })
      .where(eq(attempts.id, submitted))

    // As a database written before the change: the data migration has not run yet.
    await db.delete(dataMigrations)
    await migrateDatabase(database)
    await migrateDatabase(database)

    const migrated = await getModuleVersion(db, version.id)
    if (!migrated) throw new Error('version lost')
    expect(migrated.pool.map((q) => q.id)).toEqual(fresh.map((q) => q.id))
    expect(migrated.pool).toEqual(fresh)
    for (const q of migrated.pool) expect(contentQuestionId(q)).toBe(q.id)
    const oldIds = legacy.map((q) => q.id).filter((id) => !fresh.some((f) => f.id === id))
    const [mod] = await db.select().from(modules).where(eq(modules.id, version.moduleId))
    const stored = JSON.stringify([
      migrated,
      mod,
      await getAttempt(db, submitted),
      await getAttempt(db, open),
    ])
    for (const id of oldIds) expect(stored).not.toContain(id)
    expect(mod?.draft?.pool).toEqual(fresh.slice(0, 5))

    // The submitted attempt reads back with its score and per-question outcomes.
    const state = await getAttemptState(db, submitted)
    expect(state.result?.score).toBe(10)
    const outcomes = (await getAttempt(db, submitted))?.outcomes ?? []
    expect(outcomes.map((o) => o.questionId).every((id) => fresh.some((q) => q.id === id))).toBe(
      true,
    )
    // The open attempt is graded against the migrated key.
    const questions = await keyedQuestions(db, open)
    const result = await submitAttempt(db, open, {
      submissionKey: newSubmissionKey(),
      answers: answersFor(questions, correctAnswer),
    })
    expect(result.result?.score).toBe(10)
  })
})
