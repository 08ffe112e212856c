import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { requireTeacherOrRedirect } from '@/lib/auth/guards'
import { getDb } from '@/lib/db'
import { formatIsoDate } from '@/lib/format'
import { builtInSlugSchema } from '@/lib/modules/schemas'
import { getBuiltInReview } from '@/lib/modules/service'
import { ArticlePanel } from '../../_components/article-text'
import { QuestionDetails } from '../../_components/question-details'
import '../../modules.css'

type Props = { params: Promise<{ slug: string }> }

export const metadata: Metadata = { title: 'Built-in module' }

export default async function BuiltInModulePage({ params }: Props) {
  const { slug } = await params
  await requireTeacherOrRedirect(`/teach/modules/built-in/${encodeURIComponent(slug)}`)
  if (!builtInSlugSchema.safeParse(slug).success) notFound()
  const review = await getBuiltInReview(await getDb(), slug)
  if (!review) notFound()
  const { doc, version } = review
  return (
    <main id="main" className="module-review">
      <p className="back-link">
        <Link href="/teach">← Dashboard</Link>
      </p>
      <h1>{doc.meta.title}</h1>
      <p className="meta">
        <span>Built-in module</span>
        <span>{doc.meta.source}</span>
        <span>{formatIsoDate(doc.meta.publishedAt)}</span>
        <span>Version {version.version}</span>
        <span>
          {version.pool.length} question{version.pool.length === 1 ? '' : 's'}
        </span>
      </p>
      <p>
        <Link
          className="button"
          href={`/teach/assignments/new?version=${encodeURIComponent(version.id)}`}
        >
          Assign version {version.version}
        </Link>
      </p>
      <p className="field-hint">
        Built-in modules are read-only. To change questions, paste the article as{' '}
        <Link href="/teach/modules/new">a new module</Link>.
      </p>

      <div className="module-layout">
        <section className="module-main" aria-labelledby="questions-title">
          <h2 id="questions-title">Questions ({version.pool.length})</h2>
          <ol className="review-list">
            {version.pool.map((q, i) => (
              <li
                key={q.id}
                className="question review-question"
                aria-labelledby={`q-${i + 1}-title`}
              >
                <QuestionDetails question={q} number={i + 1} />
              </li>
            ))}
          </ol>
        </section>
        <ArticlePanel doc={doc} />
      </div>
    </main>
  )
}
