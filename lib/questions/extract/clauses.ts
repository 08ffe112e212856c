/**
 * Clause surgery for "when" stems: where a date's clause starts and ends in its sentence,
 * relative clauses and dated asides cut away, and the body turned into a question.
 */
import { RELATIVE_WORDS } from '../lexicon'
import { trimClause } from '../text'
import type { Registry } from './actors'
import type { SentenceRef } from './context'
import { baseForm, toQuestion } from './grammar'

// A second verb phrase ("began vaccinating children in March 2022 and followed them …")
// is another event: the date belongs to the first.
export const BOUNDARY =
  /,\s+(?:which|while|but|whereas|who|killing|leaving|injuring|referring|restricting|warning|infuriating|speaking|saying|including|according|and)\b|,\s+(?:[\w-]+\s+){1,3}(?:after|before)\s|;\s|\s+but\s+|\s+while\s+|\s+and\s+(?:has|have|had|was|were|is|are|will|would|should|could|can|may|might|must)\s|\s+and\s+(?=(?:[a-z]{3,}ed|took|won|lost|made|gave|left|sent|held|met|told|said|began|went|came|saw|paid|sold|led|struck|fell|rose|urged|called)\s+(?:the|a|an|them|him|her|it|its|their|his|to|on|for|with)\b)/g

// "since it was approved in 2022": "since" before a clause is a subordinator too (before a date,
// "since 2009", it is a boundary, handled where dates are read).
export const SUBORDINATOR =
  /\b(?:after|before|when|because|once|until|since)\s+(?!(?:19|20)\d\d\b)/gi

export function quoteSpans(s: SentenceRef): [number, number][] {
  return [...s.folded.matchAll(/"[^"]*"/g)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length])
}

export function clauseAround(s: SentenceRef, start: number, end: number): [number, number] {
  let a = 0
  let b = s.folded.length
  for (const m of s.folded.matchAll(BOUNDARY)) {
    const at = m.index ?? 0
    if (at + m[0].length <= start)
      a = at + m[0].length - (/\w$/.test(m[0]) ? (m[0].trim().split(/\s+/).pop()?.length ?? 0) : 0)
    else if (at >= end && b === s.folded.length) b = at
  }
  return [a, b]
}

/** "… the Iran nuclear deal that predecessor Donald Trump abandoned" → "Donald Trump abandoned the Iran nuclear deal". */
function rebuildRelative(body: string): string | null {
  // The noun phrase is the nearest one ("a bill reintroducing [a housing tax] that a court
  // struck down"); a particle stays with its verb ("struck down").
  const m =
    /((?:the|a|an)\s+(?:(?!(?:the|a|an)\s)[\w'’-]+\s+){0,5}?[\w'’-]+)\s+(?:that|which)\s+((?:[\w'’-]+\s+){1,4}?)([a-z]+)((?:\s+(?:down|up|off|out|back|away|over))?)$/.exec(
      body,
    )
  if (!m?.[1] || !m[2] || !m[3] || baseForm(m[3]) === null) return null
  const subject = m[2]
    .trim()
    .split(/\s+/)
    .filter((w) => !RELATIVE_WORDS.has(w.toLowerCase()))
    .join(' ')
  return subject ? `${subject} ${m[3]}${m[4] ?? ''} ${m[1]}` : null
}

/**
 * "passed a bill reintroducing a housing tax that a court struck down last year": a relative
 * clause after a noun holds its own date. The main clause's date stops before it; the
 * relative clause's date starts at its noun phrase, which rebuildRelative then turns round.
 */
export function splitAtRelative(
  folded: string,
  a: number,
  b: number,
  h: Hit,
  hits: Hit[],
): [number, number] {
  const others = hits.filter((x) => x !== h && x.start >= a && x.end <= b)
  if (others.length === 0) return [a, b]
  for (const rel of folded.slice(a, b).matchAll(/\s(?:that|which)\s/g)) {
    const r = a + (rel.index ?? 0)
    const prev = /([\w'’-]+)\s*$/.exec(folded.slice(a, r))?.[1] ?? ''
    // "ruled that", "said in November that": a complement clause, not a relative one.
    if (baseForm(prev) !== null || /^(?:that|which)$/i.test(prev) || !/^[a-z]/.test(prev)) continue
    if (h.end <= r && others.some((x) => x.start > r)) return [a, r]
    if (h.start > r && others.some((x) => x.end <= r)) {
      const np = [...folded.slice(a, r).matchAll(/\b(?:the|a|an)\s/g)].at(-1)
      return np ? [a + (np.index ?? 0), b] : [a, b]
    }
  }
  return [a, b]
}

/**
 * "… join a coalition that commits to closing the plant by 2030": a date after a relative
 * pronoun whose antecedent is a noun dates the relative clause, not the main one. Returns where
 * the antecedent's noun phrase starts (so an object relative can be turned round: "the deal
 * that Trump abandoned in 2018"), or null when the date is not inside a relative clause.
 */
export function relativeHolding(folded: string, a: number, dateStart: number): number | null {
  const rel = [...folded.slice(a, dateStart).matchAll(/\s(?:that|which|who)\s/g)].at(-1)
  if (!rel) return null
  const r = a + (rel.index ?? 0)
  const prev = /([\w'’-]+)\s*$/.exec(folded.slice(a, r))?.[1] ?? ''
  // "ruled that", "said in November that", "so that": a complement or conjunction, not a relative.
  if (baseForm(prev) !== null || !/^[a-z]/.test(prev) || /^(?:so|such|now|given|than)$/.test(prev))
    return null
  const np = [...folded.slice(a, r).matchAll(/\b(?:the|a|an|its|their|his|her)\s/g)].at(-1)
  return np ? a + (np.index ?? 0) : r + 1
}

/**
 * The reported clause from..to without asides that carry their own dates ("the levy,
 * introduced in July 2023, was …" → "the levy was …"); null when a date is left in it.
 */
export function withoutDatedAsides(
  s: SentenceRef,
  from: number,
  to: number,
  hits: Hit[],
): string | null {
  const within = (x: Hit, lo: number, hi: number) => x.start >= lo && x.end <= hi
  const asides = [...s.folded.slice(from, to).matchAll(/,\s[^,;]+,\s/g)]
    .map((m) => [from + (m.index ?? 0), from + (m.index ?? 0) + m[0].length] as const)
    .filter(([lo, hi]) => hits.some((x) => within(x, lo, hi)))
  const left = hits.filter(
    (x) => within(x, from, to) && !asides.some(([lo, hi]) => within(x, lo, hi)),
  )
  if (left.length > 0) return null
  let out = ''
  let at = from
  for (const [lo, hi] of asides) {
    out += `${s.text.slice(at, lo)} `
    at = hi
  }
  return out + s.text.slice(at, to)
}

export function isName(reg: Registry) {
  const forms = [...reg.actors.values()].flatMap((a) => a.aliases)
  // "Environment Minister Markus Weber": capitalised words leading up to a name are part of it.
  return (subject: string) =>
    reg.properWords.has(subject.split(' ')[0] ?? '') ||
    forms.some(
      (f) =>
        subject.startsWith(f) ||
        f.startsWith(subject) ||
        /^(?:(?!(?:The|A|An|This|That|Its|Their)\s)[A-Z][\w'’.-]*\s+)+$/.test(
          subject.slice(0, Math.max(0, subject.indexOf(f))),
        ),
    )
}

export type Hit = {
  start: number
  end: number
  expression: string
  tense: string
  resolved: { granularity: string }
}

/** Removes the date from a clause of the sentence and tidies the result into a body. */
export function clauseBody(s: SentenceRef, a: number, b: number, h: Hit): string {
  // "… after liftoff back on January 28, 1986": "back" belongs to the date it points into.
  const before = s.text.slice(a, h.start).replace(/\s+back\s*$/, ' ')
  let body = `${before} ${s.text.slice(h.end, b)}`.replace(/\s[–—]\s[^–—]+\s[–—]\s/g, ' ')
  body = trimClause(body.replace(/\s+,/g, ',').replace(/\s+/g, ' ').replace(/^,\s*/, ''))
  // "O'Sullivan, 52, pleaded guilty …": an age between commas is not part of the subject.
  body = body.replace(/^([^,]{2,60}),\s+\d{1,3},\s+/, '$1 ')
  return rebuildRelative(body) ?? body
}

/** A quoted phrase inside a clause reads as a ‘…’ quotation in a stem; a whole quote is not an event. */
function quotedPhrase(body: string): string | null {
  if (!/["“”]/.test(body)) return body
  if (/^["“]/.test(body) || (body.match(/["“”]/g) ?? []).length % 2 !== 0) return null
  return body.replace(/["“]([^"”]*)["”]/g, '‘$1’')
}

export function finish(wh: string, body: string, reg: Registry, tail = ''): string | null {
  // A pronoun or relative word cannot open a stand-alone question ("When would it …?").
  if (/^(?:it|he|she|they|we|which|who|that|this|these|those|\w+ing)\b/i.test(body)) return null
  const phrased = quotedPhrase(body)
  if (!phrased || phrased.split(' ').length < 3) return null
  const q = toQuestion(wh, phrased, isName(reg))
  return q && tail ? `${q.slice(0, -1)}, ${tail}?` : q
}
