import type { Metadata } from 'next'
import Link from 'next/link'
import { formatJoinCode } from '@/lib/assignments/join-code'
import { printedAnswer } from '@/lib/assignments/print'
import { CATEGORY_LABEL } from '@/lib/format'
import { loadPrintable } from '../worksheet/load'
import { QuestionList } from '../worksheet/question-list'
import '../../assignments.css'

export const metadata: Metadata = { title: 'Answer key' }

type Props = { params: Promise<{ assignmentId: string }> }

export default async function AnswerKeyPage({ params }: Props) {
  const { assignment, doc, questions } = await loadPrintable(
    (await params).assignmentId,
    'answer-key',
  )
  const sentences = new Map(doc.paragraphs.flatMap((p) => p.sentences.map((s) => [s.id, s.text])))
  return (
    <main id="main" className="print-page">
      <p className="no-print">
        <Link href={`/teach/assignments/${assignment.id}`}>← Back to the assignment</Link> · Letters
        refer to the options of the printed{' '}
        <Link href={`/teach/assignments/${assignment.id}/worksheet`}>worksheet</Link>.
      </p>
      <header className="print-head">
        <h1>Answer key: {assignment.title}</h1>
        <QuestionList questions={questions} joinCode={formatJoinCode(assignment.joinCode)} />
      </header>
      <ol className="printed-list">
        {questions.map((q, i) => (
          <li key={q.id} className="printed-question">
            <p className="question-meta">
              <span>Question {i + 1}</span>
              <span>{CATEGORY_LABEL[q.category]}</span>
            </p>
            <p className="printed-prompt">{q.prompt}</p>
            {q.format === 'true-false' ? <p className="statement">“{q.statement}”</p> : null}
            <p>
              <strong>Answer:</strong>
            </p>
            <ul className="key-lines">
              {printedAnswer(q).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            {/* The proving sentences, each once (the explanation quotes the same sentences). */}
            {q.evidence.length > 0 ? (
              <blockquote className="evidence">
                {[...new Set(q.evidence.map((e) => e.sentenceId))].map((id, n) => {
                  const text = sentences.get(id) ?? ''
                  const span = q.evidence.find((e) => e.sentenceId === id)
                  const marked = span && q.format !== 'order' && q.format !== 'match'
                  return (
                    <span key={id}>
                      {n > 0 ? ' ' : null}
                      {marked ? (
                        <>
                          {text.slice(0, span.start)}
                          <mark>{text.slice(span.start, span.end)}</mark>
                          {text.slice(span.end)}
                        </>
                      ) : (
                        text
                      )}
                    </span>
                  )
                })}
              </blockquote>
            ) : (
              <p className="explanation">{q.explanation}</p>
            )}
          </li>
        ))}
      </ol>
    </main>
  )
}
