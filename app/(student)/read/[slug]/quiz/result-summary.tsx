'use client'

import type { RefObject } from 'react'
import { CategoryBars } from '@/app/_components/category-bars'
import { formatScore, percentOf } from '@/lib/format'
import type { AttemptResult } from '@/lib/quiz/feedback'

export function ResultSummary({
  result,
  headingRef,
  onRetry,
  attemptsLeft,
}: {
  result: AttemptResult
  headingRef: RefObject<HTMLHeadingElement | null>
  onRetry: () => void
  /** Assignments only: attempts this student may still start. */
  attemptsLeft?: number | undefined
}) {
  const count = (status: string) => result.feedback.filter((f) => f.status === status).length
  const right = count('correct')
  const partly = count('partial')
  const wrong = result.feedback.length - right - partly
  return (
    <section className="result" aria-labelledby="result-title">
      <h3 id="result-title" ref={headingRef} tabIndex={-1}>
        {partly === 0
          ? `You scored ${formatScore(result.score)} out of ${result.maxScore}`
          : `You scored ${right} out of ${result.maxScore}, and ${partly} partly right`}
      </h3>
      <p className="result-percent">{percentOf(result.score, result.maxScore)}%</p>
      <ul className="result-tally">
        <li>
          <span aria-hidden="true">✓ </span>
          {right} right
        </li>
        {partly > 0 ? (
          <li>
            <span aria-hidden="true">◐ </span>
            {partly} partly right
          </li>
        ) : null}
        <li>
          <span aria-hidden="true">✗ </span>
          {wrong} to look at again
        </li>
      </ul>
      {partly > 0 ? (
        <p className="hint">
          A partly right answer earns part of a point: {formatScore(result.score)} points in all,
          out of {result.maxScore}.
        </p>
      ) : null}
      <CategoryBars categories={result.categories} />
      {result.revealed ? (
        <p className="hint">
          Each question below says why; “Show in the article” highlights the sentence that proves
          it.
        </p>
      ) : (
        <p className="hint">Your teacher will go through the correct answers with the class.</p>
      )}
      {attemptsLeft === undefined ? (
        <button type="button" className="button secondary" onClick={onRetry}>
          Try another variant
        </button>
      ) : attemptsLeft > 0 ? (
        <button type="button" className="button secondary" onClick={onRetry}>
          Try again ({attemptsLeft} {attemptsLeft === 1 ? 'attempt' : 'attempts'} left)
        </button>
      ) : (
        <p className="hint">You have used all your attempts for this assignment.</p>
      )}
    </section>
  )
}
