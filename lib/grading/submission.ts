/**
 * The shape of a submission (zod) and its validation against one attempt's variant:
 * every question and option id must belong to that attempt, in the right form for its format.
 */
import { z } from 'zod'
import type { Question } from '@/lib/questions/types'

const idSchema = z.string().min(1).max(64)

export const answerSchema = z.union([
  z.strictObject({ optionId: idSchema }),
  z.strictObject({ text: z.string().trim().min(1).max(200) }),
  z.strictObject({ pairs: z.record(idSchema, idSchema) }),
  z.strictObject({ order: z.array(idSchema).min(2).max(8) }),
])
export type Answer = z.infer<typeof answerSchema>

export const MAX_QUESTIONS_PER_ATTEMPT = 30

export const submissionSchema = z.strictObject({
  /** Chosen by the browser once per attempt: resubmitting with it is safe. */
  submissionKey: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8–64 letters, digits, - or _'),
  answers: z
    .record(idSchema, answerSchema)
    .refine((a) => Object.keys(a).length <= MAX_QUESTIONS_PER_ATTEMPT, 'has too many answers'),
})
export type Submission = z.infer<typeof submissionSchema>

type OptionIds = { all: Set<string>; left: Set<string>; right: Set<string> }

// Every submission checks its answers against these sets: build them once per question
// object (questions are never changed in place).
const optionIdsCache = new WeakMap<Question, OptionIds>()

const idSet = (options: { id: string }[]) => new Set(options.map((o) => o.id))

function optionIds(q: Question): OptionIds {
  let ids = optionIdsCache.get(q)
  if (!ids) {
    const left = q.format === 'match' ? idSet(q.left) : new Set<string>()
    const right = q.format === 'match' ? idSet(q.right) : new Set<string>()
    const all =
      q.format === 'match'
        ? new Set([...left, ...right])
        : idSet(q.format === 'order' ? q.items : q.options)
    ids = { all, left, right }
    optionIdsCache.set(q, ids)
  }
  return ids
}

/** Why this answer cannot be an answer to this question, or null when it can. */
function checkAnswer(q: Question, answer: Answer): string | null {
  const { all: ids, left, right } = optionIds(q)
  if ('optionId' in answer) {
    if (q.format === 'match' || q.format === 'order')
      return `expects ${q.format === 'match' ? 'pairs' : 'an order'}`
    return ids.has(answer.optionId) ? null : 'names an option that is not in this question'
  }
  if ('text' in answer) return q.format === 'cloze' ? null : 'does not accept typed text'
  if ('pairs' in answer) {
    if (q.format !== 'match') return 'does not take pairs'
    // Choosing one right-hand option twice is allowed: it simply cannot be right both times.
    const valid = Object.entries(answer.pairs).every(([l, r]) => left.has(l) && right.has(r))
    return valid ? null : 'pairs options that are not in this question'
  }
  if (q.format !== 'order') return 'does not take an order'
  const order = answer.order
  const complete =
    order.length === ids.size &&
    new Set(order).size === order.length &&
    order.every((id) => ids.has(id))
  return complete ? null : 'must list every item of this question exactly once'
}

export type SubmissionProblem = { questionId: string; message: string }

/** Checks the answers against the attempt's own questions; an empty list means valid. */
export function findSubmissionProblems(
  questions: Question[],
  answers: Record<string, Answer>,
): SubmissionProblem[] {
  const byId = new Map(questions.map((q) => [q.id, q]))
  const problems: SubmissionProblem[] = []
  for (const [questionId, answer] of Object.entries(answers)) {
    const q = byId.get(questionId)
    const message = q ? checkAnswer(q, answer) : 'is not a question of this attempt'
    if (message) problems.push({ questionId, message })
  }
  return problems
}
