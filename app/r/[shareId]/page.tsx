import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { CategoryBars } from '@/app/_components/category-bars'
import { CARD_HEIGHT, CARD_WIDTH } from '@/lib/cards/card'
import { formatScore } from '@/lib/format'
import { loadSharedResult } from './load'

type Props = { params: Promise<{ shareId: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const shared = await loadSharedResult((await params).shareId)
  if (!shared) return { title: 'Result not found' }
  const { card } = shared
  const who = card.name ?? 'A reader'
  const title = `${who} scored ${formatScore(card.score)}/${card.maxScore} on “${card.title}”`
  const description = `A Lede reading quiz on people, dates and positions in the news. Can you beat ${formatScore(card.score)}/${card.maxScore}?`
  const image = {
    url: shared.cardUrl,
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    alt: `Result card: ${formatScore(card.score)} out of ${card.maxScore}`,
    type: 'image/png',
  }
  return {
    title,
    description,
    alternates: { canonical: shared.pageUrl },
    openGraph: {
      type: 'website',
      siteName: 'Lede',
      url: shared.pageUrl,
      title,
      description,
      images: [image],
    },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  }
}

export default async function SharePage({ params }: Props) {
  const shared = await loadSharedResult((await params).shareId)
  if (!shared) notFound()
  const { card } = shared
  return (
    <main id="main" className="share">
      <p className="meta">
        <span>Lede reading quiz</span>
        <span>Quiz taken {card.date}</span>
      </p>
      <h1>{card.title}</h1>
      <p className="share-score">
        {card.name ? `${card.name} scored ` : 'Scored '}
        <strong>
          {formatScore(card.score)} out of {card.maxScore}
        </strong>
      </p>
      <CategoryBars categories={card.categories} className="share-bars" />
      <p>
        {shared.quizPath ? (
          <Link className="button" href={shared.quizPath}>
            Take this quiz
          </Link>
        ) : (
          <Link className="button" href="/">
            Try a Lede quiz
          </Link>
        )}
      </p>
    </main>
  )
}
