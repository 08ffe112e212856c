import Link from 'next/link'
import { listArticles } from '@/lib/content/repository'
import { formatIsoDate, formatReadingTime } from '@/lib/format'

export default function HomePage() {
  const articles = listArticles()
  return (
    <main id="main">
      <section className="intro" aria-labelledby="intro-title">
        <h1 id="intro-title">Read the news. Prove it.</h1>
        <p>
          Each module is a news article with questions about its people, dates and positions. Every
          answer points back to the sentence that proves it.
        </p>
      </section>
      <h2 className="visually-hidden">Modules</h2>
      <ul className="module-list">
        {articles.map((doc) => (
          <li key={doc.slug} className="module-card">
            <p className="meta">
              <span>{doc.meta.source}</span>
              <span>
                <time dateTime={doc.meta.publishedAt}>{formatIsoDate(doc.meta.publishedAt)}</time>
              </span>
              <span>{formatReadingTime(doc.readingMinutes)}</span>
            </p>
            <h3>
              <Link href={`/read/${doc.slug}`}>{doc.meta.title}</Link>
            </h3>
            {doc.meta.standfirst ? <p>{doc.meta.standfirst}</p> : null}
          </li>
        ))}
      </ul>
    </main>
  )
}
