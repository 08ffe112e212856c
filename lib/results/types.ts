/** The shapes results statistics work on: plain data, no rows from the database. */
import type { Answer, CategoryScore, Outcome } from '@/lib/grading'
import type { Category, Format } from '@/lib/questions/types'

/** One submitted attempt, as the statistics need it. */
export type SubmittedAttempt = {
  id: string
  /** Counts one student's attempts; an attempt without one counts on its own. */
  studentKey: string | null
  displayName: string | null
  answers: Record<string, Answer>
  outcomes: Outcome[]
  categoryScores: CategoryScore[]
  score: number
  maxScore: number
  startedAt: Date
  submittedAt: Date
}

export type CategoryCell = { earned: number; possible: number } | null

/** One line of the results table (and of the CSV export). */
export type ResultRow = {
  attemptId: string
  name: string
  score: number
  maxScore: number
  percent: number
  categories: Partial<Record<Category, CategoryCell>>
  /** Whole seconds between start and submission (never negative). */
  durationSeconds: number
  submittedAt: Date
  startedAt: Date
  attemptsUsed: number
}

export type WrongAnswer = { text: string; count: number }

export type QuestionStat = {
  questionId: string
  category: Category
  format: Format
  prompt: string
  /** What the prompt refers to: a true/false statement, or a cloze sentence with its blank. */
  detail: string | null
  /** Submitted attempts that received this question. */
  received: number
  correct: number
  partial: number
  incorrect: number
  unanswered: number
  /** Fully correct answers / received, 0..1. */
  correctRate: number
  /** Mean credit (partial credit counted), 0..1. */
  meanCredit: number
  mostChosenWrong: WrongAnswer | null
  hardest: boolean
}

export type DistributionBucket = { label: string; min: number; max: number; count: number }

export type CategoryAverage = {
  category: Category
  earned: number
  possible: number
  /** Share of the category's points earned, 0..100 (rounded). */
  percent: number
  attempts: number
}
