/**
 * Assignment settings as a teacher fills them in: parsed from the form's strings and
 * checked against the module version's question pool (only categories and formats the
 * pool has; no more questions than it can give without repeating a fact). Pure.
 */
import { z } from 'zod'
import type { AssignmentSettings } from '@/lib/db/schema'
import {
  CATEGORIES,
  type Category,
  FORMATS,
  type Format,
  type Question,
} from '@/lib/questions/types'
import { drawVariant } from '@/lib/questions/variant'

export const MIN_QUESTIONS = 3
export const MAX_QUESTIONS = 20
export const MAX_ATTEMPTS = 10
export const DEFAULT_QUESTIONS = 10

export const FORMAT_LABEL: Record<Format, string> = {
  single: 'Single choice',
  'true-false': 'True or false',
  cloze: 'Fill the gap',
  match: 'Match pairs',
  order: 'Order events',
}

export type PoolSummary = {
  categories: { category: Category; count: number }[]
  formats: { format: Format; count: number }[]
  /** How many questions a variant of the whole pool can hold. */
  available: number
}

/** How many questions a variant can hold with these filters (facts are never asked twice). */
export function availableQuestions(
  pool: Question[],
  categories?: readonly Category[],
  formats?: readonly Format[],
): number {
  return drawVariant(
    { articleHash: 'bound', questions: pool },
    {
      seed: 'bound',
      count: pool.length,
      ...(categories ? { categories: [...categories] } : {}),
      ...(formats ? { formats: [...formats] } : {}),
    },
  ).length
}

/**
 * `availableQuestions` for every choice of these categories and formats, so the form can
 * warn as the teacher ticks boxes without asking the server (or holding the pool and its
 * key); read it with `availabilityFor` (./availability). Choices that leave the same
 * questions eligible share one draw.
 */
export function availabilityTable(
  pool: Question[],
  categories: readonly Category[],
  formats: readonly Format[],
): number[] {
  const width = 2 ** formats.length
  const byEligible = new Map<string, number>()
  return Array.from({ length: 2 ** categories.length * width }, (_, index) => {
    const cats = categories.filter((_, i) => Math.floor(index / width) & (1 << i))
    const fmts = formats.filter((_, i) => (index % width) & (1 << i))
    if (cats.length === 0 || fmts.length === 0) return 0
    const eligible = pool
      .filter((q) => cats.includes(q.category) && fmts.includes(q.format))
      .map((q) => q.id)
      .join(',')
    const known = byEligible.get(eligible)
    if (known !== undefined) return known
    const available = availableQuestions(pool, cats, fmts)
    byEligible.set(eligible, available)
    return available
  })
}

export function summarizePool(pool: Question[]): PoolSummary {
  const countOf = <T extends string>(values: readonly T[], pick: (q: Question) => T) =>
    values
      .map((value) => ({ value, count: pool.filter((q) => pick(q) === value).length }))
      .filter((x) => x.count > 0)
  return {
    categories: countOf(CATEGORIES, (q) => q.category).map(({ value, count }) => ({
      category: value,
      count,
    })),
    formats: countOf(FORMATS, (q) => q.format).map(({ value, count }) => ({
      format: value,
      count,
    })),
    available: availableQuestions(pool),
  }
}

const list = <T extends string>(values: readonly [T, ...T[]], none: string) =>
  z
    .string()
    .optional()
    .transform((s) => [...new Set((s ?? '').split(',').filter(Boolean))])
    .pipe(z.array(z.enum(values, { error: 'Pick from the choices shown' })).min(1, none))

const checkbox = z
  .string()
  .optional()
  .transform((v) => v === 'on' || v === 'true')

const wholeNumber = (min: number, max: number, what: string) =>
  z.coerce
    .number({ error: `Enter a number of ${what}` })
    .int(`Enter a whole number of ${what}`)
    .min(min, `At least ${min} ${what}`)
    .max(max, `At most ${max} ${what}`)

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/

/** The form's fields, before the pool is consulted. */
export const assignmentFormSchema = z.object({
  title: z
    .string({ error: 'Give the assignment a title' })
    .trim()
    .min(1, 'Give the assignment a title')
    .max(120, 'Keep the title under 120 characters'),
  questionCount: wholeNumber(MIN_QUESTIONS, MAX_QUESTIONS, 'questions'),
  categories: list(CATEGORIES, 'Pick at least one category'),
  formats: list(FORMATS, 'Pick at least one format'),
  maxAttempts: wholeNumber(1, MAX_ATTEMPTS, 'attempts'),
  dueAt: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || LOCAL_DATE_TIME.test(v), 'Pick a date and a time'),
  /** The browser's `Date#getTimezoneOffset()`: minutes to add to local time to get UTC. */
  tzOffset: z.coerce.number().int().min(-840).max(840).catch(0),
  revealAnswers: checkbox,
  allowSharing: checkbox,
})

/** A local date-time from the form, in the teacher's time zone, as an ISO instant. */
export function dueAtInstant(local: string, tzOffsetMinutes: number): Date | null {
  const utc = Date.parse(`${local.length === 16 ? `${local}:00` : local}Z`)
  if (Number.isNaN(utc)) return null
  return new Date(utc + tzOffsetMinutes * 60_000)
}

export type ParsedAssignment = { title: string; settings: AssignmentSettings }
export type SettingsResult =
  | { ok: true; value: ParsedAssignment }
  | { ok: false; fieldErrors: Record<string, string> }

/** Validates the form against this pool and moment; field errors name the form fields. */
export function parseAssignmentSettings(
  values: Record<string, unknown>,
  ctx: { pool: Question[]; now: Date },
): SettingsResult {
  const parsed = assignmentFormSchema.safeParse(values)
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {}
    for (const issue of parsed.error.issues)
      fieldErrors[String(issue.path[0] ?? 'form')] ??= issue.message
    return { ok: false, fieldErrors }
  }
  const form = parsed.data
  const fieldErrors: Record<string, string> = {}
  const summary = summarizePool(ctx.pool)
  const missingCategories = form.categories.filter(
    (c) => !summary.categories.some((s) => s.category === c),
  )
  if (missingCategories.length > 0)
    fieldErrors.categories = `This module has no ${missingCategories.join(' or ')} questions`
  const missingFormats = form.formats.filter((f) => !summary.formats.some((s) => s.format === f))
  if (missingFormats.length > 0)
    fieldErrors.formats = `This module has no ${missingFormats.map((f) => FORMAT_LABEL[f].toLowerCase()).join(' or ')} questions`
  if (!fieldErrors.categories && !fieldErrors.formats) {
    const available = availableQuestions(ctx.pool, form.categories, form.formats)
    if (available < MIN_QUESTIONS)
      fieldErrors.formats = `Only ${available} question(s) match these categories and formats; pick more of either`
    else if (form.questionCount > available)
      fieldErrors.questionCount = `This module has ${available} questions for these categories and formats`
  }
  let dueAt: string | null = null
  if (form.dueAt) {
    const instant = dueAtInstant(form.dueAt, form.tzOffset)
    if (!instant) fieldErrors.dueAt = 'Pick a date and a time'
    else if (instant.getTime() <= ctx.now.getTime()) fieldErrors.dueAt = 'Pick a time in the future'
    else dueAt = instant.toISOString()
  }
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors }
  return {
    ok: true,
    value: {
      title: form.title,
      settings: {
        questionCount: form.questionCount,
        categories: CATEGORIES.filter((c) => form.categories.includes(c)),
        formats: FORMATS.filter((f) => form.formats.includes(f)),
        maxAttempts: form.maxAttempts,
        dueAt,
        revealAnswers: form.revealAnswers,
        allowSharing: form.allowSharing,
      },
    },
  }
}
