import { CATEGORY_LABEL } from '@/lib/format'
import type { Format } from '@/lib/questions/types'
import type { QuestionStat } from '@/lib/results'

const pct = (rate: number) => Math.round(rate * 100)

const FORMAT_LABEL: Record<Format, string> = {
  single: 'Single choice',
  'true-false': 'True or false',
  cloze: 'Fill the gap',
  match: 'Match pairs',
  order: 'Order events',
}

/**
 * Per-question correct rates in pool order. The hardest are marked with the word
 * "Hardest" (colour only repeats it), and each shows the wrong answer chosen most often.
 */
export function QuestionTable({ questions }: { questions: QuestionStat[] }) {
  return (
    <section
      className="table-scroll"
      aria-label="Questions table"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
    >
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
                  <span>{FORMAT_LABEL[q.format]}</span>
                  {q.hardest ? (
                    <span>
                      <strong className="hardest-flag">Hardest</strong>
                    </span>
                  ) : null}
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
    </section>
  )
}
