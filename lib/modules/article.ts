/**
 * A pasted article → its ArticleDoc: plain text to our Markdown body, metadata validated,
 * the whole bounded. Pure. Text stays text: nothing here (or downstream) renders HTML.
 */
import { type ArticleDoc, ArticleError, buildArticleDoc, plainTextToMarkdown } from '@/lib/content'
import { type ArticleMeta, articleMetaSchema } from '@/lib/content/schema'
import { ModuleInputError } from './errors'
import { BODY_MAX, type PastedArticle } from './schemas'

const grouped = (n: number) => n.toLocaleString('en-GB')

export function articleFromPaste(slug: string, input: PastedArticle): ArticleDoc {
  const { body, source: detected } = plainTextToMarkdown(
    input.text,
    [input.title, input.standfirst ?? ''].filter(Boolean),
  )
  const source = input.source || detected?.trim() || ''
  if (!source)
    throw new ModuleInputError('Please correct the highlighted fields.', {
      source: 'Enter the source (the newspaper or site the article comes from)',
    })
  if (body.length > BODY_MAX)
    throw new ModuleInputError('Please correct the highlighted fields.', {
      text: `After formatting, the article is ${grouped(body.length)} characters; the limit is ${grouped(BODY_MAX)}.`,
    })
  const meta = articleMetaSchema.safeParse({
    title: input.title,
    source: source.slice(0, 120),
    publishedAt: input.publishedAt,
    language: 'en',
    ...(input.standfirst ? { standfirst: input.standfirst } : {}),
  })
  if (!meta.success) {
    const issue = meta.error.issues[0]
    const field = String(issue?.path[0] ?? 'text')
    throw new ModuleInputError('Please correct the highlighted fields.', {
      [field]: issue?.message ?? 'is invalid',
    })
  }
  return buildDocOrThrow(slug, meta.data, body)
}

/** Builds the document; a body with no readable paragraphs becomes a message for the text field. */
export function buildDocOrThrow(slug: string, meta: ArticleMeta, body: string): ArticleDoc {
  try {
    return buildArticleDoc(slug, meta, body)
  } catch (err) {
    if (!(err instanceof ArticleError)) throw err
    const reason =
      err.message.includes('no paragraphs') || err.message.includes('has no')
        ? 'We found no paragraphs of body text (only captions or headings). Paste the article text itself.'
        : 'A line in the text looks like formatting we cannot read (for example a line starting with ":::"). Remove it and try again.'
    throw new ModuleInputError('Please correct the highlighted fields.', { text: reason })
  }
}
