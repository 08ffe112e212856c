/**
 * Resolves who a subject phrase refers to: a name or surname, a capital or metonym,
 * a post ("the Iraqi prime minister", "the PM"), a pronoun ("she", "both") tied to its
 * antecedent, or an unnamed source kept as its own description.
 */
import type { Actor } from '../facts'
import { findCountry, SOURCE_NOUNS, SPEECH_VERBS } from '../lexicon'
import { normaliseName } from '../text'
import type { Mention, Registry } from './actors'
import { labelOf } from './actors'
import type { SentenceRef } from './context'
import { makeEvidence } from './context'

export type Ref = { key: string; name: string }

const SOURCE_RE = new RegExp(
  `^(?:(?:a|an|the|two|three|several|some|other)\\s+)?(?:(?:senior|top|former|local|western|foreign|military|security|government|intelligence|police|health|defence|defense|diplomatic|industry|company|court|party|[A-Z][\\w.]*(?:\\s+and\\s+[A-Z][\\w.]*)?)\\s+)*(?:${SOURCE_NOUNS})(?:\\s+(?:and|or)\\s+(?:${SOURCE_NOUNS}))?(?:\\s+(?:in|from|at|with)\\s+(?:the\\s+)?[A-Z][\\w.]*(?:\\s[A-Z][\\w.]*)*)?$`,
  'i',
)
const ABBREVIATIONS: Record<string, string> = { pm: 'prime minister', ceo: 'chief executive' }

const ref = (a: Actor): Ref => ({ key: a.key, name: labelOf(a) })

function contentWords(text: string): string[] {
  return normaliseName(text)
    .split(' ')
    .filter(
      (w) => !['a', 'an', 'the', 'senior', 'top', 'two', 'three', 'several', 'some'].includes(w),
    )
    .map((w) => w.replace(/s$/, ''))
}

/** An unnamed source; a later "the US official" joins the earlier fuller description. */
function resolveSource(reg: Registry, text: string, s: SentenceRef, at: number): Ref {
  const words = contentWords(text)
  const definite = /^the\s/i.test(text)
  if (definite) {
    const earlier = [...reg.actors.values()].filter(
      (a) => a.kind === 'source' && words.every((w) => contentWords(a.name).includes(w)),
    )
    const last = earlier.at(-1)
    if (last) return ref(last)
  }
  const name = text.charAt(0).toLowerCase() + text.slice(1)
  const key = `source:${words.join(' ')}`
  const existing = reg.actors.get(key)
  if (existing) return ref(existing)
  const actor: Actor = {
    key,
    name,
    kind: 'source',
    aliases: [name],
    evidence: makeEvidence(s, at, at + text.length),
  }
  reg.actors.set(key, actor)
  return ref(actor)
}

function previousMentions(reg: Registry, s: SentenceRef, at: number, kinds: string[]) {
  const near = [3, 2, 1, 0].flatMap((d) => reg.bySentence.get(s.index - d) ?? [])
  return near.filter(
    (m) =>
      (m.sentence.index < s.index || m.start < at) &&
      kinds.includes(reg.actors.get(m.key)?.kind ?? ''),
  )
}

/**
 * A person mention that is the subject or the named speaker of its sentence: the first person,
 * with no speech verb before it ("Linda Moss, chair of …, said"), or the name a speech verb
 * introduces (", said Aniseh Bassiri of …", "according to Jane Roe").
 */
const CLAUSE_BEFORE = new RegExp(
  `\\b(?:${SPEECH_VERBS}|that|which|who|is|are|was|were|has|have|had)\\b`,
)
const SPEECH_BEFORE = new RegExp(
  `\\b(?:${SPEECH_VERBS}|according to)\\s+(?:[\\p{Lu}][\\p{L}.'-]*\\s+){0,4}$`,
  'u',
)
const SPEECH_AFTER = new RegExp(`^(?:,[^,"]{2,80},)?\\s+(?:${SPEECH_VERBS})\\b`)

function isSubject(m: Mention, reg: Registry): boolean {
  const first = (reg.bySentence.get(m.sentence.index) ?? []).find(
    (x) => reg.actors.get(x.key)?.kind === 'person',
  )
  const before = m.sentence.folded.slice(0, m.start)
  const opening = before.trim().split(/\s+/).length <= 8 && !CLAUSE_BEFORE.test(before)
  if (first === m && opening) return true
  const after = m.sentence.folded.slice(m.end, m.end + 100)
  return SPEECH_BEFORE.test(before) || SPEECH_AFTER.test(after)
}

/**
 * he/she → the most recent person of the matching gender in this sentence (before the
 * pronoun) or the two before it. A person of unknown gender is taken only when they are the
 * subject or named speaker of the previous sentence (or of this one, before the pronoun) and
 * no one else in reach is known to fit or competes as subject; anything else is ambiguous
 * and resolves to nothing: a dropped fact is better than a wrong speaker.
 */
function personReferent(reg: Registry, g: 'm' | 'f', s: SentenceRef, at: number): string | null {
  const near = [2, 1, 0]
    .flatMap((d) => reg.bySentence.get(s.index - d) ?? [])
    .filter(
      (m) =>
        (m.sentence.index < s.index || m.start < at) && reg.actors.get(m.key)?.kind === 'person',
    )
  const fits = near.filter((m) => (reg.genders.get(m.key) ?? g) === g)
  const last = fits.at(-1)
  if (!last) return null
  if (reg.genders.get(last.key) === g) return last.key
  if (last.sentence.index < s.index - 1 || !isSubject(last, reg)) return null
  const rival = fits.some(
    (m) =>
      m.key !== last.key &&
      (reg.genders.get(m.key) === g ||
        (m.sentence.index === last.sentence.index && isSubject(m, reg))),
  )
  return rival ? null : last.key
}

function resolvePronoun(reg: Registry, word: string, s: SentenceRef, at: number): Ref[] | null {
  if (word === 'he' || word === 'she') {
    const key = personReferent(reg, word === 'he' ? 'm' : 'f', s, at)
    const a = key ? reg.actors.get(key) : undefined
    return a ? [ref(a)] : null
  }
  if (word === 'it') {
    const m = previousMentions(reg, s, at, ['country', 'organisation']).at(-1)
    const a = m && reg.actors.get(m.key)
    return a ? [ref(a)] : null
  }
  // "both" / "they": the people named in this sentence, else in the one before.
  const same = previousMentions(reg, s, at, ['person']).filter((m) => m.sentence.index === s.index)
  const pool =
    same.length >= 2
      ? same
      : previousMentions(reg, s, at, ['person']).filter((m) => m.sentence.index === s.index - 1)
  const keys = [...new Set(pool.map((m) => m.key))]
  if (keys.length < 2) return null
  return keys.flatMap((k) => {
    const a = reg.actors.get(k)
    return a ? [ref(a)] : []
  })
}

/** Resolves a subject phrase found at `at` in sentence `s`. */
export function resolveSubject(
  reg: Registry,
  raw: string,
  s: SentenceRef,
  at: number,
): Ref[] | null {
  const text = raw.trim().replace(/[,]+$/, '')
  if (!text || text.split(/\s+/).length > 12) return null
  const lower = text.toLowerCase()
  if (/^(?:he|she|it|they|both)$/.test(lower)) return resolvePronoun(reg, lower, s, at)
  const inside = (reg.bySentence.get(s.index) ?? []).filter(
    (m) => m.start >= at && m.end <= at + raw.length,
  )
  const people = inside.filter((m) => reg.actors.get(m.key)?.kind === 'person')
  const lastPerson = people.at(-1)
  if (lastPerson && /\band\b/.test(text) && people.length >= 2) {
    return [...new Set(people.map((m) => m.key))].flatMap((k) => {
      const a = reg.actors.get(k)
      return a ? [ref(a)] : []
    })
  }
  const lead = raw.length - raw.trimStart().length
  const edge = people.find(
    (m) =>
      m.start - at <= lead + 1 &&
      /^(?:\s+(?:of|from|at)\s|,\s)/.test(s.folded.slice(m.end, m.end + 7)),
  )
  const fit = lastPerson && at + raw.trimEnd().length - lastPerson.end <= 1 ? lastPerson : edge
  if (fit) {
    const a = reg.actors.get(fit.key)
    return a ? [ref(a)] : null
  }
  // "the security company MX Logic", "The World Health Organisation (WHO)": a subject whose
  // head is the name of a body or country is that body; "a senior US military official in
  // Iraq", "the head of Acme" are someone else.
  const lastNamed = inside.at(-1)
  const tail = lastNamed ? s.folded.slice(lastNamed.end, at + raw.trimEnd().length) : ''
  const head = lastNamed ? s.folded.slice(at, lastNamed.start) : ''
  if (
    lastNamed &&
    /^\s*(?:\([\p{Lu}.]{2,8}\)|\))?\s*$/u.test(tail) &&
    !/\b(?:in|of|at|from|for|with|by|on|to|and|or|near)\b/i.test(head) &&
    !SOURCE_RE.test(head)
  ) {
    const a = reg.actors.get(lastNamed.key)
    if (a && a.kind !== 'person') return [ref(a)]
  }
  if (SOURCE_RE.test(text)) return [resolveSource(reg, text, s, at)]
  const bare = text.replace(/^the\s+/i, '')
  const country = findCountry(bare)
  if (country) {
    // Only by a form the registry kept for the country: "Paris" may be Valeska Paris.
    const a = [...reg.actors.values()].find(
      (x) => x.kind === 'country' && x.name === country.name && x.aliases.includes(bare),
    )
    if (a) return [ref(a)]
  }
  const named = [...reg.actors.values()].find(
    (a) => a.aliases.includes(bare) || a.aliases.includes(text),
  )
  if (named) return [ref(named)]
  const post = bare.toLowerCase().replace(/\b(pm|ceo)\b/g, (m) => ABBREVIATIONS[m] ?? m)
  if (/^the\s/i.test(text)) {
    const matches = [...reg.roleIndex.entries()].filter(
      ([role]) => role === post || role.endsWith(` ${post}`),
    )
    const keys = [...new Set(matches.map(([, k]) => k))]
    const a = keys.length === 1 && keys[0] ? reg.actors.get(keys[0]) : undefined
    if (a) return [ref(a)]
  }
  return null
}
