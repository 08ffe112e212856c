/**
 * Tolerant comparison of typed answers: case, accents, quotes and punctuation, name
 * particles ("al-Kadhimi" = "Al Kadhimi" = "Kadhimi", "van der Berg" = "Berg") and a
 * leading article ("the Senate" = "Senate") do not matter.
 */

// Arabic-style prefixes joined by a hyphen: "al-Kadhimi", "el-Sisi", "bin-Salman".
const HYPHEN_PARTICLE = /^(?:al|el|ad|ar|as|at|an|ash|az|ibn|bin)-(?=\p{L})/u
// Particles written as separate words, dropped when a name part follows them.
const WORD_PARTICLES = new Set([
  'al',
  'el',
  'ibn',
  'bin',
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'di',
  'du',
  'la',
  'le',
])
const LEADING_ARTICLES = new Set(['the', 'a', 'an'])

export function normalizeAnswer(text: string): string {
  const words = text
    .replace(/[’‘`´ʼ]/g, "'")
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s'-]+/gu, ' ')
    .replace(/'s\b/g, '')
    .replace(/'/g, '')
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.replace(HYPHEN_PARTICLE, ''))
  if (words.length > 1 && LEADING_ARTICLES.has(words[0] ?? '')) words.shift()
  return words
    .filter((word, i) => !(WORD_PARTICLES.has(word) && i < words.length - 1))
    .join(' ')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** True when `typed` matches one of the accepted forms. */
export function matchesAccepted(typed: string, accepted: readonly string[]): boolean {
  const answer = normalizeAnswer(typed)
  if (!answer) return false
  return accepted.some((form) => normalizeAnswer(form) === answer)
}
