'use client'

import type { RefObject } from 'react'
import type { AttemptResult } from '@/lib/quiz/feedback'

const CATEGORY_LABEL: Record<string, string> = {
  actor: 'Actors',
  date: 'Dates',
  position: 'Positions',
  place: 'Places',
}

const pct = (earned: number, possible: number) =>
  possible === 0 ? 0 : Math.round((earned / possible) * 100)
const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1))

export function ResultSummary({
  result,
  headingRef,
  onRetry,
}: {
  result: AttemptResult
  headingRef: RefObject<HTMLHeadingElement | null>
  onRetry: () => void
}) {
  return (
    <section className="result" aria-labelledby="result-title">
      <h3 id="result-title" ref={headingRef} tabIndex={-1}>
        You scored {fmt(result.score)} out of {result.maxScore}
      </h3>
      <p className="result-percent">{pct(result.score, result.maxScore)}%</p>
      <ul className="category-bars">
        {result.categories.map((c) => (
          <li key={c.category}>
            <span className="category-name">{CATEGORY_LABEL[c.category] ?? c.category}</span>
            <span className="bar" aria-hidden="true">
              <span className="bar-fill" style={{ width: `${pct(c.earned, c.possible)}%` }} />
            </span>
            <span className="category-score">
              {fmt(c.earned)} / {c.possible}
            </span>
          </li>
        ))}
      </ul>
      <p className="hint">
        Each question below says why; “Show in the article” highlights the sentence that proves it.
      </p>
      <button type="button" className="button secondary" onClick={onRetry}>
        Try another variant
      </button>
    </section>
  )
}
