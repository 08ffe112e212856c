/**
 * The outsider's attack on question ids: hash the visible text of a question with each
 * candidate answer (option, item order, pairing), with common separators and encodings, and
 * see whether a prefix of the digest is the question's id. Returns the answer it picks out.
 */
import { createHash } from 'node:crypto'
import type { PublicQuestion } from '@/lib/questions/types'

const digest = (parts: string[], sep: string, enc: 'base64url' | 'hex') =>
  createHash('sha256').update(parts.join(sep)).digest(enc)
/** Every prefix length of a sha256 over the parts, with common separators and encodings. */
function hashes(parts: string[]): string[] {
  return ['\u241f', '|', '', ':', '\n'].flatMap((sep) =>
    (['base64url', 'hex'] as const).map((enc) => digest(parts, sep, enc)),
  )
}
const matches = (id: string, parts: string[]) => hashes(parts).some((h) => h.startsWith(id))

const visible = (q: PublicQuestion): string[] => {
  switch (q.format) {
    case 'true-false':
      return [q.statement]
    case 'cloze':
      return [q.before, q.after]
    default:
      return [q.prompt]
  }
}

function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs]
  return xs.flatMap((x, i) =>
    permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]),
  )
}

/** The attacker: which answer (option id, item order, pairing) a hash of visible text picks out. */
export function attack(q: PublicQuestion): string | null {
  const heads = [q.format, q.category, ...visible(q)]
  const variants = [heads, [q.format, ...visible(q)], visible(q), [q.category, ...visible(q)]]
  if (q.format === 'single' || q.format === 'cloze' || q.format === 'true-false') {
    const hits = q.options.filter((o) => variants.some((v) => matches(q.id, [...v, o.text])))
    return hits.length === 1 ? (hits[0]?.id ?? null) : null
  }
  if (q.format === 'order') {
    for (const p of permutations(q.items))
      if (variants.some((v) => matches(q.id, [...v, ...p.map((i) => i.text)])))
        return p.map((i) => i.id).join(',')
    return null
  }
  for (const p of permutations(q.right)) {
    const flat = q.left.flatMap((l, i) => [l.text, p[i]?.text ?? ''])
    if (variants.some((v) => matches(q.id, [...v, ...flat])))
      return q.left.map((l, i) => `${l.id}>${p[i]?.id}`).join(',')
  }
  return null
}
