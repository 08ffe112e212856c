/** The state of an attempt as its browser may see it, from the stored row. Server-only. */
import 'server-only'
import { describeShare } from '@/lib/cards/share'
import type { ArticleMeta } from '@/lib/content/schema'
import type { AttemptResultRow } from '@/lib/db/queries/attempts'
import { toPublicQuestion } from '@/lib/questions/public'
import type { Question } from '@/lib/questions/types'
import { buildResult } from './feedback'
import { type AttemptState, type SubmissionResult, shareStateOf } from './schemas'

/** Built-in modules reveal everything; an assignment decides, and says how many attempts remain. */
export type StateOptions = { reveal: boolean; attemptsLeft?: number }

export function stateOf(
  attempt: AttemptResultRow,
  meta: ArticleMeta,
  slug: string,
  questions: Question[],
  options: StateOptions = { reveal: true },
): AttemptState {
  return {
    ...resultStateOf(attempt, meta, slug, questions, options),
    questions: questions.map(toPublicQuestion),
  }
}

/** The state without the public questions: what a submission answers with. */
export function resultStateOf(
  attempt: AttemptResultRow,
  meta: ArticleMeta,
  slug: string,
  questions: Question[],
  options: StateOptions = { reveal: true },
): SubmissionResult {
  const submitted = attempt.submittedAt !== null
  const result =
    submitted && attempt.outcomes && attempt.categoryScores
      ? buildResult(
          questions,
          attempt.answers ?? {},
          {
            outcomes: attempt.outcomes,
            categories: attempt.categoryScores,
            score: attempt.score ?? 0,
            maxScore: attempt.maxScore,
          },
          options.reveal,
        )
      : null
  return {
    attemptId: attempt.id,
    slug,
    submitted,
    result,
    share: shareStateOf(describeShare(attempt, meta)),
    ...(options.attemptsLeft === undefined ? {} : { attemptsLeft: options.attemptsLeft }),
  }
}
