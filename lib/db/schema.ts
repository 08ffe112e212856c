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
import type { Category, Format, Question } from '@/lib/questions/types'
import { user } from './auth-schema'

export * from './auth-schema'

/** A teacher's working copy of a module: edited freely, published as immutable versions. */
export type ModuleDraft = { meta: ArticleMeta; body: string; articleHash: string; pool: Question[] }

/** An article turned into a quiz. Built-in articles have no owner; a teacher's have a draft. */
export const modules = pgTable(
  'modules',
  {
    id: text('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    ownerId: text('owner_id').references(() => user.id, { onDelete: 'cascade' }),
    draft: jsonb('draft').$type<ModuleDraft>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('modules_owner').on(t.ownerId)],
)

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

export type AssignmentSettings = {
  questionCount: number
  categories: Category[]
  formats: Format[]
  /** How many attempts one student may make (1 = no retakes). */
  maxAttempts: number
  /** ISO timestamp; submissions after it are refused. */
  dueAt: string | null
  revealAnswers: boolean
  allowSharing: boolean
}

/** A module version given to a class, joined with a short code. */
export const assignments = pgTable(
  'assignments',
  {
    id: text('id').primaryKey(),
    ownerId: text('owner_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    moduleVersionId: text('module_version_id')
      .notNull()
      .references(() => moduleVersions.id),
    title: text('title').notNull(),
    joinCode: text('join_code').notNull().unique(),
    settings: jsonb('settings').$type<AssignmentSettings>().notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('assignments_owner').on(t.ownerId)],
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
    assignmentId: text('assignment_id').references(() => assignments.id, { onDelete: 'cascade' }),
    /** A random per-browser key for a student in an assignment: counts their attempts, shows nobody their name. */
    studentKey: text('student_key'),
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
    index('attempts_assignment')
      .on(t.assignmentId, t.studentKey)
      .where(sql`${t.assignmentId} is not null`),
  ],
)

/** Data migrations (rewrites of stored JSON) already applied, by name: each runs once. */
export const dataMigrations = pgTable('data_migrations', {
  name: text('name').primaryKey(),
  appliedAt: timestamp('applied_at', { withTimezone: true }).notNull().defaultNow(),
})

/**
 * The students who joined an assignment: the key their signed cookie carries, issued here,
 * and the name they gave — unique in the assignment (case-insensitive), so the teacher's
 * results never show two identical names.
 */
export const assignmentStudents = pgTable(
  'assignment_students',
  {
    key: text('key').primaryKey(),
    assignmentId: text('assignment_id')
      .notNull()
      .references(() => assignments.id, { onDelete: 'cascade' }),
    displayName: text('display_name').notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('assignment_students_name').on(t.assignmentId, sql`lower(${t.displayName})`)],
)
