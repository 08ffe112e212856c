import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import {
  availabilityTable,
  DEFAULT_QUESTIONS,
  FORMAT_LABEL,
  MAX_QUESTIONS,
  MIN_QUESTIONS,
  summarizePool,
} from '@/lib/assignments/settings'
import { requireTeacherOrRedirect } from '@/lib/auth/guards'
import { getDb } from '@/lib/db'
import { getAssignableVersion } from '@/lib/db/queries/assignments'
import { CATEGORY_LABEL, formatIsoDate } from '@/lib/format'
import { randomIdSchema } from '@/lib/ids'
import { createAssignmentAction } from '../actions'
import { AssignmentForm } from './assignment-form'

export const metadata: Metadata = { title: 'New assignment' }

type Props = { searchParams: Promise<{ version?: string | string[] }> }

export default async function NewAssignmentPage({ searchParams }: Props) {
  const { version: raw } = await searchParams
  const versionId = typeof raw === 'string' ? raw : ''
  const teacher = await requireTeacherOrRedirect(
    `/teach/assignments/new?version=${encodeURIComponent(versionId)}`,
  )
  const parsed = randomIdSchema.safeParse(versionId)
  const found = parsed.success
    ? await getAssignableVersion(await getDb(), parsed.data, teacher.id)
    : undefined
  if (!found) notFound()
  const { version } = found
  const summary = summarizePool(version.pool)
  const maxQuestions = Math.min(MAX_QUESTIONS, summary.available)
  const availability = availabilityTable(
    version.pool,
    summary.categories.map((c) => c.category),
    summary.formats.map((f) => f.format),
  )
  return (
    <main id="main" className="narrow">
      <h1>Assign “{version.meta.title}”</h1>
      <p className="meta">
        <span>{version.meta.source}</span>
        <span>{formatIsoDate(version.meta.publishedAt)}</span>
        <span>Version {version.version}</span>
        <span>{version.pool.length} questions in the pool</span>
      </p>
      {maxQuestions < MIN_QUESTIONS ? (
        <p className="alert" role="alert">
          This version has only {summary.available} question(s) that can go in one quiz; a class
          quiz needs at least {MIN_QUESTIONS}. Add questions to the module first.
        </p>
      ) : (
        <AssignmentForm
          action={createAssignmentAction}
          versionId={version.id}
          defaults={{
            title: version.meta.title,
            questionCount: Math.min(DEFAULT_QUESTIONS, maxQuestions),
          }}
          maxQuestions={maxQuestions}
          availability={availability}
          categories={summary.categories.map((c) => ({
            value: c.category,
            label: `${CATEGORY_LABEL[c.category] ?? c.category} (${c.count})`,
          }))}
          formats={summary.formats.map((f) => ({
            value: f.format,
            label: `${FORMAT_LABEL[f.format]} (${f.count})`,
          }))}
        />
      )}
    </main>
  )
}
