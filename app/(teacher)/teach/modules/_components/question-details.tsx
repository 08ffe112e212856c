import { correctSlot, matchPairs, orderedItems } from '@/lib/modules/questions'
import type { QualityIssue } from '@/lib/questions'
import type { Question } from '@/lib/questions/types'
import { CATEGORY_NAME, FORMAT_NAME } from './labels'

/** A keyed question as the teacher reviews it: the correct answer marked in words, not colour. */
export function QuestionDetails({
  question: q,
  number,
  issues = [],
}: {
  question: Question
  number: number
  issues?: QualityIssue[]
}) {
  const headingId = `q-${number}-title`
  return (
    <>
      <h3 id={headingId} className="review-question-title">
        Question {number}
      </h3>
      <p className="question-meta">
        <span>{CATEGORY_NAME[q.category]}</span>
        <span>{FORMAT_NAME[q.format]}</span>
      </p>
      <p className="question-prompt">{q.prompt}</p>
      {q.format === 'true-false' ? <p className="statement">{q.statement}</p> : null}
      {q.format === 'cloze' ? (
        <p className="cloze-sentence">
          {q.before} <span className="review-blank">_____</span> {q.after}
        </p>
      ) : null}
      <Answers question={q} />
      <p className="review-explanation">
        <strong>Explanation: </strong>
        {q.explanation}
      </p>
      {issues.length > 0 ? (
        <div className="review-hints">
          <p>
            <strong>Quality hints</strong>
          </p>
          <ul>
            {issues.map((issue, i) => (
              <li key={i}>{issue.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  )
}

function Answers({ question: q }: { question: Question }) {
  if (q.format === 'match') {
    return (
      <table className="data-table review-pairs">
        <caption className="visually-hidden">Correct pairs</caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Matches</th>
          </tr>
        </thead>
        <tbody>
          {matchPairs(q).map(([left, right], i) => (
            <tr key={i}>
              <td>{left}</td>
              <td>{right}</td>
            </tr>
          ))}
        </tbody>
      </table>
    )
  }
  if (q.format === 'order') {
    return (
      <>
        <p className="review-label">Correct order, earliest first:</p>
        <ol className="review-order">
          {orderedItems(q).map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ol>
      </>
    )
  }
  const correct = correctSlot(q)
  return (
    <ul className="review-options">
      {q.options.map((o, i) => (
        <li key={o.id} className={i + 1 === correct ? 'is-correct' : undefined}>
          {i + 1 === correct ? (
            <span className="review-mark" aria-hidden="true">
              ✓
            </span>
          ) : (
            <span className="review-mark" aria-hidden="true" />
          )}
          {o.text}
          {i + 1 === correct ? <span className="review-correct-tag"> (correct)</span> : null}
        </li>
      ))}
    </ul>
  )
}
