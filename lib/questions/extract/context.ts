/**
 * The working view of one article for extraction: body sentences only (captions,
 * credits, headings and "Source:" lines never reach it), with quote-folded text.
 */
import type { ArticleDoc } from '@/lib/content'
import { foldQuotes } from '../text'
import type { Evidence } from '../types'

export type SentenceRef = {
  id: string
  text: string
  /** Same length as `text`, with ’ ‘ “ ” folded to ' and ". */
  folded: string
  paragraph: number
  index: number
}

export type Context = { doc: ArticleDoc; sentences: SentenceRef[]; publishedAt: string }

/** "Sources:", "Categories: …", "See also": the list lines news sites put under a story. */
const FOOTER_LABEL =
  /^(?:sources?|categories|category|related(?: news| articles| stories)?|see also|external links|references|tags|filed under)\s*:/i
/** A cited source: ‘"Document found on street" — The Canadian Press, August 15, 2008’. */
const CITATION = /^(?:[^"“”]{0,60}\.\s+)?["“][^"“”]{4,}["”]\s*[—–-]+\s*[^,]{2,60}(?:,\s*.*)?$/u
/** Wiki or template markup left in a pasted page ("{{Byline|…", "[[Category:…]]"). */
const MARKUP = /\{\{|\}\}|\[\[|\]\]|\w\|\w/
/** A paragraph opening on a lower-case word was cut from something else ("e is well-known …"); "iPhone" is not. */
const CUT_OPENING = /^\p{Ll}+(?![\p{L}]*\p{Lu})[\s,]/u

/**
 * Text that is not the story: footers, cited sources, leftover markup, a paragraph whose
 * opening was cut off. Nothing is asked about it.
 */
export function isBoilerplate(text: string, opensParagraph: boolean): boolean {
  return (
    FOOTER_LABEL.test(text) ||
    CITATION.test(text) ||
    MARKUP.test(text) ||
    (opensParagraph && CUT_OPENING.test(text))
  )
}

export function createContext(doc: ArticleDoc): Context {
  const sentences: SentenceRef[] = []
  doc.paragraphs.forEach((p, pi) => {
    for (const [si, s] of p.sentences.entries()) {
      if (isBoilerplate(s.text, si === 0)) continue
      sentences.push({
        id: s.id,
        text: s.text,
        folded: foldQuotes(s.text),
        paragraph: pi,
        index: sentences.length,
      })
    }
  })
  return { doc, sentences, publishedAt: doc.meta.publishedAt }
}

export function makeEvidence(s: SentenceRef, start: number, end: number): Evidence {
  const a = Math.max(0, Math.min(start, s.text.length))
  const b = Math.max(a, Math.min(end, s.text.length))
  return { sentenceId: s.id, start: a, end: b }
}

/** Case-insensitive builder for a lower-case phrase: "prime minister" → [Pp]rime\s+[Mm]inister. */
export function ciPattern(phrase: string): string {
  return phrase
    .split(' ')
    .map((w) => {
      const esc = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      const first = esc.charAt(0)
      const head = /[a-z]/.test(first) ? `[${first.toUpperCase()}${first}]` : first
      return w.length <= 3 && /^[a-z]+$/.test(w)
        ? `(?:${w}|${w.toUpperCase()}|${head}${esc.slice(1)})`
        : head + esc.slice(1)
    })
    .join('\\s+')
}

/**
 * An apostrophe inside a name: before a capital (O'Brien, D'Souza, N'Golo) or before
 * lower-case letters that are not a possessive or contraction (Ndung'u, Ichung'wah,
 * Thiong'o). Matching runs on quote-folded text, so ’ arrives here as '.
 */
const NAME_APOSTROPHE = "'(?:\\p{Lu}|(?!(?:s|ll|re|ve|d|t|m)(?![\\p{L}]))\\p{Ll})\\p{L}*"
/** One capitalised name token, allowing particles such as al-, bin, van der (never the end of a word: "leader Brian"). */
export const NAME_TOKEN = `(?:(?<![\\p{L}\\p{N}])(?:al|el|bin|ibn|van|von|de|der|den|da|du|di|le|la)[-\\s])?\\p{Lu}[\\p{L}\\p{N}]*(?:-\\p{Lu}\\p{L}*|${NAME_APOSTROPHE})*`
/** Two to four name tokens: a full name. */
export const FULL_NAME = `${NAME_TOKEN}(?:\\s${NAME_TOKEN}){1,3}`
