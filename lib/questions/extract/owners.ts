/**
 * Who a post belongs to: "Its chief executive, Tom Hadley," (the organisation just named),
 * "the commission's head of inspection services" (the organisation with that head word),
 * "Union regional secretary" (a union the article named earlier).
 */
import type { Actor } from '../facts'
import { capitalise } from '../text'
import type { Registry } from './actors'
import { makeEvidence } from './context'
import { normaliseRole } from './names'
import type { RoleHit } from './people'

/** Nouns that stand for whichever organisation the story is about: "the company's chief executive". */
const GENERIC_OWNERS =
  /^(?:company|firm|group|club|charity|operator|regulator|airline|bank|union|retailer|carrier|insurer|broadcaster|publisher|developer|manufacturer|agency|supplier|lender|team|party|organisation|organization|maker|business|employer|chain)$/

/** "the country's", "the nation's": the owner is the country the story is about. */
const NATION_NOUNS = /^(?:country|nation)$/

/** The last actor of a sort named at or before this point, in this or the two sentences before. */
function lastBefore(reg: Registry, sentence: number, at: number, fits: (a: Actor) => boolean) {
  const near = [2, 1, 0].flatMap((d) => reg.bySentence.get(sentence - d) ?? [])
  return near
    .filter((m) => {
      const a = reg.actors.get(m.key)
      return (m.sentence.index < sentence || m.end <= at) && !!a && fits(a)
    })
    .at(-1)
}

const lastOrgBefore = (reg: Registry, sentence: number, at: number) =>
  lastBefore(reg, sentence, at, (a) => a.kind === 'organisation')

/**
 * "the commission's head of inspection services": the organisation named so far whose head
 * word is that noun ("Workplace Relations Commission"); for a generic noun ("the company's",
 * "the club's"), the organisation named last, in this or the two sentences before.
 */
function ownerOf(reg: Registry, orgs: Actor[], r: RoleHit): Actor | undefined {
  const noun = r.ownerNoun ?? ''
  const named = orgs.filter(
    (o) =>
      o.name.split(' ').at(-1)?.toLowerCase() === noun &&
      (reg.byKey.get(o.key) ?? []).some((m) => m.sentence.index <= r.sentence.index),
  )
  if (named.length === 1) return named[0]
  if (named.length > 1 || !GENERIC_OWNERS.test(noun)) return undefined
  const m = lastOrgBefore(reg, r.sentence.index, r.roleEvidence.start)
  return m && reg.actors.get(m.key)
}

/**
 * "Its chief executive, Tom Hadley," → "Calder Metro chief executive" (the organisation just
 * named); "Union regional secretary" → "Transport Workers Union regional secretary" when the
 * article named that union earlier. Without an owner, the post stays as written.
 */
export function qualifyRoles(reg: Registry) {
  const orgs = [...reg.actors.values()].filter((a) => a.kind === 'organisation')
  for (const r of reg.people.roles) {
    const before = r.role
    if (r.owner === 'its') {
      const m = lastOrgBefore(reg, r.sentence.index, r.roleEvidence.start)
      const org = m && reg.actors.get(m.key)
      if (org) r.role = normaliseRole(`${r.role.toLowerCase()} of ${org.name}`)
      // "Its chairman, X": the post's owner is proven where the organisation is named.
      if (org && m) r.ownerEvidence = makeEvidence(m.sentence, m.start, m.end)
    } else if (r.ownerNoun && r.post && NATION_NOUNS.test(r.ownerNoun)) {
      // "the country's foreign minister": the country named last, else the one country the
      // article names anywhere before, else the post alone.
      const isCountry = (a: Actor) => a.kind === 'country'
      const before = [...reg.actors.values()].filter(
        (a) =>
          isCountry(a) &&
          (reg.byKey.get(a.key) ?? []).some((m) => m.sentence.index <= r.sentence.index),
      )
      const m =
        lastBefore(reg, r.sentence.index, r.roleEvidence.start, isCountry) ??
        (before.length === 1 && before[0] ? reg.byKey.get(before[0].key)?.[0] : undefined)
      const country = m && reg.actors.get(m.key)
      const post = normaliseRole(r.post)
      r.role = country
        ? `${country.name} ${/^\p{Ll}/u.test(r.post) ? post.charAt(0).toLowerCase() + post.slice(1) : post}`
        : capitalise(post)
      if (country && m) r.ownerEvidence = makeEvidence(m.sentence, m.start, m.end)
    } else if (r.ownerNoun && r.post) {
      const org = ownerOf(reg, orgs, r)
      if (org) r.role = `${org.name} ${r.post}`
    } else {
      const head = /^(\p{Lu}\p{Ll}+)\s+(\p{Ll}.*)$/u.exec(r.role)
      const org =
        head?.[1] &&
        orgs.find(
          (o) =>
            o.name.split(' ').length > 1 &&
            o.name.split(' ').at(-1) === head[1] &&
            (reg.byKey.get(o.key) ?? []).some((m) => m.sentence.index <= r.sentence.index),
        )
      const written = r.sentence.folded.slice(r.roleEvidence.start, r.roleEvidence.end)
      if (org && head?.[2] && new RegExp(`\\b${head[1]}\\b`).test(written))
        r.role = `${org.name} ${head[2]}`
    }
    if (r.role !== before) {
      const key = reg.roleIndex.get(before.toLowerCase())
      if (key) reg.roleIndex.set(r.role.toLowerCase(), key)
    }
  }
}
