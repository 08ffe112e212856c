import type { Metadata } from 'next'
import Link from 'next/link'
import { formatJoinCode } from '@/lib/assignments/join-code'
import { letter } from '@/lib/assignments/print'
import { formatIsoDate } from '@/lib/format'
import { loadPrintable } from './load'
import { PrintedQuestion } from './printed-question'
import { QuestionList } from './question-list'
import '../../assignments.css'

export const metadata: Metadata = { title: 'Worksheet' }

type Props = { params: Promise<{ assignmentId: string }> }

export default async function WorksheetPage({ params }: Props) {
  const { assignment, doc, questions } = await loadPrintable(
    (await params).assignmentId,
    'worksheet',
  )
  return (
    <main id="main" className="print-page">
      <p className="no-print">
        <Link href={`/teach/assignments/${assignment.id}`}>← Back to the assignment</Link> · Print
        this page (Ctrl+P or ⌘P). It always shows the same questions.
      </p>
      <header className="print-head">
        <h1>{assignment.title}</h1>
        <p className="print-fields">
          Name: <span className="write-line" /> Date: <span className="write-line short" />
        </p>
        <QuestionList
          questions={questions}
          joinCode={formatJoinCode(assignment.joinCode)}
          forTeacher={false}
        />
      </header>

      <article className="print-article" aria-labelledby="article-title">
        <h2 id="article-title">{doc.meta.title}</h2>
        <p className="meta">
          <span>{doc.meta.source}</span>
          <span>{formatIsoDate(doc.meta.publishedAt)}</span>
        </p>
        {doc.meta.standfirst ? <p className="standfirst">{doc.meta.standfirst}</p> : null}
        {doc.blocks.map((block) =>
          block.kind === 'heading' ? (
            <h3 key={block.id}>{block.text}</h3>
          ) : block.kind === 'paragraph' ? (
            <p key={block.id}>{block.text}</p>
          ) : null,
        )}
      </article>

      <section className="print-questions" aria-labelledby="questions-title">
        <h2 id="questions-title">Questions</h2>
        <ol className="printed-list">
          {questions.map((q, i) => (
            <PrintedQuestion key={q.id} index={i} question={q} />
          ))}
        </ol>
        <p className="hint no-print">
          Options are lettered {letter(0)}, {letter(1)}, … in every question, as in the answer key.
        </p>
      </section>
    </main>
  )
}
