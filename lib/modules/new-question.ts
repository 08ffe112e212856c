/**
 * The "Add a question" form, one shape per format: zod checks each field (lengths, the
 * category, the format) and then what the question needs as a whole — a correct option that
 * is filled in, no repeated options, complete pairs, three to five events, a gap that is in
 * the sentence — with each message on the field to fix. `readNewQuestion` turns a valid form
 * into a `NewQuestion`, which lib/modules/write-question turns into a keyed question.
 */
import { z } from 'zod'
import { CATEGORIES, type Category } from '@/lib/questions/types'
import { choiceOptions, type Errors, sameText } from './questions'
import {
  EXPLANATION_MAX,
  MAX_OPTIONS,
  moduleIdSchema,
  OPTION_MAX,
  optionalText,
  PROMPT_MAX,
  slotFields,
} from './schemas'

export const MIN_PAIRS = 2
export const MIN_EVENTS = 3
export const MAX_EVENTS = 5

/** What a teacher asks, in the generator's terms, before ids, evidence and key are derived. */
export type NewQuestion = { category: Category; prompt: string; explanation: string } & (
  | { format: 'single'; answer: string; distractors: string[] }
  | { format: 'true-false'; statement: string; truth: boolean; proof: string }
  | { format: 'cloze'; before: string; after: string; answer: string; distractors: string[] }
  | { format: 'match'; pairs: [string, string][] }
  | { format: 'order'; items: string[] }
)

const common = {
  moduleId: moduleIdSchema,
  category: z.enum(CATEGORIES, 'Choose a category'),
  prompt: optionalText(PROMPT_MAX, 'the question'),
  explanation: optionalText(EXPLANATION_MAX, 'the explanation'),
}
const correct = z.string().trim().default('')
const options = slotFields('option', MAX_OPTIONS, OPTION_MAX, 'each option')

const formSchemas = z.discriminatedUnion(
  'format',
  [
    z.object({ ...common, format: z.literal('single'), ...options, correct }),
    z.object({
      ...common,
      format: z.literal('true-false'),
      statement: optionalText(PROMPT_MAX, 'the statement'),
      correct,
      proof: optionalText(PROMPT_MAX, 'the words from the article'),
    }),
    z.object({
      ...common,
      format: z.literal('cloze'),
      sentence: optionalText(PROMPT_MAX, 'the sentence'),
      ...options,
      correct,
    }),
    z.object({
      ...common,
      format: z.literal('match'),
      ...slotFields('left', MAX_OPTIONS, OPTION_MAX, 'each item'),
      ...slotFields('right', MAX_OPTIONS, OPTION_MAX, 'each item'),
    }),
    z.object({
      ...common,
      format: z.literal('order'),
      ...slotFields('item', MAX_OPTIONS, OPTION_MAX, 'each event'),
    }),
  ],
  { error: 'Choose a question format' },
)

type Form = z.output<typeof formSchemas>

/** The form, checked field by field and then as a whole question. */
export const addQuestionFormSchema = formSchemas.superRefine((form, ctx) => {
  for (const [field, message] of Object.entries(readNewQuestion(form).errors))
    ctx.addIssue({ code: 'custom', path: [field], message })
})
export type AddQuestionForm = z.output<typeof addQuestionFormSchema>

const slots = (form: Form, prefix: string) =>
  Array.from(
    { length: MAX_OPTIONS },
    (_, i) => (form as unknown as Record<string, string | undefined>)[`${prefix}${i + 1}`] ?? '',
  )

const slotOf = (value: string) => (/^[1-6]$/.test(value) ? Number(value) : 0)

/** A valid form as a NewQuestion, or the message for each field to fix. */
export function readNewQuestion(form: Form): { question: NewQuestion | null; errors: Errors } {
  const errors: Errors = {}
  const prompt = form.prompt.trim()
  if (!prompt) errors.prompt = 'Write the question students read'
  const base = { category: form.category, prompt, explanation: form.explanation.trim() }
  const question = readFormat(form, errors, base)
  return Object.keys(errors).length > 0 || !question
    ? { question: null, errors }
    : { question, errors }
}

type Base = Pick<NewQuestion, 'category' | 'prompt' | 'explanation'>

function readFormat(form: Form, errors: Errors, base: Base): NewQuestion | null {
  switch (form.format) {
    case 'single': {
      const choice = readChoice(errors, slots(form, 'option'), form.correct)
      return choice && { ...base, format: 'single', ...choice }
    }
    case 'true-false': {
      const statement = form.statement.trim()
      if (!statement) errors.statement = 'Write the statement students judge'
      if (form.correct !== '1' && form.correct !== '2')
        errors.correct = 'Choose whether the statement is true or false'
      return {
        ...base,
        format: 'true-false',
        statement,
        truth: form.correct === '1',
        proof: form.proof,
      }
    }
    case 'cloze':
      return readCloze(form, errors, base)
    case 'match':
      return readMatch(errors, base, slots(form, 'left'), slots(form, 'right'))
    case 'order':
      return readOrder(errors, base, slots(form, 'item'))
  }
}

function readChoice(errors: Errors, texts: string[], correct: string) {
  const own: Errors = {}
  const choice = choiceOptions(own, texts, slotOf(correct))
  Object.assign(errors, own)
  return choice
}

function readCloze(
  form: Extract<Form, { format: 'cloze' }>,
  errors: Errors,
  base: Base,
): NewQuestion | null {
  const sentence = form.sentence.trim()
  if (!sentence) errors.sentence = 'Copy the sentence from the article'
  const choice = readChoice(errors, slots(form, 'option'), form.correct)
  if (!choice || !sentence) return null
  const at = sentence.toLowerCase().indexOf(choice.answer.toLowerCase())
  if (at < 0) {
    errors.sentence = `The sentence must contain the correct option (“${choice.answer}”) word for word: those words become the gap`
    return null
  }
  const before = sentence.slice(0, at)
  const after = sentence.slice(at + choice.answer.length)
  if (!before.trim() && !after.trim()) {
    errors.sentence = 'Give more of the sentence than the words that become the gap'
    return null
  }
  return { ...base, format: 'cloze', before, after, ...choice }
}

function readMatch(
  errors: Errors,
  base: Base,
  left: string[],
  right: string[],
): NewQuestion | null {
  const pairs: [string, string][] = []
  left.forEach((l, i) => {
    const r = right[i] ?? ''
    if (!l && !r) return
    if (!l) errors[`left${i + 1}`] = 'Fill in both sides of the pair, or neither'
    else if (!r) errors[`right${i + 1}`] = 'Fill in both sides of the pair, or neither'
    else {
      if (pairs.some(([p]) => sameText(p, l))) errors[`left${i + 1}`] = 'This repeats another item'
      if (pairs.some(([, p]) => sameText(p, r)))
        errors[`right${i + 1}`] = 'This repeats another item'
      pairs.push([l, r])
    }
  })
  if (pairs.length < MIN_PAIRS && !errors.left1 && !errors.right1)
    errors.left1 = `Give at least ${MIN_PAIRS} pairs`
  return { ...base, format: 'match', pairs }
}

function readOrder(errors: Errors, base: Base, slotted: string[]): NewQuestion | null {
  const items: string[] = []
  slotted.forEach((text, i) => {
    if (!text) return
    if (items.some((p) => sameText(p, text))) errors[`item${i + 1}`] = 'This repeats another event'
    else if (items.length >= MAX_EVENTS)
      errors[`item${i + 1}`] = `Give at most ${MAX_EVENTS} events`
    items.push(text)
  })
  if (items.length < MIN_EVENTS && !errors.item1)
    errors.item1 = `Give at least ${MIN_EVENTS} events, earliest first`
  return { ...base, format: 'order', items }
}
