/**
 * Tolerant comparison of typed answers: case, accents, quotes and punctuation,
 * Arabic-style particles ("al-Kadhimi" = "Kadhimi") and a leading article do not matter.
 */

const PARTICLE = /^(?:al|el|ad|ar|as|at|an|ash|az|ibn|bin|van|von|de|der|den|da|di|du|la|le)[-\s]+/u

export function normalizeAnswer(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}\s'-]+/gu, ' ')
    .replace(/'s\b/g, '')
    .replace(/'/g, '')
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.replace(PARTICLE, ''))
    .filter((word) => word !== 'the' && word !== 'a' && word !== 'an')
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
