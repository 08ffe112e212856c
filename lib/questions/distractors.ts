/**
 * Distractor choice: same type and form as the answer, never the answer or an alias of
 * it, never anything the article also supports, no option containing another, and
 * lengths close to the answer's so the longest option is not a giveaway.
 */
import { normaliseName } from './text'

/** A possible wrong option; a lower `rank` is offered first (default 0), then the nearer length. */
export type Candidate = { text: string; key?: string; rank?: number }

function contains(a: string, b: string): boolean {
  return ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `)
}

/** True when two option texts clash: equal, or one contains the other as whole words. */
export function optionsClash(a: string, b: string): boolean {
  const x = normaliseName(a)
  const y = normaliseName(b)
  return x === y || contains(x, y)
}

export function pickDistractors(
  answer: string,
  banned: string[],
  candidates: Candidate[],
  count = 3,
): string[] {
  const chosen: string[] = []
  // Each form once: the banned forms are often every mention of the answer, many alike.
  const blocked = [...new Set([answer, ...banned])]
  const unique = [...new Map(candidates.map((c) => [c.text, c])).values()]
  const sorted = [...new Map(unique.map((c) => [normaliseName(c.text), c])).values()].sort(
    (a, b) =>
      (a.rank ?? 0) - (b.rank ?? 0) ||
      Math.abs(a.text.length - answer.length) - Math.abs(b.text.length - answer.length) ||
      a.text.localeCompare(b.text),
  )
  for (const c of sorted) {
    if (chosen.length >= count) break
    if (!c.text.trim() || blocked.some((x) => optionsClash(x, c.text))) continue
    if (chosen.some((x) => optionsClash(x, c.text))) continue
    chosen.push(c.text)
  }
  return chosen.length >= count ? chosen : []
}
