/** Hand-made keyed questions of every format and submitted attempts built from them. */
import type { Answer } from '@/lib/grading'
import { gradeSubmission } from '@/lib/grading'
import type { Question } from '@/lib/questions/types'
import type { SubmittedAttempt } from '@/lib/results'

const base = { explanation: 'Because the article says so.', evidence: [], quality: 0.9 }

export const single: Question = {
  ...base,
  id: 'q-single',
  category: 'actor',
  format: 'single',
  prompt: 'Who is described as the spokesman?',
  options: [
    { id: 'a', text: 'Ned Price' },
    { id: 'b', text: 'Jen Psaki' },
    { id: 'c', text: 'Lloyd Austin' },
  ],
  key: { format: 'single', optionId: 'a' },
}

export const trueFalse: Question = {
  ...base,
  id: 'q-tf',
  category: 'position',
  format: 'true-false',
  prompt: 'True or false?',
  statement: 'The minister welcomed the decision.',
  options: [
    { id: 't', text: 'True' },
    { id: 'f', text: 'False' },
  ],
  key: { format: 'true-false', optionId: 'f' },
}

export const cloze: Question = {
  ...base,
  id: 'q-cloze',
  category: 'place',
  format: 'cloze',
  prompt: 'Complete the sentence from the article.',
  before: 'The rockets landed near ',
  after: '.',
  options: [
    { id: 'x', text: 'Erbil' },
    { id: 'y', text: 'Baghdad' },
  ],
  key: { format: 'cloze', optionId: 'x', accepted: ['Erbil'] },
}

export const match: Question = {
  ...base,
  id: 'q-match',
  category: 'actor',
  format: 'match',
  prompt: 'Match each person to the post the article gives them.',
  left: [
    { id: 'l1', text: 'Price' },
    { id: 'l2', text: 'Austin' },
  ],
  right: [
    { id: 'r1', text: 'spokesman' },
    { id: 'r2', text: 'defence secretary' },
  ],
  key: { format: 'match', pairs: { l1: 'r1', l2: 'r2' } },
}

export const order: Question = {
  ...base,
  id: 'q-order',
  category: 'date',
  format: 'order',
  prompt: 'Put these events from the article in order, earliest first.',
  items: [
    { id: 'e1', text: 'The attack' },
    { id: 'e2', text: 'The call' },
    { id: 'e3', text: 'The statement' },
  ],
  key: { format: 'order', order: ['e1', 'e2', 'e3'] },
}

export const POOL: Question[] = [single, trueFalse, cloze, match, order]

let counter = 0

/**
 * A submitted attempt graded by the real grader. `questions` defaults to the whole pool;
 * `seconds` is the time taken.
 */
export function submittedAttempt(
  answers: Record<string, Answer>,
  options: {
    name?: string | null
    studentKey?: string | null
    questions?: Question[]
    startedAt?: Date
    seconds?: number
    id?: string
  } = {},
): SubmittedAttempt {
  counter += 1
  const questions = options.questions ?? POOL
  const grade = gradeSubmission(questions, answers)
  const startedAt = options.startedAt ?? new Date(Date.UTC(2025, 2, 3, 9, 0, counter))
  return {
    id: options.id ?? `attempt-${String(counter).padStart(4, '0')}`,
    studentKey: options.studentKey === undefined ? `key-${counter}` : options.studentKey,
    displayName: options.name === undefined ? `Student ${counter}` : options.name,
    answers,
    outcomes: grade.outcomes,
    categoryScores: grade.categories,
    score: grade.score,
    maxScore: grade.maxScore,
    startedAt,
    submittedAt: new Date(startedAt.getTime() + (options.seconds ?? 300) * 1000),
  }
}

export const ALL_RIGHT: Record<string, Answer> = {
  'q-single': { optionId: 'a' },
  'q-tf': { optionId: 'f' },
  'q-cloze': { optionId: 'x' },
  'q-match': { pairs: { l1: 'r1', l2: 'r2' } },
  'q-order': { order: ['e1', 'e2', 'e3'] },
}
