import { CATEGORY_LABEL, formatScore } from '@/lib/format'
import type { Category } from '@/lib/questions/types'
import { formatDuration, type ResultRow } from '@/lib/results'
import { LocalTime } from './local-time'

/** One row per submitted attempt; every cell is React text, never HTML from a student. */
export function ResultsTable({
  rows,
  categories,
  sameName,
}: {
  rows: ResultRow[]
  categories: readonly Category[]
  /** Students who typed the same name: which of them each attempt is. */
  sameName: ReadonlyMap<string, { nth: number; of: number; firstStartedAt: Date }>
}) {
  return (
    <section
      className="table-scroll"
      aria-label="Students table"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
    >
      <table className="data-table results-table">
        <caption className="visually-hidden">Submitted attempts, sorted by student name</caption>
        <thead>
          <tr>
            <th scope="col">Student</th>
            <th scope="col" className="num">
              Score
            </th>
            {categories.map((c) => (
              <th key={c} scope="col" className="num">
                {CATEGORY_LABEL[c] ?? c}
              </th>
            ))}
            <th scope="col" className="num">
              Time taken
            </th>
            <th scope="col">Started</th>
            <th scope="col">Submitted</th>
            <th scope="col" className="num">
              Attempts used
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.attemptId}>
              <th scope="row" className="student-name">
                <a href={`#answers-${row.attemptId}`}>{row.name}</a>
                <SameName label={sameName.get(row.attemptId)} name={row.name} />
              </th>
              <td className="num">
                {formatScore(row.score)} / {row.maxScore}{' '}
                <span className="percent">({row.percent}%)</span>
              </td>
              {categories.map((c) => {
                const cell = row.categories[c]
                return (
                  <td key={c} className="num">
                    {cell ? (
                      `${formatScore(cell.earned)} / ${cell.possible}`
                    ) : (
                      <span title="Not asked in this attempt">
                        —<span className="visually-hidden">not asked</span>
                      </span>
                    )}
                  </td>
                )
              })}
              <td className="num">{formatDuration(row.durationSeconds)}</td>
              <td>
                <LocalTime iso={row.startedAt.toISOString()} format="dateTime" />
              </td>
              <td>
                <LocalTime iso={row.submittedAt.toISOString()} format="dateTime" />
              </td>
              <td className="num">{row.attemptsUsed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

const ORDINAL = ['first', 'second', 'third', 'fourth', 'fifth']

/** "2nd of 2 named Leo, first started 10:02": two students with one name are never one row. */
export function SameName({
  label,
  name,
}: {
  label: { nth: number; of: number; firstStartedAt: Date } | undefined
  name: string
}) {
  if (!label) return null
  const nth = ORDINAL[label.nth - 1] ?? `number ${label.nth}`
  return (
    <span className="same-name">
      {nth} of {label.of} named “{name}”, joined{' '}
      <LocalTime iso={label.firstStartedAt.toISOString()} format="time" />
    </span>
  )
}
