/**
 * What a student sees after submitting: per question the outcome and, when the
 * assignment reveals answers, the correct answer, the explanation and the evidence. Pure.
 */
import type { Answer, GradeResult, OutcomeStatus } from '@/lib/grading'
import type { Option, Question } from '@/lib/questions/types'

export type QuestionFeedback = {
  questionId: string
  status: OutcomeStatus
  credit: number
  yourAnswer: string | null
  /** Present only when answers are revealed. */
  correctAnswer?: string
  explanation?: string
  evidence?: string[]
}

export type AttemptResult = {
  score: number
  maxScore: number
  categories: GradeResult['categories']
  feedback: QuestionFeedback[]
  revealed: boolean
}

const textOf = (options: Option[], id: string | undefined) =>
  options.find((o) => o.id === id)?.text ?? '—'

export function describeCorrectAnswer(q: Question): string {
  const key = q.key
  switch (key.format) {
    case 'match':
      return q.format === 'match'
        ? q.left.map((l) => `${l.text} → ${textOf(q.right, key.pairs[l.id])}`).join('; ')
        : ''
    case 'order':
      return q.format === 'order' ? key.order.map((id) => textOf(q.items, id)).join(' → ') : ''
    default:
      return 'options' in q ? textOf(q.options, key.optionId) : ''
  }
}

export function describeAnswer(q: Question, answer: Answer | undefined): string | null {
  if (!answer) return null
  if ('text' in answer) return answer.text
  if ('optionId' in answer) return 'options' in q ? textOf(q.options, answer.optionId) : null
  if ('pairs' in answer && q.format === 'match') {
    return q.left
      .map((l) => `${l.text} → ${answer.pairs[l.id] ? textOf(q.right, answer.pairs[l.id]) : '—'}`)
      .join('; ')
  }
  if ('order' in answer && q.format === 'order')
    return answer.order.map((id) => textOf(q.items, id)).join(' → ')
  return null
}

type RevealedPart = Required<Pick<QuestionFeedback, 'correctAnswer' | 'explanation' | 'evidence'>>

// What a question reveals is the same for every learner: work it out once per question
// object. Questions are never changed in place (a version's pool is immutable; an edit
// makes new objects), so an entry cannot go stale.
const revealed = new WeakMap<Question, RevealedPart>()

function revealedPartOf(q: Question): RevealedPart {
  let part = revealed.get(q)
  if (!part) {
    part = {
      correctAnswer: describeCorrectAnswer(q),
      explanation: q.explanation,
      evidence: [...new Set(q.evidence.map((e) => e.sentenceId))],
    }
    revealed.set(q, part)
  }
  return part
}

export function buildResult(
  questions: Question[],
  answers: Record<string, Answer>,
  grade: Pick<GradeResult, 'outcomes' | 'categories' | 'score' | 'maxScore'>,
  reveal: boolean,
): AttemptResult {
  // Outcomes come in the questions' order; look a question up by id only if they do not.
  const byId = (id: string, i: number) =>
    questions[i]?.id === id ? questions[i] : questions.find((q) => q.id === id)
  const feedback = grade.outcomes.map((o, i): QuestionFeedback => {
    const q = byId(o.questionId, i)
    const yourAnswer = q ? describeAnswer(q, answers[o.questionId]) : null
    if (!reveal || !q)
      return { questionId: o.questionId, status: o.status, credit: o.credit, yourAnswer }
    return {
      questionId: o.questionId,
      status: o.status,
      credit: o.credit,
      yourAnswer,
      ...revealedPartOf(q),
    }
  })
  return {
    score: grade.score,
    maxScore: grade.maxScore,
    categories: grade.categories,
    feedback,
    revealed: reveal,
  }
}
