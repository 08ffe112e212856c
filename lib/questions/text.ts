/**
 * Text helpers that never shift character offsets: typographic quotes are folded
 * one-for-one so patterns can match, and spans still index the original sentence.
 */

/** Folds ’ ‘ to ' and “ ” to " (same length), so offsets stay valid. */
export function foldQuotes(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"')
}

/** Lower-cases and strips accents, punctuation and "al-" style particles, for comparing names. */
const normalised = new Map<string, string>()

export function normaliseName(text: string): string {
  let done = normalised.get(text)
  if (done === undefined) {
    done = normaliseFresh(text)
    // Names repeat across questions and articles; a bounded memo keeps a server's memory flat.
    if (normalised.size > 20_000) normalised.clear()
    normalised.set(text, done)
  }
  return done
}

function normaliseFresh(text: string): string {
  return foldQuotes(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\b(?:al|el|the)[-\s]/g, '')
    .replace(/['.]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export function countWordsIn(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

/** Shortens long text at a word boundary with an ellipsis. */
export function truncateWords(text: string, maxWords: number): string {
  const words = text.split(/\s+/)
  if (words.length <= maxWords) return text
  return `${words
    .slice(0, maxWords)
    .join(' ')
    .replace(/[,;:–-]+$/, '')} …`
}

/** Trims trailing punctuation and whitespace from a clause. */
export function trimClause(text: string): string {
  return text.replace(/^[\s,;:–—-]+/, '').replace(/[\s,;:.–—-]+$/, '')
}

/** Offset of `needle` in `hay` as a whole phrase (word boundaries), or -1. */
export function findPhrase(hay: string, needle: string, from = 0): number {
  if (!needle) return hay.length >= from ? from : -1
  for (let at = hay.indexOf(needle, from); at >= 0; at = hay.indexOf(needle, at + 1)) {
    const before = hay.slice(Math.max(0, at - 2), at)
    const after = hay.slice(at + needle.length, at + needle.length + 2)
    if (!WORD_END.test(before) && !WORD_START.test(after)) return at
  }
  return -1
}
const WORD_END = /[\p{L}\p{N}]$/u
const WORD_START = /^[\p{L}\p{N}]/u

/** The possessive stripped: "Iraq’s" → "Iraq". */
export function stripPossessive(word: string): string {
  return word.replace(/['’]s$/, '')
}

/**
 * Whether [start, end) lies inside a quotation: one opened before it in the sentence, or one
 * opened in an earlier sentence and closed after it in this one ("… because of Trump
 * intervention.").
 */
export function insideQuote(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start)
  const opens = (before.match(/“|(?:^|[\s(])"/g) ?? []).length
  const closes = (before.match(/”|(?<=[^\s(])"/g) ?? []).length
  if (opens > closes) return true
  const after = text.slice(end)
  const firstOpen = after.search(/“|(?:^|[\s(])"(?=\S)/)
  const firstClose = after.search(/”|[^\s]"(?=[\s,.;:!?)]|$)/)
  return opens === 0 && firstClose >= 0 && (firstOpen < 0 || firstClose < firstOpen)
}
