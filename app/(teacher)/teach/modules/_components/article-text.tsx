import type { ArticleDoc } from '@/lib/content'
import { formatIsoDate } from '@/lib/format'

/** An article as plain text for review: React text nodes only, never HTML from the paste. */
export function ArticleText({ doc, headingId }: { doc: ArticleDoc; headingId: string }) {
  const { meta } = doc
  return (
    <article className="article module-article-text" aria-labelledby={headingId}>
      <p className="meta">
        <span>{meta.source}</span>
        <span>
          <time dateTime={meta.publishedAt}>{formatIsoDate(meta.publishedAt)}</time>
        </span>
        <span>{doc.wordCount.toLocaleString('en-GB')} words</span>
      </p>
      <h3 id={headingId}>{meta.title}</h3>
      {meta.standfirst ? <p className="standfirst">{meta.standfirst}</p> : null}
      {doc.blocks.map((block) => {
        switch (block.kind) {
          case 'heading':
            return <h4 key={block.id}>{block.text}</h4>
          case 'figure':
            return (
              <figure key={block.id} className="photo-note">
                <figcaption>
                  <span className="visually-hidden">Photo caption (not asked about): </span>
                  {block.caption}
                  {block.credit ? <span className="credit">Photo: {block.credit}</span> : null}
                </figcaption>
              </figure>
            )
          case 'paragraph':
            return <p key={block.id}>{block.text}</p>
          default:
            return null
        }
      })}
      <p className="source-line">Source: {meta.source}</p>
    </article>
  )
}

/** The article beside the review, in its own scrollable region reachable by keyboard. */
export function ArticlePanel({ doc }: { doc: ArticleDoc }) {
  return (
    <section
      className="module-article"
      aria-labelledby="article-title"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
    >
      <h2 id="article-title">The article</h2>
      <ArticleText doc={doc} headingId="article-headline" />
    </section>
  )
}
