/**
 * Pure grading: (the attempt's keyed questions, validated answers) → per-question outcome,
 * per-category and total score. Every question is worth 1 point.
 *
 * Partial credit:
 * - match pairs: the share of pairs matched correctly (3 of 4 → 0.75);
 * - order events: the share of item pairs placed in the right relative order
 *   (Kendall's tau as a fraction: one swap of neighbours among 4 items → 5/6).
 * Everything else is right (1) or wrong (0). Credits are rounded to 2 decimals.
 */
import { CATEGORIES, type Category, type Question } from '@/lib/questions/types'
import { matchesAccepted } from './normalize'
import type { Answer } from './submission'

export type OutcomeStatus = 'correct' | 'partial' | 'incorrect' | 'unanswered'
export type Outcome = {
  questionId: string
  category: Category
  credit: number
  status: OutcomeStatus
}
export type CategoryScore = { category: Category; earned: number; possible: number }
export type GradeResult = {
  outcomes: Outcome[]
  categories: CategoryScore[]
  score: number
  maxScore: number
}

const round2 = (n: number) => Math.round(n * 100) / 100

function pairOrderCredit(correct: string[], given: string[]): number {
  const position = new Map(given.map((id, i) => [id, i]))
  let agreeing = 0
  let total = 0
  for (let i = 0; i < correct.length; i++) {
    for (let j = i + 1; j < correct.length; j++) {
      total += 1
      if ((position.get(correct[i] ?? '') ?? -1) < (position.get(correct[j] ?? '') ?? -1))
        agreeing += 1
    }
  }
  return total === 0 ? 0 : agreeing / total
}

export function creditFor(q: Question, answer: Answer | undefined): number {
  if (!answer) return 0
  const key = q.key
  switch (key.format) {
    case 'single':
    case 'true-false':
      return 'optionId' in answer && answer.optionId === key.optionId ? 1 : 0
    case 'cloze':
      if ('optionId' in answer) return answer.optionId === key.optionId ? 1 : 0
      return 'text' in answer && matchesAccepted(answer.text, key.accepted) ? 1 : 0
    case 'match': {
      if (!('pairs' in answer)) return 0
      const lefts = Object.keys(key.pairs)
      const right = lefts.filter((l) => answer.pairs[l] === key.pairs[l]).length
      return lefts.length === 0 ? 0 : right / lefts.length
    }
    case 'order':
      return 'order' in answer ? pairOrderCredit(key.order, answer.order) : 0
  }
}

function statusFor(credit: number, answered: boolean): OutcomeStatus {
  if (!answered) return 'unanswered'
  if (credit >= 1) return 'correct'
  return credit > 0 ? 'partial' : 'incorrect'
}

export function gradeSubmission(
  questions: Question[],
  answers: Record<string, Answer>,
): GradeResult {
  const outcomes = questions.map((q): Outcome => {
    const answer = answers[q.id]
    const credit = round2(creditFor(q, answer))
    return {
      questionId: q.id,
      category: q.category,
      credit,
      status: statusFor(credit, answer !== undefined),
    }
  })
  const categories = new Map<Category, CategoryScore>()
  for (const o of outcomes) {
    const c = categories.get(o.category) ?? { category: o.category, earned: 0, possible: 0 }
    c.earned = round2(c.earned + o.credit)
    c.possible += 1
    categories.set(o.category, c)
  }
  return {
    outcomes,
    categories: CATEGORIES.flatMap((c) => categories.get(c) ?? []),
    score: round2(outcomes.reduce((sum, o) => sum + o.credit, 0)),
    maxScore: questions.length,
  }
}
