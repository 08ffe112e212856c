/**
 * Name and post forms: a post in title form ("chief executive of Acme" → "Acme chief
 * executive"), who owns a post written with a possessive, surname aliases and person keys.
 */
import { capitalise, normaliseName } from '../text'

/** "commission's head of inspection services" → owner noun "commission", post "head of …". */
export function ownedPost(
  role: string,
): { ownerNoun: string; post: string } | Record<string, never> {
  const m = /^([a-z]{3,})'s\s+(.+)$/.exec(role.trim())
  return m?.[1] && m[2] ? { ownerNoun: m[1], post: m[2] } : {}
}

/** "chief executive of Acme" → "Acme chief executive"; keeps capitalised titles as written. */
export function normaliseRole(role: string): string {
  // "the current mayor of X", "the incumbent president": the present is what a post means.
  const r = role
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:current|incumbent|sitting)\s+/i, '')
  // "majority leader in the National Assembly": "in the" names an institution; a bare
  // "in Nairobi" is a place, not part of the post, and never reaches here.
  const of = /^(.*?)\s+(?:(?:of|at|for)\s+(the\s+)?|in\s+(the)\s+)(.+)$/.exec(r)
  const head = of?.[1] ?? ''
  const owner = of?.[4] ?? ''
  // "head of inspection services": a bare lower-case complement is part of the post, kept in
  // place; "spokesperson for the agency" and "of Acme" name who the post belongs to.
  const owned = Boolean(of?.[2] || of?.[3]) || /^\p{Lu}/u.test(owner)
  if (head && owner && owned && !/^secretary$/i.test(head) && owner.split(' ').length <= 5) {
    const lead = /^(former|acting|interim|deputy)\s+(.+)$/i.exec(head)
    if (lead?.[1] && lead[2])
      return capitalise(`${lead[1].toLowerCase()} ${owner} ${lead[2].toLowerCase()}`)
    // "Minister for Enterprise" → "Enterprise Minister": a post written in title case keeps it.
    const post = /^(?:\p{Lu}\p{L}*\s*)+$/u.test(head) ? head : head.toLowerCase()
    return capitalise(`${owner} ${post}`)
  }
  const poss = /^(.+?)'s\s+(.+)$/.exec(r)
  if (poss?.[1] && poss[2]) return capitalise(`${poss[1]} ${poss[2]}`)
  return capitalise(r)
}

/** Surname forms of a full name: "Mustafa al-Kadhimi" → ["al-Kadhimi", "Kadhimi"]. */
export function surnameAliases(name: string): string[] {
  const tokens = name.split(/\s+/)
  if (tokens.length < 2) return []
  const last = tokens.at(-1) ?? ''
  const particle = /^(?:al|el|bin|ibn|van|von|de|der|da|du)$/.exec(tokens.at(-2) ?? '')
  const out = particle ? [`${particle[0]} ${last}`, last] : [last]
  const hyph = /^(?:al|el)-(.+)$/.exec(last)
  if (hyph?.[1]) out.push(hyph[1])
  return out
}

export function personKey(name: string): string {
  return `person:${normaliseName(name)}`
}
