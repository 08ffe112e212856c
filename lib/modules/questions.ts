/**
 * Pure edits of a draft's questions: apply a teacher's edit, find evidence for a teacher's
 * answer, choose a regenerated replacement and the first draft. Ids are re-derived with
 * the generator's own builders, so the same content always gets the same ids.
 */
import type { ArticleDoc } from '@/lib/content'
import {
  makeCloze,
  makeMatch,
  makeOrder,
  makeSingle,
  makeTrueFalse,
} from '@/lib/questions/build/common'
import type { Category, Evidence, Question } from '@/lib/questions/types'
import { ModuleInputError } from './errors'
import { DRAFT_QUESTION_LIMIT, MAX_OPTIONS, type QuestionEdit } from './schemas'

export const sameText = (a: string, b: string) =>
  a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase()

export const strip = ({ factIds: _f, ...q }: Question & { factIds: string[] }): Question =>
  q as Question

export type Errors = Record<string, string>

function requireText(errors: Errors, field: string, value: string, message: string) {
  if (!value.trim()) errors[field] = message
}

/** Filled option slots in order, with duplicate and correct-answer checks; errors name the slot. */
export function choiceOptions(
  errors: Errors,
  slots: string[],
  correct: number,
): { answer: string; distractors: string[] } | null {
  const filled = slots
    .map((text, i) => ({ text: text.trim(), slot: i + 1 }))
    .filter((o) => o.text.length > 0)
  if (filled.length < 2) errors.option1 = 'Give at least two options'
  if (filled.length > MAX_OPTIONS) errors.option1 = `Give at most ${MAX_OPTIONS} options`
  filled.forEach((o, i) => {
    if (filled.slice(0, i).some((p) => sameText(p.text, o.text)))
      errors[`option${o.slot}`] = 'This option repeats another one'
  })
  const answer = filled.find((o) => o.slot === correct)
  if (!answer)
    errors.correct = correct ? 'The correct option is empty' : 'Choose the correct option'
  if (!answer || Object.keys(errors).length > 0) return null
  return {
    answer: answer.text,
    distractors: filled.filter((o) => o !== answer).map((o) => o.text),
  }
}

function columnTexts(errors: Errors, prefix: string, slots: string[], count: number): string[] {
  const texts = slots.slice(0, count).map((t) => t.trim())
  texts.forEach((t, i) => {
    if (!t) errors[`${prefix}${i + 1}`] = 'This cannot be empty'
    else if (texts.slice(0, i).some((p) => sameText(p, t)))
      errors[`${prefix}${i + 1}`] = 'This repeats another entry'
  })
  return texts
}

function correctText(q: Question): string | null {
  if (!('optionId' in q.key) || !('options' in q)) return null
  const id = q.key.optionId
  return q.options.find((o) => o.id === id)?.text ?? null
}

/** The left/right texts of a match question in pair order, as the edit form shows them. */
export function matchPairs(q: Question): [string, string][] {
  if (q.format !== 'match' || q.key.format !== 'match') return []
  const { pairs } = q.key
  return q.left.map((l) => [l.text, q.right.find((r) => r.id === pairs[l.id])?.text ?? ''])
}

/** The items of an order question, earliest first. */
export function orderedItems(q: Question): string[] {
  if (q.format !== 'order' || q.key.format !== 'order') return []
  const { order } = q.key
  return order.map((id) => q.items.find((i) => i.id === id)?.text ?? '')
}

/** The 1-based slot of the correct option in `q.options` (as the edit form lists them). */
export function correctSlot(q: Question): number {
  if (!('optionId' in q.key) || !('options' in q)) return 0
  const id = q.key.optionId
  return q.options.findIndex((o) => o.id === id) + 1
}

/**
 * Applies an edit to a question. Throws ModuleInputError with per-field messages when the
 * edit leaves no correct answer, an empty or repeated option, or an empty prompt.
 */
export function applyQuestionEdit(q: Question, edit: QuestionEdit): Question {
  const errors: Errors = {}
  const prompt = edit.prompt.trim()
  requireText(errors, 'prompt', prompt, 'The question cannot be empty')
  const explanation = edit.explanation.trim() || q.explanation
  const base = {
    category: q.category,
    prompt,
    explanation,
    evidence: q.evidence,
    quality: q.quality,
    factIds: [],
  }
  let edited: Question | null = null
  switch (q.format) {
    case 'single': {
      const choice = choiceOptions(errors, edit.options, edit.correct)
      if (choice && !hasErrors(errors))
        edited = strip(makeSingle(base, choice.answer, choice.distractors))
      break
    }
    case 'cloze': {
      if (!edit.before.trim() && !edit.after.trim())
        errors.before = 'Give the sentence around the gap'
      const choice = choiceOptions(errors, edit.options, edit.correct)
      if (choice && !hasErrors(errors)) {
        const previous = correctText(q)
        const kept =
          previous && sameText(previous, choice.answer) && q.key.format === 'cloze'
            ? q.key.accepted
            : []
        const accepted = kept.filter((a) => !choice.distractors.some((d) => sameText(a, d)))
        edited = strip(
          makeCloze(base, edit.before, edit.after, choice.answer, choice.distractors, accepted),
        )
      }
      break
    }
    case 'true-false': {
      const statement = edit.statement.trim()
      requireText(errors, 'statement', statement, 'The statement cannot be empty')
      if (edit.correct !== 1 && edit.correct !== 2)
        errors.correct = 'Choose whether the statement is true or false'
      if (!hasErrors(errors)) edited = strip(makeTrueFalse(base, statement, edit.correct === 1))
      break
    }
    case 'match': {
      const count = q.left.length
      const left = columnTexts(errors, 'left', edit.left, count)
      const right = columnTexts(errors, 'right', edit.right, count)
      const pairs = matchPairs(q)
      const unchanged =
        prompt === q.prompt && pairs.every(([l, r], i) => l === left[i] && r === right[i])
      // The generator's pair order is not recoverable, so an unchanged match keeps its ids as they are.
      if (!hasErrors(errors) && unchanged) edited = { ...q, explanation }
      else if (!hasErrors(errors))
        edited = strip(
          makeMatch(
            base,
            left.map((l, i): [string, string] => [l, right[i] ?? '']),
          ),
        )
      break
    }
    case 'order': {
      const items = columnTexts(errors, 'item', edit.items, q.items.length)
      if (!hasErrors(errors)) edited = strip(makeOrder(base, items))
      break
    }
  }
  if (!edited || hasErrors(errors))
    throw new ModuleInputError('Please correct the highlighted fields.', errors)
  return edited
}

function hasErrors(errors: Errors): boolean {
  return Object.keys(errors).length > 0
}

/** The first body sentence that contains `answer`, as evidence for a teacher's question. */
export function findEvidence(doc: ArticleDoc, answer: string): Evidence[] {
  const needle = answer.trim().toLowerCase()
  if (!needle) return []
  for (const p of doc.paragraphs)
    for (const s of p.sentences) {
      const at = s.text.toLowerCase().indexOf(needle)
      if (at >= 0) return [{ sentenceId: s.id, start: at, end: at + needle.length }]
    }
  return []
}

/** Identifies "the same fact asked the same way", as the quality checks do. */
const factKey = (q: Question) => {
  const e = q.evidence[0]
  return e ? `${q.format}|${e.sentenceId}:${e.start}-${e.end}` : `${q.format}|id:${q.id}`
}

/**
 * The best generated question to replace `target`: not in the draft, not dismissed before,
 * not asking a fact the draft already asks in the same format; same category when possible.
 * `candidates` is a fresh pool, best first. Null when nothing is left.
 */
export function pickReplacement(
  draft: Question[],
  dismissed: readonly string[],
  candidates: Question[],
  target: Question,
): Question | null {
  const others = draft.filter((q) => q.id !== target.id)
  const taken = new Set([...draft.map((q) => q.id), ...dismissed])
  const asked = new Set(others.map(factKey))
  const open = candidates.filter((c) => !taken.has(c.id) && !asked.has(factKey(c)))
  return open.find((c) => c.category === target.category) ?? open[0] ?? null
}

/**
 * The first draft: the best questions, taken in turn from each category so one busy
 * category cannot crowd out the others, in the pool's own (quality) order.
 */
export function selectDraftQuestions(
  pool: Question[],
  limit: number = DRAFT_QUESTION_LIMIT,
): Question[] {
  if (pool.length <= limit) return [...pool]
  const queues = new Map<Category, Question[]>()
  for (const q of pool) queues.set(q.category, [...(queues.get(q.category) ?? []), q])
  const chosen = new Set<Question>()
  while (chosen.size < limit) {
    for (const queue of queues.values()) {
      const next = queue.shift()
      if (next && chosen.size < limit) chosen.add(next)
    }
  }
  return pool.filter((q) => chosen.has(q))
}
