/**
 * A teacher's modules on the server: create one from a pasted article, curate its draft
 * (remove, edit, add, regenerate questions), publish the draft as an immutable version.
 * Every function takes the owner's id; someone else's module is simply not found.
 */
import 'server-only'
import type { ArticleDoc } from '@/lib/content'
import { getArticle } from '@/lib/content/repository'
import type { Db } from '@/lib/db/open'
import { ensureModuleVersion, type ModuleVersion } from '@/lib/db/queries/modules'
import {
  draftMatchesVersion,
  getOwnedModule,
  insertOwnedModule,
  listOwnedModuleVersions,
  type OwnedModule,
  type OwnedModuleVersion,
  replaceOwnedDraft,
  touchOwnedModule,
} from '@/lib/db/queries/teacher-modules'
import type { ModuleDraft } from '@/lib/db/schema'
import { AppError } from '@/lib/errors'
import { randomId } from '@/lib/ids'
import { checkPool, generateQuestionPool, type QualityIssue } from '@/lib/questions'
import type { Question } from '@/lib/questions/types'
import { ensureBuiltInVersion } from '@/lib/quiz/cache'
import { poolForArticle } from '@/lib/quiz/service'
import { articleFromPaste, buildDocOrThrow } from './article'
import { ModuleInputError, moduleNotFound, questionNotFound } from './errors'
import type { NewQuestion } from './new-question'
import { applyQuestionEdit, pickReplacement, selectDraftQuestions } from './questions'
import type { PastedArticle, QuestionEdit } from './schemas'
import { writeQuestion } from './write-question'

/**
 * The stored draft. `dismissed` (kept in the draft's JSON) remembers generated questions the
 * teacher removed or replaced, so "regenerate" never brings them back.
 */
export type Draft = ModuleDraft & { dismissed?: string[] }

/** A slug satisfying slugSchema: `m-` and random lowercase letters and digits. */
export function newModuleSlug(): string {
  return `m-${randomId()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')}`
}

export async function createModuleFromPaste(
  db: Db,
  ownerId: string,
  input: PastedArticle,
): Promise<{ moduleId: string }> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const slug = newModuleSlug()
    const doc = articleFromPaste(slug, input)
    const pool = generateQuestionPool(doc).questions
    const draft: Draft = {
      meta: doc.meta,
      body: doc.body,
      articleHash: doc.hash,
      pool: selectDraftQuestions(pool),
      dismissed: [],
    }
    const moduleId = randomId()
    if (await insertOwnedModule(db, { id: moduleId, slug, ownerId, draft })) return { moduleId }
  }
  throw new AppError('conflict', 'module', 'Could not create the module. Try again.')
}

export function draftDoc(module: Pick<OwnedModule, 'slug' | 'draft'>): ArticleDoc {
  return buildDocOrThrow(module.slug, module.draft.meta, module.draft.body)
}

async function loadOwnedOrThrow(db: Db, ownerId: string, moduleId: string) {
  const module = await getOwnedModule(db, ownerId, moduleId)
  if (!module) throw moduleNotFound()
  return module
}

/**
 * Read-modify-write of the draft with compare-and-swap: `change` runs on the current draft
 * and is retried on a fresh copy if another request changed the draft in between.
 */
async function changeDraft<T>(
  db: Db,
  ownerId: string,
  moduleId: string,
  change: (draft: Draft, module: OwnedModule) => { draft: Draft; result: T },
): Promise<T> {
  for (let attempt = 0; attempt < 4; attempt++) {
    const module = await loadOwnedOrThrow(db, ownerId, moduleId)
    const { draft, result } = change(module.draft as Draft, module)
    if (await replaceOwnedDraft(db, ownerId, moduleId, module.draft, draft)) return result
  }
  throw new AppError('conflict', 'module', 'The draft is busy changing elsewhere. Try again.')
}

function indexOrThrow(pool: Question[], questionId: string): number {
  const index = pool.findIndex((q) => q.id === questionId)
  if (index < 0) throw questionNotFound()
  return index
}

const dismiss = (draft: Draft, ...ids: string[]) => [
  ...new Set([...(draft.dismissed ?? []), ...ids]),
]

export async function removeDraftQuestion(
  db: Db,
  ownerId: string,
  moduleId: string,
  questionId: string,
): Promise<Question> {
  return changeDraft(db, ownerId, moduleId, (draft) => {
    const index = indexOrThrow(draft.pool, questionId)
    const removed = draft.pool[index] as Question
    return {
      draft: {
        ...draft,
        pool: draft.pool.filter((_, i) => i !== index),
        dismissed: dismiss(draft, questionId),
      },
      result: removed,
    }
  })
}

function assertNoTwin(pool: Question[], question: Question, except: number) {
  if (pool.some((q, i) => i !== except && q.id === question.id))
    throw new ModuleInputError('Another question in this module already asks exactly this.')
}

export async function editDraftQuestion(
  db: Db,
  ownerId: string,
  moduleId: string,
  questionId: string,
  edit: QuestionEdit,
): Promise<Question> {
  return changeDraft(db, ownerId, moduleId, (draft) => {
    const index = indexOrThrow(draft.pool, questionId)
    const edited = applyQuestionEdit(draft.pool[index] as Question, edit)
    assertNoTwin(draft.pool, edited, index)
    const pool = draft.pool.map((q, i) => (i === index ? edited : q))
    const dismissed = edited.id === questionId ? draft.dismissed : dismiss(draft, questionId)
    return { draft: { ...draft, pool, dismissed }, result: edited }
  })
}

export async function addDraftQuestion(
  db: Db,
  ownerId: string,
  moduleId: string,
  input: NewQuestion,
): Promise<Question> {
  return changeDraft(db, ownerId, moduleId, (draft, module) => {
    const added = writeQuestion(draftDoc(module), input)
    assertNoTwin(draft.pool, added, -1)
    return { draft: { ...draft, pool: [...draft.pool, added] }, result: added }
  })
}

export async function regenerateDraftQuestion(
  db: Db,
  ownerId: string,
  moduleId: string,
  questionId: string,
): Promise<Question> {
  return changeDraft(db, ownerId, moduleId, (draft, module) => {
    const index = indexOrThrow(draft.pool, questionId)
    const target = draft.pool[index] as Question
    const fresh = generateQuestionPool(draftDoc(module)).questions
    const replacement = pickReplacement(draft.pool, draft.dismissed ?? [], fresh, target)
    if (!replacement)
      throw new ModuleInputError(
        'No other question can be generated from this article: every one is already in the draft or was removed. Edit this question or write your own instead.',
      )
    return {
      draft: {
        ...draft,
        pool: draft.pool.map((q, i) => (i === index ? replacement : q)),
        dismissed: dismiss(draft, questionId),
      },
      result: replacement,
    }
  })
}

/** Publishes the draft: a new immutable version, or the existing one with the same content. */
export async function publishModule(
  db: Db,
  ownerId: string,
  moduleId: string,
): Promise<{ version: ModuleVersion; created: boolean }> {
  const module = await loadOwnedOrThrow(db, ownerId, moduleId)
  const { meta, body, articleHash, pool } = module.draft
  if (pool.length === 0) throw new ModuleInputError('Add at least one question before publishing.')
  const before = await listOwnedModuleVersions(db, ownerId, moduleId)
  const version = await ensureModuleVersion(db, {
    slug: module.slug,
    ownerId,
    meta,
    body,
    articleHash,
    pool,
  })
  const created = !before.some((v) => v.id === version.id)
  if (created) await touchOwnedModule(db, ownerId, moduleId)
  return { version, created }
}

export type ModuleReview = {
  id: string
  doc: ArticleDoc
  pool: Question[]
  issues: QualityIssue[]
  versions: OwnedModuleVersion[]
  /** Whether the draft differs from the newest published version. */
  unpublishedChanges: boolean
  updatedAt: Date
}

/** Everything the review page shows, or null for a missing (or someone else's) module. */
export async function getModuleReview(
  db: Db,
  ownerId: string,
  moduleId: string,
): Promise<ModuleReview | null> {
  const module = await getOwnedModule(db, ownerId, moduleId)
  if (!module) return null
  const versions = await listOwnedModuleVersions(db, ownerId, moduleId)
  const doc = draftDoc(module)
  const { pool } = module.draft
  const issues = checkPool(doc, { articleHash: doc.hash, questions: pool })
  const latest = versions[0]
  return {
    id: module.id,
    doc,
    pool,
    issues,
    versions,
    unpublishedChanges: !latest || !(await draftMatchesVersion(db, ownerId, moduleId, latest.id)),
    updatedAt: module.updatedAt,
  }
}

/** A built-in article's current version (created on first use) for read-only review. */
export async function getBuiltInReview(
  db: Db,
  slug: string,
): Promise<{ doc: ArticleDoc; version: ModuleVersion } | null> {
  const doc = getArticle(slug)
  if (!doc) return null
  const version = await ensureBuiltInVersion(db, doc, poolForArticle(doc))
  return { doc, version }
}
