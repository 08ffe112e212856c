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

export function createContext(doc: ArticleDoc): Context {
  const sentences: SentenceRef[] = []
  doc.paragraphs.forEach((p, pi) => {
    for (const s of p.sentences) {
      if (/^source:\s/i.test(s.text)) continue
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
