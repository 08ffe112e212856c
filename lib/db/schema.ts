/**
 * The database schema: one drizzle definition for PGlite and PostgreSQL.
 * Migrations in ./migrations are generated from it (`npm run db:generate`).
 */
import { sql } from 'drizzle-orm'
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import type { ArticleMeta } from '@/lib/content/schema'
import type { Answer, CategoryScore, Outcome } from '@/lib/grading'
import type { Question } from '@/lib/questions/types'

/** An article turned into a quiz. Built-in articles have no owner. */
export const modules = pgTable('modules', {
  id: text('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  ownerId: text('owner_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
})

/** An immutable snapshot of a module: the article text and its question pool. */
export const moduleVersions = pgTable(
  'module_versions',
  {
    id: text('id').primaryKey(),
    moduleId: text('module_id')
      .notNull()
      .references(() => modules.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    articleHash: text('article_hash').notNull(),
    /** Hash of the article hash and the pool: the identity of a version. */
    contentHash: text('content_hash').notNull(),
    meta: jsonb('meta').$type<ArticleMeta>().notNull(),
    body: text('body').notNull(),
    /** Keyed questions: read only by grading and teacher views, never sent to a browser as is. */
    pool: jsonb('pool').$type<Question[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('module_versions_module_version').on(t.moduleId, t.version),
    uniqueIndex('module_versions_module_content').on(t.moduleId, t.contentHash),
  ],
)

/** The order in which one attempt shows a question's options (or items, or left/right columns). */
export type VariantItem = { questionId: string; optionOrder: string[]; rightOrder?: string[] }

/**
 * One student's go at one module version. `id` is the student's private handle (it reads
 * the answers); `shareId` is what a share link carries and shows only the score.
 * Both are ≥128 random bits.
 */
export const attempts = pgTable(
  'attempts',
  {
    id: text('id').primaryKey(),
    shareId: text('share_id').notNull().unique(),
    moduleVersionId: text('module_version_id')
      .notNull()
      .references(() => moduleVersions.id),
    assignmentId: text('assignment_id'),
    displayName: text('display_name'),
    showName: boolean('show_name').notNull().default(false),
    sharingAllowed: boolean('sharing_allowed').notNull().default(true),
    seed: text('seed').notNull(),
    variant: jsonb('variant').$type<VariantItem[]>().notNull(),
    answers: jsonb('answers').$type<Record<string, Answer>>(),
    outcomes: jsonb('outcomes').$type<Outcome[]>(),
    categoryScores: jsonb('category_scores').$type<CategoryScore[]>(),
    score: doublePrecision('score'),
    maxScore: integer('max_score').notNull(),
    submissionKey: text('submission_key'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
  },
  (t) => [
    index('attempts_module_version').on(t.moduleVersionId),
    index('attempts_assignment').on(t.assignmentId).where(sql`${t.assignmentId} is not null`),
  ],
)
