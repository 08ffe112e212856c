/**
 * Class results for one assignment, computed from its submitted attempts and the module
 * version's pool: the table, per-question statistics and the charts' numbers. Pure: no
 * Next.js, no database; lib/db/queries/results.ts loads the inputs.
 */
import type { Question } from '@/lib/questions/types'
import { answersByAttempt, sameNameLabels } from './answers'
import { averagePercent, categoryAverages, scoreDistribution } from './charts'
import { questionStats } from './questions'
import { buildResultRows, presentCategories } from './table'
import type { SubmittedAttempt } from './types'

export * from './answers'
export * from './charts'
export * from './csv'
export * from './questions'
export * from './table'
export type * from './types'

export type ResultsInput = {
  pool: Question[]
  submitted: SubmittedAttempt[]
  /** Attempts per student key (see studentKeyOf), started ones included. */
  attemptsUsed: ReadonlyMap<string, number>
}

export function summarizeResults({ pool, submitted, attemptsUsed }: ResultsInput) {
  const categories = presentCategories(submitted)
  const rows = buildResultRows(submitted, attemptsUsed, categories)
  return {
    categories,
    rows,
    questions: questionStats(pool, submitted),
    distribution: scoreDistribution(rows),
    categoryAverages: categoryAverages(submitted, categories),
    averagePercent: averagePercent(rows),
    answers: answersByAttempt(pool, submitted),
    sameName: sameNameLabels(submitted),
  }
}

export type ResultsSummary = ReturnType<typeof summarizeResults>
