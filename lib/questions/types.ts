/**
 * The question model: the keyed `Question` (server-only in practice: it carries the
 * answer key, explanation and evidence) and `PublicQuestion`, the only shape a browser
 * receives before it submits. Grading works on question and option ids, never positions.
 */
import { z } from 'zod'

export const CATEGORIES = ['actor', 'date', 'position', 'place', 'number'] as const
export type Category = (typeof CATEGORIES)[number]

export const FORMATS = ['single', 'true-false', 'cloze', 'match', 'order'] as const
export type Format = (typeof FORMATS)[number]

const id = z.string().min(1).max(64)

export const optionSchema = z.strictObject({ id, text: z.string().min(1).max(400) })
export type Option = z.infer<typeof optionSchema>

/** Where the article proves the answer: a sentence and a character span inside that sentence's text. */
export type Evidence = { sentenceId: string; start: number; end: number }

const publicBase = {
  id,
  category: z.enum(CATEGORIES),
  prompt: z.string().min(1).max(600),
}

export const publicQuestionSchema = z.discriminatedUnion('format', [
  z.strictObject({
    ...publicBase,
    format: z.literal('single'),
    options: z.array(optionSchema).min(2).max(6),
  }),
  z.strictObject({
    ...publicBase,
    format: z.literal('true-false'),
    statement: z.string().min(1).max(600),
    options: z.array(optionSchema).length(2),
  }),
  z.strictObject({
    ...publicBase,
    format: z.literal('cloze'),
    /** The sentence around the blank. */
    before: z.string().max(600),
    after: z.string().max(600),
    options: z.array(optionSchema).min(2).max(6),
  }),
  z.strictObject({
    ...publicBase,
    format: z.literal('match'),
    left: z.array(optionSchema).min(2).max(6),
    right: z.array(optionSchema).min(2).max(6),
  }),
  z.strictObject({
    ...publicBase,
    format: z.literal('order'),
    items: z.array(optionSchema).min(3).max(5),
  }),
])
export type PublicQuestion = z.infer<typeof publicQuestionSchema>

export type AnswerKey =
  | { format: 'single' | 'true-false'; optionId: string }
  /** `accepted`: the surface forms a typed answer may match (tolerantly, see lib/grading). */
  | { format: 'cloze'; optionId: string; accepted: string[] }
  /** left option id → right option id */
  | { format: 'match'; pairs: Record<string, string> }
  /** item ids, earliest first */
  | { format: 'order'; order: string[] }

export type Question = PublicQuestion & {
  key: AnswerKey
  /** Cites the article; shown only after submission. */
  explanation: string
  evidence: Evidence[]
  /** 0..1, higher is better; the pool is ranked by it. */
  quality: number
}

export type QuestionPool = {
  articleHash: string
  questions: Question[]
}
