import { formatScore } from '@/lib/format'
import type { AnsweredQuestion, ResultRow } from '@/lib/results'
import { SameName } from './results-table'

const STATUS: Record<AnsweredQuestion['status'], { icon: string; label: string }> = {
  correct: { icon: '✓', label: 'Right' },
  partial: { icon: '◐', label: 'Partly right' },
  incorrect: { icon: '✗', label: 'Wrong' },
  unanswered: { icon: '–', label: 'Not answered' },
}

/** Each attempt's answers, question by question: one disclosure per row of the table. */
export function StudentAnswers({
  rows,
  answers,
  sameName,
}: {
  rows: ResultRow[]
  answers: ReadonlyMap<string, AnsweredQuestion[]>
  sameName: ReadonlyMap<string, { nth: number; of: number; firstStartedAt: Date }>
}) {
  return (
    <div className="student-answers">
      {rows.map((row) => (
        <details key={row.attemptId} id={`answers-${row.attemptId}`} className="student-answer">
          <summary>
            <span className="student-name">{row.name}</span>{' '}
            <SameName label={sameName.get(row.attemptId)} name={row.name} />{' '}
            <span className="hint">
              {formatScore(row.score)} / {row.maxScore}
            </span>
          </summary>
          <ol className="answer-list">
            {(answers.get(row.attemptId) ?? []).map((a) => (
              <li key={a.questionId} className={`answer is-${a.status}`}>
                <p className="answer-prompt">{a.prompt}</p>
                <p>
                  <span className={`answer-status status-${a.status}`}>
                    <span aria-hidden="true">{STATUS[a.status].icon} </span>
                    {STATUS[a.status].label}
                    {a.status === 'partial'
                      ? ` (${Math.round(a.credit * 10) / 10} of a point)`
                      : ''}
                  </span>
                  {': '}
                  {a.answer ?? 'no answer'}
                </p>
                {a.status !== 'correct' && a.correctAnswer ? (
                  <p className="hint">Correct: {a.correctAnswer}</p>
                ) : null}
              </li>
            ))}
          </ol>
        </details>
      ))}
    </div>
  )
}
