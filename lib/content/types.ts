/**
 * The parsed shape of an article: what every other part of Lede reads.
 * Offsets are UTF-16 code-unit offsets into the block's own `text`.
 */
import type { ArticleMeta } from './schema'

export type Sentence = {
  /** Stable id such as `p4.s2`: paragraph 4 (1-based, body paragraphs only), sentence 2. */
  id: string
  text: string
  start: number
  end: number
}

export type ParagraphBlock = {
  kind: 'paragraph'
  id: string
  text: string
  sentences: Sentence[]
}

export type HeadingBlock = { kind: 'heading'; id: string; text: string }

/** A photo and its caption: shown, never questioned. */
export type FigureBlock = { kind: 'figure'; id: string; caption: string; credit: string | null }

export type Block = ParagraphBlock | HeadingBlock | FigureBlock

export type ArticleDoc = {
  slug: string
  meta: ArticleMeta
  /** The normalised Markdown body the blocks were parsed from (stored with module versions). */
  body: string
  blocks: Block[]
  /** Body paragraphs in reading order (a view of `blocks`). */
  paragraphs: ParagraphBlock[]
  wordCount: number
  readingMinutes: number
  /** sha256 of the normalised source: the article's version. */
  hash: string
}
