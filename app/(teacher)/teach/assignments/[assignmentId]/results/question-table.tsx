import { CATEGORY_LABEL } from '@/lib/format'
import type { QuestionStat } from '@/lib/results'

const pct = (rate: number) => Math.round(rate * 100)

/**
 * Per-question correct rates in pool order. The hardest are marked with the word
 * "Hardest" (colour only repeats it), and each shows the wrong answer chosen most often.
 */
export function QuestionTable({ questions }: { questions: QuestionStat[] }) {
  return (
    <div className="table-scroll">
      <table className="data-table question-stats">
        <caption className="visually-hidden">
          Correct rate per question, over the submitted attempts that received it
        </caption>
        <thead>
          <tr>
            <th scope="col">Question</th>
            <th scope="col" className="num">
              Correct
            </th>
            <th scope="col">Most chosen wrong answer</th>
          </tr>
        </thead>
        <tbody>
          {questions.map((q, i) => (
            <tr key={q.questionId} className={q.hardest ? 'is-hardest' : undefined}>
              <th scope="row">
                <span className="question-number">{i + 1}.</span> {q.prompt}
                {q.detail ? <span className="question-detail">{q.detail}</span> : null}
                <span className="meta question-meta">
                  <span>{CATEGORY_LABEL[q.category] ?? q.category}</span>
                  <span>{q.format}</span>
                  {q.hardest ? <strong className="hardest-flag">Hardest</strong> : null}
                </span>
              </th>
              <td className="num">
                <span className="rate">{pct(q.correctRate)}%</span>
                <span className="rate-detail">
                  {q.correct} of {q.received}
                  {q.partial > 0 ? `, ${q.partial} partly` : ''}
                  {q.unanswered > 0 ? `, ${q.unanswered} blank` : ''}
                </span>
              </td>
              <td>
                {q.mostChosenWrong ? (
                  <>
                    <q className="wrong-answer">{q.mostChosenWrong.text}</q>{' '}
                    <span className="meta-inline">
                      ({q.mostChosenWrong.count}{' '}
                      {q.mostChosenWrong.count === 1 ? 'student' : 'students'})
                    </span>
                  </>
                ) : (
                  <span className="meta-inline">No wrong answers</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
