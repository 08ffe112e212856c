import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { requireTeacherOrRedirect } from '@/lib/auth/guards'
import { getDb } from '@/lib/db'
import { loadAssignmentResults } from '@/lib/db/queries/results'
import { randomIdSchema } from '@/lib/ids'
import { summarizeResults } from '@/lib/results'
import { CategoryAverages, DistributionChart } from './charts'
import { LiveRefresh } from './live-refresh'
import { QuestionTable } from './question-table'
import { ResultsTable } from './results-table'
import { StudentAnswers } from './student-answers'
import './results.css'

export const metadata: Metadata = { title: 'Results' }

type Props = { params: Promise<{ assignmentId: string }> }

/** Class results for one of the signed-in teacher's assignments; anyone else's is a 404. */
export default async function ResultsPage({ params }: Props) {
  const { assignmentId } = await params
  const base = `/teach/assignments/${encodeURIComponent(assignmentId)}`
  const teacher = await requireTeacherOrRedirect(`${base}/results`)
  if (!randomIdSchema.safeParse(assignmentId).success) notFound()
  const data = await loadAssignmentResults(await getDb(), teacher.id, assignmentId)
  if (!data) notFound()
  const { assignment } = data
  const results = summarizeResults(data)
  const count = results.rows.length

  return (
    <main id="main" className="results-page">
      <p className="back-link">
        <Link href={base}>← {assignment.title}</Link>
      </p>
      <h1>Results: {assignment.title}</h1>
      <p className="meta">
        {assignment.articleTitle ? <span>{assignment.articleTitle}</span> : null}
        <span>{assignment.closedAt ? 'Closed' : 'Open'}</span>
        {count > 0 ? <span>Class average {results.averagePercent}%</span> : null}
      </p>
      <div className="results-toolbar">
        <LiveRefresh renderedAt={new Date().toISOString()} submissions={count} />
        {count > 0 ? (
          <a className="button small" href={`${base}/results.csv`} download>
            Download CSV
          </a>
        ) : null}
      </div>

      {count === 0 ? (
        <p className="empty-state">
          Nobody has submitted yet. Results appear here by themselves as students submit.
        </p>
      ) : (
        <>
          <section aria-labelledby="students-title">
            <div className="section-head">
              <h2 id="students-title">Students</h2>
              <p className="hint">
                Attempts used counts every attempt a student started, submitted or not.
              </p>
            </div>
            <p className="hint scroll-hint">The table scrolls sideways for more columns.</p>
            <ResultsTable
              rows={results.rows}
              categories={results.categories}
              sameName={results.sameName}
            />
          </section>

          <section aria-labelledby="answers-title">
            <div className="section-head">
              <h2 id="answers-title">Answers, student by student</h2>
              <p className="hint">Open a student to see each question and what they answered.</p>
            </div>
            <StudentAnswers
              rows={results.rows}
              answers={results.answers}
              sameName={results.sameName}
            />
          </section>

          <div className="results-charts">
            <section aria-labelledby="distribution-heading">
              <h2 id="distribution-heading" className="chart-heading">
                Score distribution
              </h2>
              <DistributionChart buckets={results.distribution} />
            </section>
            <section aria-labelledby="categories-heading">
              <h2 id="categories-heading" className="chart-heading">
                Category averages
              </h2>
              <CategoryAverages averages={results.categoryAverages} />
            </section>
          </div>

          <section aria-labelledby="questions-title">
            <div className="section-head">
              <h2 id="questions-title">Questions</h2>
              <p className="hint">
                {results.questions.some((q) => q.hardest)
                  ? 'Hardest: the (up to) three lowest correct rates below 60%.'
                  : 'No question is below 60% correct.'}
              </p>
            </div>
            <QuestionTable questions={results.questions} />
          </section>
        </>
      )}
    </main>
  )
}
