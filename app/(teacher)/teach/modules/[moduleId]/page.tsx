import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { z } from 'zod'
import { ActionForm } from '@/app/_components/action-form'
import { DEFAULT_QUESTIONS, MIN_QUESTIONS, summarizePool } from '@/lib/assignments/settings'
import { requireTeacherOrRedirect } from '@/lib/auth/guards'
import { getDb } from '@/lib/db'
import { formatIsoDate } from '@/lib/format'
import { moduleIdSchema } from '@/lib/modules/schemas'
import { getModuleReview } from '@/lib/modules/service'
import { FORMATS } from '@/lib/questions/types'
import { AddQuestion } from '../_components/add-question'
import { ArticlePanel } from '../_components/article-text'
import { QuestionDetails } from '../_components/question-details'
import { editFields } from '../_components/question-fields'
import { VersionList } from '../_components/version-list'
import {
  editQuestionAction,
  publishModuleAction,
  regenerateQuestionAction,
  removeQuestionAction,
} from '../actions'
import '../modules.css'

type Props = {
  params: Promise<{ moduleId: string }>
  searchParams: Promise<{ add?: string | string[] }>
}

/** `?add=<format>` picks the format of the "Add a question" form; single choice otherwise. */
const addFormatSchema = z.enum(FORMATS).catch('single')

export const metadata: Metadata = { title: 'Review module' }

export default async function ModuleReviewPage({ params, searchParams }: Props) {
  const { moduleId } = await params
  const addFormat = addFormatSchema.parse((await searchParams).add)
  const teacher = await requireTeacherOrRedirect(`/teach/modules/${encodeURIComponent(moduleId)}`)
  if (!moduleIdSchema.safeParse(moduleId).success) notFound()
  const review = await getModuleReview(await getDb(), teacher.id, moduleId)
  if (!review) notFound()
  const { doc, pool, issues, versions } = review
  const poolIssues = issues.filter((i) => i.questionId === '*')
  const available = summarizePool(pool).available
  const latest = versions[0]
  const target = (questionId: string) => [
    { name: 'moduleId', label: '', type: 'hidden' as const, defaultValue: moduleId },
    { name: 'questionId', label: '', type: 'hidden' as const, defaultValue: questionId },
  ]
  return (
    <main id="main" className="module-review">
      <p className="back-link">
        <Link href="/teach">← Dashboard</Link>
      </p>
      <h1>{doc.meta.title}</h1>
      <p className="meta">
        <span>{doc.meta.source}</span>
        <span>{formatIsoDate(doc.meta.publishedAt)}</span>
        <span>
          {pool.length} question{pool.length === 1 ? '' : 's'} in the draft
        </span>
        <span>{review.unpublishedChanges ? 'Unpublished changes' : 'Draft is published'}</span>
      </p>

      <div className="module-layout">
        <div className="module-main">
          <section aria-labelledby="publish-title" className="module-panel">
            <h2 id="publish-title">Publish</h2>
            {review.unpublishedChanges ? (
              <>
                <p>
                  Publishing freezes the draft as version {(versions[0]?.version ?? 0) + 1}. Classes
                  keep the version they were assigned; later edits change only the draft.
                </p>
                <p className="review-hint-summary">
                  {issues.length > 0
                    ? `${issues.length} quality hint${issues.length === 1 ? '' : 's'} below. They are advice: you can still publish.`
                    : 'No quality hints: every check passed.'}
                </p>
              </>
            ) : (
              <p>
                The draft is exactly version {versions[0]?.version}. Edit, add or remove questions
                to prepare the next version.
              </p>
            )}
            {available < DEFAULT_QUESTIONS ? (
              <p className="field-warning" id="pool-size-warning">
                {available < MIN_QUESTIONS
                  ? `Only ${available} of these questions can go in one quiz: an assignment needs at least ${MIN_QUESTIONS}. Add ${MIN_QUESTIONS - available} more before you assign it.`
                  : `Only ${available} of these questions can go in one quiz: an assignment of this version can ask at most ${available} (the usual is ${DEFAULT_QUESTIONS}), and a retake repeats questions.`}
              </p>
            ) : null}
            {latest && !review.unpublishedChanges ? (
              <p>
                <Link
                  className="button"
                  href={`/teach/assignments/new?version=${encodeURIComponent(latest.id)}`}
                >
                  Assign version {latest.version}
                </Link>
              </p>
            ) : null}
            <ActionForm
              action={publishModuleAction}
              className="inline-action"
              buttonClassName={review.unpublishedChanges ? '' : 'secondary'}
              submitLabel={
                review.unpublishedChanges
                  ? `Publish version ${(versions[0]?.version ?? 0) + 1}`
                  : 'Publish (no changes)'
              }
              pendingLabel="Publishing…"
              fields={[{ name: 'moduleId', label: '', type: 'hidden', defaultValue: moduleId }]}
            />
            <h3>Published versions</h3>
            <VersionList
              versions={versions}
              assignedAbove={review.unpublishedChanges ? undefined : latest?.id}
            />
          </section>

          <section aria-labelledby="questions-title">
            <div className="section-head">
              <h2 id="questions-title">Questions in the draft ({pool.length})</h2>
              <a href="#add-title">Add a question</a>
            </div>
            {poolIssues.map((i) => (
              <p key={i.code} className="review-hints">
                <strong>Hint for the whole module: </strong>
                {i.message}
              </p>
            ))}
            {pool.length === 0 ? (
              <p className="empty-state">The draft has no questions. Add one below.</p>
            ) : (
              <ol className="review-list">
                {pool.map((q, i) => (
                  // Keyed by position: the forms in a slot keep their messages after the
                  // question in it is edited or replaced (its id changes with its content).
                  <li
                    key={i}
                    className="question review-question"
                    aria-labelledby={`q-${i + 1}-title`}
                  >
                    <QuestionDetails
                      question={q}
                      number={i + 1}
                      issues={issues.filter((x) => x.questionId === q.id)}
                    />
                    <div className="review-actions">
                      <ActionForm
                        action={removeQuestionAction}
                        className="inline-action"
                        submitLabel={`Remove question ${i + 1}`}
                        pendingLabel="Removing…"
                        fields={target(q.id)}
                      />
                      <ActionForm
                        action={regenerateQuestionAction}
                        className="inline-action"
                        submitLabel={`Regenerate question ${i + 1}`}
                        pendingLabel="Regenerating…"
                        fields={target(q.id)}
                      />
                    </div>
                    <details className="review-edit">
                      <summary>Edit question {i + 1}</summary>
                      <ActionForm
                        action={editQuestionAction}
                        submitLabel={`Save question ${i + 1}`}
                        pendingLabel="Saving…"
                        fields={editFields(moduleId, q)}
                      />
                    </details>
                  </li>
                ))}
              </ol>
            )}
          </section>

          <AddQuestion moduleId={moduleId} format={addFormat} />
        </div>
        <ArticlePanel doc={doc} />
      </div>
    </main>
  )
}
