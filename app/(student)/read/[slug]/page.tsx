import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleBody } from '@/app/_components/article-body'
import { getArticle, listArticles } from '@/lib/content/repository'
import { slugSchema } from '@/lib/content/schema'
import { DEFAULT_QUESTION_COUNT } from '@/lib/quiz/schemas'
import { poolForArticle } from '@/lib/quiz/service'
import { QuizPanel } from './quiz/quiz-panel'

type Props = { params: Promise<{ slug: string }> }

function findArticle(slug: string) {
  const parsed = slugSchema.safeParse(slug)
  return parsed.success ? getArticle(parsed.data) : undefined
}

// Built-in articles are known at build time; any other slug is a 404 without touching the cache.
export const dynamicParams = false

export function generateStaticParams() {
  return listArticles().map((a) => ({ slug: a.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const doc = findArticle((await params).slug)
  if (!doc) return { title: 'Article not found' }
  return {
    title: doc.meta.title,
    description:
      doc.meta.standfirst ?? `A reading quiz on “${doc.meta.title}” from ${doc.meta.source}.`,
    alternates: { canonical: `/read/${doc.slug}` },
  }
}

export default async function ReadPage({ params }: Props) {
  const doc = findArticle((await params).slug)
  if (!doc) notFound()
  const questionCount = Math.min(DEFAULT_QUESTION_COUNT, poolForArticle(doc).questions.length)
  return (
    <main id="main" className="reader">
      <ArticleBody doc={doc} />
      <aside id="quiz" className="quiz-panel" aria-labelledby="quiz-title">
        <h2 id="quiz-title">Quiz</h2>
        {questionCount > 0 ? (
          <QuizPanel slug={doc.slug} questionCount={questionCount} />
        ) : (
          <p className="empty-state">
            Lede found no questions it could ask fairly about this article, so there is no quiz for
            it yet.
          </p>
        )}
        <a className="jump-link" href="#article-title">
          ↑ Back to the article
        </a>
      </aside>
    </main>
  )
}
