/**
 * Seeds what a class needs before the burst: a teacher (a row in `user`) and an assignment
 * on the built-in article's version, created through lib/assignments as the teacher's form
 * does. PGlite belongs to one process, so for PGlite call this before the server starts on
 * the folder; a PostgreSQL database can be seeded at any time.
 */
import { register } from 'node:module'
import type { AssignmentSettings } from '@/lib/db/schema'

export const SLUG = 'biden-al-kadhimi-rocket-attacks'

export type Seeded = {
  assignmentId: string
  joinCode: string
  teacherId: string
  versionId: string
}

// lib/assignments/service.ts imports `server-only`, which throws outside React Server
// Components: outside Next (here, a plain Node script) it resolves to an empty module.
let hooked = false
function allowServerOnly() {
  if (hooked) return
  hooked = true
  const hook = `export async function resolve(specifier, context, next) {
    if (specifier === 'server-only') return { url: 'data:text/javascript,', shortCircuit: true }
    return next(specifier, context)
  }`
  register(`data:text/javascript,${encodeURIComponent(hook)}`)
}

export const classSettings: AssignmentSettings = {
  questionCount: 8,
  categories: ['actor', 'date', 'position', 'place'],
  formats: ['single', 'true-false', 'cloze', 'match', 'order'],
  // More than one, so a bug that starts a second attempt shows up as an extra row, not a 409.
  maxAttempts: 3,
  dueAt: null,
  revealAnswers: true,
  allowSharing: true,
}

export async function seedAssignment(
  target: { dataDir?: string; url?: string },
  settings: Partial<AssignmentSettings> = {},
): Promise<Seeded> {
  allowServerOnly()
  const { openDatabase } = await import('@/lib/db/open')
  const { user } = await import('@/lib/db/schema')
  const { ensureModuleVersion } = await import('@/lib/db/queries/modules')
  const { getArticle } = await import('@/lib/content/repository')
  const { generateQuestionPool } = await import('@/lib/questions')
  const { randomId } = await import('@/lib/ids')
  const { createAssignment } = await import('@/lib/assignments/service')

  const database = await openDatabase(
    target.url ? { url: target.url } : { dataDir: target.dataDir as string },
  )
  try {
    const { db } = database
    const teacherId = randomId()
    await db
      .insert(user)
      .values({ id: teacherId, name: 'Load Teacher', email: `load-${teacherId}@school.test` })
    const doc = getArticle(SLUG)
    if (!doc) throw new Error(`the built-in article ${SLUG} is missing`)
    const version = await ensureModuleVersion(db, {
      slug: doc.slug,
      ownerId: null,
      meta: doc.meta,
      body: doc.body,
      articleHash: doc.hash,
      pool: generateQuestionPool(doc).questions,
    })
    const assignment = await createAssignment(db, teacherId, {
      versionId: version.id,
      title: 'Load test class',
      settings: { ...classSettings, ...settings },
    })
    return {
      assignmentId: assignment.id,
      joinCode: assignment.joinCode,
      teacherId,
      versionId: version.id,
    }
  } finally {
    await database.close()
  }
}

export type StoredAttempt = {
  id: string
  studentKey: string | null
  score: number | null
  submissionKey: string | null
  submitted: boolean
}

/** Every attempt of the assignment as stored (PGlite: only while no server owns the folder). */
export async function storedAttempts(
  target: { dataDir?: string; url?: string },
  assignmentId: string,
): Promise<StoredAttempt[]> {
  const { openDatabase } = await import('@/lib/db/open')
  const { sql } = await import('drizzle-orm')
  const database = await openDatabase({
    ...(target.url ? { url: target.url } : { dataDir: target.dataDir as string }),
    migrate: false,
  })
  try {
    const result = await database.db.execute(
      sql`select id, student_key, score, submission_key, submitted_at from attempts where assignment_id = ${assignmentId}`,
    )
    const rows = (result as unknown as { rows: Record<string, unknown>[] }).rows
    return rows.map((r) => ({
      id: String(r.id),
      studentKey: (r.student_key as string | null) ?? null,
      score: r.score === null ? null : Number(r.score),
      submissionKey: (r.submission_key as string | null) ?? null,
      submitted: r.submitted_at !== null,
    }))
  } finally {
    await database.close()
  }
}
