import { letter } from '@/lib/assignments/print'
import { CATEGORY_LABEL } from '@/lib/format'
import type { Option, Question } from '@/lib/questions/types'

/** Options this long (in characters) print one per line; shorter ones two to a line. */
const LONG_OPTION = 32

function Lettered({ options }: { options: Option[] }) {
  const long = options.some((o) => o.text.length > LONG_OPTION)
  return (
    <ol className={`printed-options printed-choices${long ? ' is-long' : ''}`} type="A">
      {options.map((o, i) => (
        <li key={o.id}>
          <span className="box" aria-hidden="true" /> <strong>{letter(i)}</strong> {o.text}
        </li>
      ))}
    </ol>
  )
}

function Body({ question: q }: { question: Question }) {
  switch (q.format) {
    case 'single':
      return <Lettered options={q.options} />
    case 'true-false':
      return (
        <>
          <p className="statement">“{q.statement}”</p>
          <Lettered options={q.options} />
        </>
      )
    case 'cloze':
      return (
        <>
          <p className="statement">
            {q.before}{' '}
            <span className="write-line">
              <span className="visually-hidden">blank</span>
            </span>{' '}
            {q.after}
          </p>
          <p className="print-instruction">Write the letter of the missing words:</p>
          <Lettered options={q.options} />
        </>
      )
    case 'match':
      return (
        <div className="print-match">
          <ol className="printed-options">
            {q.left.map((l, i) => (
              <li key={l.id}>
                <strong>{i + 1}</strong> {l.text}{' '}
                <span className="write-box">
                  <span className="visually-hidden">letter</span>
                </span>
              </li>
            ))}
          </ol>
          <ol className="printed-options" type="A">
            {q.right.map((r, i) => (
              <li key={r.id}>
                <strong>{letter(i)}</strong> {r.text}
              </li>
            ))}
          </ol>
          <p className="print-instruction">Write the matching letter beside each number.</p>
        </div>
      )
    case 'order':
      return (
        <>
          <p className="print-instruction">
            Number the events from 1 (earliest) to {q.items.length}.
          </p>
          <ol className="printed-options" type="A">
            {q.items.map((item, i) => (
              <li key={item.id}>
                <span className="write-box">
                  <span className="visually-hidden">position</span>
                </span>{' '}
                <strong>{letter(i)}</strong> {item.text}
              </li>
            ))}
          </ol>
        </>
      )
  }
}

/** One question on paper: lettered options, boxes and lines to write in. */
export function PrintedQuestion({ index, question }: { index: number; question: Question }) {
  return (
    <li className="printed-question">
      <p className="question-meta">
        <span>Question {index + 1}</span>
        <span>{CATEGORY_LABEL[question.category]}</span>
      </p>
      <p className="printed-prompt">{question.prompt}</p>
      <Body question={question} />
    </li>
  )
}
