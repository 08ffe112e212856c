/** Teachers, module versions and assignments for the assignment tests, inserted directly. */
import { getArticle } from '@/lib/content/repository'
import type { Db } from '@/lib/db/open'
import { ensureModuleVersion } from '@/lib/db/queries/modules'
import { type AssignmentSettings, user } from '@/lib/db/schema'
import { randomId } from '@/lib/ids'
import { generateQuestionPool } from '@/lib/questions'
import { SLUG } from '../../support/quiz'

export async function insertTeacher(db: Db, name: string): Promise<{ id: string }> {
  const id = randomId()
  await db.insert(user).values({ id, name, email: `${name.toLowerCase()}-${id}@school.test` })
  return { id }
}

/** The built-in article's version (no owner), or a copy owned by a teacher under another slug. */
export async function insertVersion(db: Db, ownerId: string | null = null) {
  const doc = getArticle(SLUG)
  if (!doc) throw new Error('fixture article missing')
  return ensureModuleVersion(db, {
    slug: ownerId ? `own-${ownerId.toLowerCase().replace(/[^a-z0-9]/g, '')}` : doc.slug,
    ownerId,
    meta: doc.meta,
    body: doc.body,
    articleHash: doc.hash,
    pool: generateQuestionPool(doc).questions,
  })
}

export const baseSettings: AssignmentSettings = {
  questionCount: 5,
  categories: ['actor', 'date', 'position'],
  formats: ['single', 'true-false', 'cloze', 'match', 'order'],
  maxAttempts: 2,
  dueAt: null,
  revealAnswers: true,
  allowSharing: true,
}
