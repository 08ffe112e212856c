import { CATEGORY_LABEL, formatScore } from '@/lib/format'
import type { CategoryAverage, DistributionBucket } from '@/lib/results'

const W = 640
const H = 240
const TOP = 24
const BOTTOM = 40
const PLOT = H - TOP - BOTTOM

const students = (n: number) => `${n} ${n === 1 ? 'student' : 'students'}`

/**
 * Score distribution as server-drawn SVG bars. The picture has a text alternative (its
 * description lists every band) and the same numbers follow as a table.
 */
export function DistributionChart({ buckets }: { buckets: DistributionBucket[] }) {
  const most = Math.max(1, ...buckets.map((b) => b.count))
  const slot = W / buckets.length
  const description = buckets
    .filter((b) => b.count > 0)
    .map((b) => `${b.label}: ${students(b.count)}`)
    .join('; ')
  return (
    <figure className="results-figure">
      <svg
        className="distribution-chart"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby="distribution-title distribution-desc"
      >
        <title id="distribution-title">Score distribution</title>
        <desc id="distribution-desc">{`Students per score band. ${description}.`}</desc>
        <line className="axis" x1={0} x2={W} y1={TOP + PLOT} y2={TOP + PLOT} />
        {buckets.map((b, i) => {
          const height = (b.count / most) * PLOT
          const x = i * slot + slot * 0.15
          return (
            <g key={b.label}>
              <rect
                className="distribution-bar"
                x={x}
                y={TOP + PLOT - height}
                width={slot * 0.7}
                height={height}
              />
              <text className="bar-count" x={x + slot * 0.35} y={TOP + PLOT - height - 6}>
                {b.count}
              </text>
              <text className="bar-label" x={x + slot * 0.35} y={H - BOTTOM / 2 + 4}>
                {`${b.min}–${b.max}`}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption className="hint">
        Students per band of the score, in percent of the maximum.
      </figcaption>
      <details>
        <summary>Distribution as a table</summary>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Score band</th>
              <th scope="col" className="num">
                Students
              </th>
            </tr>
          </thead>
          <tbody>
            {buckets.map((b) => (
              <tr key={b.label}>
                <th scope="row">{b.label}</th>
                <td className="num">{b.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}

/** Category averages as bars, each with its number written out beside it. */
export function CategoryAverages({ averages }: { averages: CategoryAverage[] }) {
  return (
    <ul className="category-bars results-categories">
      {averages.map((c) => (
        <li key={c.category}>
          <span className="category-name">{CATEGORY_LABEL[c.category] ?? c.category}</span>
          <span className="bar" aria-hidden="true">
            <span className="bar-fill" style={{ width: `${c.percent}%` }} />
          </span>
          <span className="category-score">
            {c.percent}%{' '}
            <span className="meta-inline">
              ({formatScore(c.earned)} of {c.possible})
            </span>
          </span>
        </li>
      ))}
    </ul>
  )
}
