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
  /** Revealed only: what is right, by id, so the page can mark it in the options themselves. */
  correctOptionId?: string
  /** Revealed only: item ids, earliest first. */
  correctOrder?: string[]
  /** Revealed only: left option id → right option id. */
  correctPairs?: Record<string, string>
  /** Revealed only: the span that proves the answer, inside its sentence (the page quotes it). */
  proof?: { sentenceId: string; start: number; end: number }
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

type RevealedPart = Pick<
  QuestionFeedback,
  | 'correctAnswer'
  | 'explanation'
  | 'evidence'
  | 'correctOptionId'
  | 'correctOrder'
  | 'correctPairs'
  | 'proof'
>

function correctIdsOf(q: Question): Partial<RevealedPart> {
  const key = q.key
  switch (key.format) {
    case 'match':
      return { correctPairs: key.pairs }
    case 'order':
      return { correctOrder: key.order }
    default:
      return { correctOptionId: key.optionId }
  }
}

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
      ...correctIdsOf(q),
      ...(q.evidence[0] && q.format !== 'match' && q.format !== 'order'
        ? {
            proof: {
              sentenceId: q.evidence[0].sentenceId,
              start: q.evidence[0].start,
              end: q.evidence[0].end,
            },
          }
        : {}),
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
