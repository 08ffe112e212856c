import type { ArticleDoc } from '@/lib/content'
import { formatIsoDate, formatReadingTime, sentenceDomId } from '@/lib/format'

/** The article as text: every sentence addressable so feedback can point into it. */
export function ArticleBody({ doc }: { doc: ArticleDoc }) {
  const { meta } = doc
  return (
    <article className="article" aria-labelledby="article-title">
      <p className="meta">
        <span>{meta.source}</span>
        <span>
          <time dateTime={meta.publishedAt}>{formatIsoDate(meta.publishedAt)}</time>
        </span>
        <span>{formatReadingTime(doc.readingMinutes)}</span>
      </p>
      <h1 id="article-title">{meta.title}</h1>
      {meta.standfirst ? <p className="standfirst">{meta.standfirst}</p> : null}
      <a className="jump-link" href="#quiz">
        Jump to the quiz ↓
      </a>
      {doc.blocks.map((block) => {
        switch (block.kind) {
          case 'heading':
            return <h2 key={block.id}>{block.text}</h2>
          case 'figure':
            return (
              <figure key={block.id} className="photo-note">
                <figcaption>
                  <span className="visually-hidden">Photo caption: </span>
                  {block.caption}
                  {block.credit ? <span className="credit">Photo: {block.credit}</span> : null}
                </figcaption>
              </figure>
            )
          case 'paragraph':
            return (
              <p key={block.id} id={block.id}>
                {block.sentences.map((s, i) => (
                  <span key={s.id}>
                    {i > 0 ? ' ' : null}
                    <span id={sentenceDomId(s.id)} className="sentence">
                      {s.text}
                    </span>
                  </span>
                ))}
              </p>
            )
          default:
            return null
        }
      })}
      <p className="source-line">Source: {meta.source}</p>
    </article>
  )
}
