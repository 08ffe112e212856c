/**
 * What each student answered, question by question, and how students who typed the same
 * name are told apart (by their own key, never merged, numbered in the order they started).
 * Pure.
 */
import type { OutcomeStatus } from '@/lib/grading'
import type { Question } from '@/lib/questions/types'
import { describeAnswer, describeCorrectAnswer } from '@/lib/quiz/feedback'
import { studentKeyOf, UNNAMED } from './table'
import type { SubmittedAttempt } from './types'

export type AnsweredQuestion = {
  questionId: string
  prompt: string
  status: OutcomeStatus
  credit: number
  answer: string | null
  correctAnswer: string
}

export type StudentAnswers = {
  attemptId: string
  answers: AnsweredQuestion[]
}

/** Per attempt, the questions in the order it received them, with the student's answer. */
export function answersByAttempt(pool: Question[], submitted: SubmittedAttempt[]) {
  const byId = new Map(pool.map((q) => [q.id, q]))
  return new Map(
    submitted.map((a): [string, AnsweredQuestion[]] => [
      a.id,
      a.outcomes.map((o) => {
        const q = byId.get(o.questionId)
        return {
          questionId: o.questionId,
          prompt: q?.prompt ?? '(question no longer in this version)',
          status: o.status,
          credit: o.credit,
          answer: q ? describeAnswer(q, a.answers[o.questionId]) : null,
          correctAnswer: q ? describeCorrectAnswer(q) : '',
        }
      }),
    ]),
  )
}

const byName = new Intl.Collator('en', { sensitivity: 'base' })
const nameKey = (name: string | null) => {
  const n = name?.trim()
  return (n ? n : UNNAMED).normalize('NFC').toLocaleLowerCase('en')
}

/**
 * For names shared by more than one student: attempt id → which of them (1, 2, …, by the
 * time the student first started) and how many share it. Names used once are absent.
 */
export function sameNameLabels(
  submitted: SubmittedAttempt[],
): Map<string, { nth: number; of: number; firstStartedAt: Date }> {
  const groups = new Map<string, Map<string, Date>>()
  for (const a of submitted) {
    const name = nameKey(a.displayName)
    const students = groups.get(name) ?? new Map<string, Date>()
    const key = studentKeyOf(a)
    const first = students.get(key)
    if (!first || a.startedAt < first) students.set(key, a.startedAt)
    groups.set(name, students)
  }
  const labels = new Map<string, { nth: number; of: number; firstStartedAt: Date }>()
  for (const a of submitted) {
    const students = groups.get(nameKey(a.displayName))
    if (!students || students.size < 2) continue
    const order = [...students.entries()].sort(
      (x, y) => x[1].getTime() - y[1].getTime() || byName.compare(x[0], y[0]),
    )
    const nth = order.findIndex(([key]) => key === studentKeyOf(a)) + 1
    const firstStartedAt = students.get(studentKeyOf(a)) ?? a.startedAt
    labels.set(a.id, { nth, of: students.size, firstStartedAt })
  }
  return labels
}
