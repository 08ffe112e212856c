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
      <div className="ways-in">
        <section className="way-in" aria-labelledby="student-way-in">
          <h2 id="student-way-in">Students</h2>
          <p>Has your teacher given you a code? Join the class quiz with it.</p>
          <p className="actions">
            <Link className="button" href="/join">
              Join with a code
            </Link>
          </p>
          <p className="hint">Or try one of the articles below on your own.</p>
        </section>
        <section className="way-in" aria-labelledby="teacher-way-in">
          <h2 id="teacher-way-in">Teachers</h2>
          <p>Paste an article, check its questions, and give your class a join code.</p>
          <p className="actions">
            <Link className="button" href="/teach/sign-up">
              Create a teacher account
            </Link>
            <Link className="button secondary" href="/teach/sign-in">
              Sign in
            </Link>
          </p>
        </section>
      </div>
      <h2 className="modules-title">Articles to practise on</h2>
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
