/**
 * Limits and zod schemas for a teacher's modules: the pasted article and the question
 * forms. Form values arrive as strings; these schemas trim them and name every limit.
 */
import { z } from 'zod'
import { slugSchema } from '@/lib/content/schema'
import { randomIdSchema } from '@/lib/ids'

export const TEXT_MIN = 200
export const TEXT_MAX = 40_000
/** The Markdown body after conversion (figure markup adds a little to the pasted text). */
export const BODY_MAX = 45_000
export const PROMPT_MAX = 600
export const OPTION_MAX = 400
export const EXPLANATION_MAX = 1_000
export const MAX_OPTIONS = 6
/** A new draft starts with at most this many questions; the rest are kept for "regenerate". */
export const DRAFT_QUESTION_LIMIT = 16

const grouped = (n: number) => n.toLocaleString('en-GB')

/** Today's latest calendar date anywhere on Earth (UTC+14), so no time zone is told "future". */
export function latestToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10)
}

const isRealDate = (s: string) =>
  !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
  new Date(`${s}T00:00:00Z`).toISOString().startsWith(s)

/** Normalises line endings (browsers send textareas with CRLF) so lengths are what the teacher sees. */
const normaliseText = (s: string) => s.replace(/\r\n?/g, '\n').trim()

/** NUL and other control characters (tabs and line breaks aside), and U+FFFD from undecodable bytes. */
export const BINARY = /(?![\t\n\r])[\p{Cc}\ufffd]/u

/** The date limit is read at parse time, so a long-running server never goes stale. */
export const pastedArticleSchema = z.object({
  title: z
    .string()
    .trim()
    .min(3, 'Enter the headline (at least 3 characters)')
    .max(200, 'Keep the title under 200 characters'),
  source: z
    .string()
    .trim()
    .max(120, 'Keep the source under 120 characters')
    .refine((x) => !BINARY.test(x), 'Use plain text only')
    .default(''),
  publishedAt: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the publication date, such as 2024-03-18')
    .refine(isRealDate, 'That is not a real calendar date')
    .refine((s) => s >= '1900-01-01', 'Enter a date after 1900')
    .refine((s) => s <= latestToday(), 'The publication date cannot be in the future'),
  standfirst: z
    .string()
    .trim()
    .max(600, 'Keep the standfirst under 600 characters')
    .default('')
    .transform((s) => s || undefined),
  text: z
    .string()
    .transform(normaliseText)
    .superRefine((s, ctx) => {
      if (BINARY.test(s))
        ctx.addIssue({
          code: 'custom',
          message:
            'The text contains characters that are not text (such as NUL bytes or pieces of a file). Paste the article as plain text, for example from the page itself rather than a file.',
        })
      else if (s.length < TEXT_MIN)
        ctx.addIssue({
          code: 'custom',
          message: `The article is too short: paste at least ${grouped(TEXT_MIN)} characters (this is ${grouped(s.length)}).`,
        })
      else if (s.length > TEXT_MAX)
        ctx.addIssue({
          code: 'custom',
          message: `The article is too long: the limit is ${grouped(TEXT_MAX)} characters and this is ${grouped(s.length)}. Cut it or paste a shorter article.`,
        })
    }),
})
export type PastedArticle = z.output<typeof pastedArticleSchema>

export const moduleIdSchema = randomIdSchema
/** Question ids are content hashes (base64url); an id from a form is only ever looked up. */
export const questionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'is not a valid id')
export const builtInSlugSchema = slugSchema

export const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `Keep ${what} under ${grouped(max)} characters`)
    .default('')

const untrimmedText = (max: number, what: string) =>
  z
    .string()
    .max(max, `Keep ${what} under ${grouped(max)} characters`)
    .default('')

export const slotFields = (prefix: string, count: number, max: number, what: string) =>
  Object.fromEntries(
    Array.from({ length: count }, (_, i) => [`${prefix}${i + 1}`, optionalText(max, what)]),
  ) as Record<string, ReturnType<typeof optionalText>>

const questionFields = {
  prompt: optionalText(PROMPT_MAX, 'the question'),
  statement: optionalText(PROMPT_MAX, 'the statement'),
  // The spaces around a gap are part of the sentence: not trimmed.
  before: untrimmedText(PROMPT_MAX, 'the text before the gap'),
  after: untrimmedText(PROMPT_MAX, 'the text after the gap'),
  explanation: optionalText(EXPLANATION_MAX, 'the explanation'),
  correct: z.string().trim().default(''),
  ...slotFields('option', MAX_OPTIONS, OPTION_MAX, 'each option'),
  ...slotFields('left', MAX_OPTIONS, OPTION_MAX, 'each item'),
  ...slotFields('right', MAX_OPTIONS, OPTION_MAX, 'each item'),
  ...slotFields('item', MAX_OPTIONS, OPTION_MAX, 'each event'),
}

export const questionTargetSchema = z.object({
  moduleId: moduleIdSchema,
  questionId: questionIdSchema,
})

export const moduleTargetSchema = z.object({ moduleId: moduleIdSchema })

export const editQuestionFormSchema = questionTargetSchema.extend(questionFields)
export type EditQuestionForm = z.output<typeof editQuestionFormSchema>

/** What an edit says, independent of form field names: option slots keep their positions. */
export type QuestionEdit = {
  prompt: string
  statement: string
  before: string
  after: string
  explanation: string
  /** 1-based slot of the correct option, or 0 when none was chosen. */
  correct: number
  options: string[]
  left: string[]
  right: string[]
  items: string[]
}

export function toQuestionEdit(
  form: Omit<EditQuestionForm, 'moduleId' | 'questionId'>,
): QuestionEdit {
  const slots = (prefix: string) =>
    Array.from(
      { length: MAX_OPTIONS },
      (_, i) => (form as Record<string, string>)[`${prefix}${i + 1}`] ?? '',
    )
  const correct = /^[1-6]$/.test(form.correct) ? Number(form.correct) : 0
  return {
    prompt: form.prompt,
    statement: form.statement,
    before: form.before,
    after: form.after,
    explanation: form.explanation,
    correct,
    options: slots('option'),
    left: slots('left'),
    right: slots('right'),
    items: slots('item'),
  }
}
