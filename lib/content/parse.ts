/**
 * Parses an article's Markdown (front matter + a small, strict subset of Markdown)
 * into an ArticleDoc. Pure: text in, document out.
 *
 * Body syntax:
 *   paragraphs separated by blank lines (plain text; no inline HTML is ever rendered)
 *   `## Subheading`
 *   `:::figure{credit="File: Name/Agency"}` … caption lines … `:::`
 */
import { createHash } from 'node:crypto'
import { parse as parseYaml } from 'yaml'
import { type ArticleMeta, articleMetaSchema } from './schema'
import { splitSentences } from './sentences'
import type { ArticleDoc, Block, ParagraphBlock } from './types'

export class ArticleError extends Error {
  constructor(
    readonly file: string,
    readonly field: string | null,
    detail: string,
  ) {
    super(`${file}: ${field ? `${field} ` : ''}${detail}`)
    this.name = 'ArticleError'
  }
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/
const FIGURE_OPEN = /^:::figure(?:\{credit="([^"]*)"\})?\s*$/

const WORDS_PER_MINUTE = 230

export function splitFrontMatter(source: string, file: string): { data: unknown; body: string } {
  const match = FRONT_MATTER.exec(source)
  if (!match) throw new ArticleError(file, null, 'has no front matter (a block between --- lines)')
  let data: unknown
  try {
    data = parseYaml(match[1] ?? '')
  } catch (err) {
    throw new ArticleError(
      file,
      null,
      `has front matter that is not valid YAML: ${(err as Error).message}`,
    )
  }
  return { data, body: source.slice(match[0].length) }
}

export function parseMeta(data: unknown, file: string): ArticleMeta {
  const result = articleMetaSchema.safeParse(data)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const field =
    issue?.path.join('.') ||
    (issue?.code === 'unrecognized_keys' ? issue.keys.join(', ') : 'front matter')
  const detail =
    issue?.code === 'invalid_type' && issue.input === undefined
      ? 'is required'
      : (issue?.message ?? 'is invalid')
  throw new ArticleError(file, field, detail)
}

function normaliseBody(body: string): string {
  return body
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .trim()
}

/** Splits the body into blocks; only paragraphs carry sentences. */
export function parseBody(body: string, file = 'article'): Block[] {
  const lines = normaliseBody(body).split('\n')
  const blocks: Block[] = []
  let buffer: string[] = []
  let paragraphs = 0
  let headings = 0
  let figures = 0

  const flush = () => {
    const text = buffer.join(' ').replace(/\s+/g, ' ').trim()
    buffer = []
    if (!text) return
    paragraphs += 1
    const id = `p${paragraphs}`
    const sentences = splitSentences(text).map((s, i) => ({ id: `${id}.s${i + 1}`, ...s }))
    blocks.push({ kind: 'paragraph', id, text, sentences })
  }

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const heading = /^#{1,6}\s+(.+)$/.exec(line)
    const figure = FIGURE_OPEN.exec(line)
    if (line.trim() === '') {
      flush()
    } else if (heading) {
      flush()
      headings += 1
      blocks.push({ kind: 'heading', id: `h${headings}`, text: (heading[1] ?? '').trim() })
    } else if (figure) {
      flush()
      const caption: string[] = []
      i += 1
      while (i < lines.length && lines[i]?.trim() !== ':::') {
        caption.push(lines[i] ?? '')
        i += 1
      }
      if (i >= lines.length)
        throw new ArticleError(file, 'body', 'has a :::figure block without a closing :::')
      figures += 1
      blocks.push({
        kind: 'figure',
        id: `f${figures}`,
        caption: caption.join(' ').replace(/\s+/g, ' ').trim(),
        credit: figure[1]?.trim() || null,
      })
    } else {
      buffer.push(line)
    }
  }
  flush()
  return blocks
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu)?.length ?? 0
}

/** Builds the document from already-validated parts (also used for pasted articles). */
export function buildArticleDoc(
  slug: string,
  meta: ArticleMeta,
  body: string,
  file = slug,
): ArticleDoc {
  const blocks = parseBody(body, file)
  const paragraphs = blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph')
  if (paragraphs.length === 0) throw new ArticleError(file, 'body', 'has no paragraphs')
  const wordCount = paragraphs.reduce((n, p) => n + countWords(p.text), 0)
  const hash = createHash('sha256')
    .update(JSON.stringify({ meta, body: normaliseBody(body) }))
    .digest('hex')
  return {
    slug,
    meta,
    body: normaliseBody(body),
    blocks,
    paragraphs,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    hash,
  }
}

/** Parses a whole Markdown file. `file` names it in error messages. */
export function parseArticle(source: string, slug: string, file = `${slug}.md`): ArticleDoc {
  const { data, body } = splitFrontMatter(source, file)
  const meta = parseMeta(data, file)
  return buildArticleDoc(slug, meta, body, file)
}
