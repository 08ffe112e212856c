/**
 * Ties each date (and place) to the event it dates, and writes a stand-alone stem:
 * "the two leaders' call on Tuesday" → "When did the two leaders' call take place?";
 * "On Monday, rockets were fired at X" → "When were rockets fired at X?";
 * "the deal that Trump abandoned in 2018" → "When did Trump abandon the deal?".
 * A clause that holds two dated events, or that cannot be rebuilt, gets no stem.
 */
import type { DateFact, PlaceFact } from '../facts'
import { COUNTRIES, RELATIVE_WORDS } from '../lexicon'
import { trimClause } from '../text'
import type { Registry } from './actors'
import { findReport, type Report, reducedRelative, reporterPhrase } from './attach'
import { type Context, makeEvidence, type SentenceRef } from './context'
import { findDates } from './dates'
import { baseForm, lowerFirst, toQuestion } from './grammar'
import { resolveSubject } from './speakers'

type DateDraft = Omit<DateFact, 'id'>
type PlaceDraft = Omit<PlaceFact, 'id'>

const EVENT_NOUNS =
  'call|calls|meeting|talks|visit|summit|attack|attacks|hearing|trial|elections?|vote|announcement|statement|match|game|final|launch|strike|strikes|deal|agreement|ruling|verdict|interview|speech|conference|protests?|crash|earthquake|storm|results|report|season|tournament|race|sentencing'
const NP_BEFORE = new RegExp(
  `(?:(?:^|[,;]\\s*|\\b(?:[Ww]ith|and|of|for)\\s+)((?:[\\w'’-]+\\s+){0,3}?(?:${EVENT_NOUNS}))|\\b((?:the|a|an|its|their|his|her)\\s+(?:(?!(?:before|after|in|on|at|for|with|to|from|by|the|a|an)\\s)[\\w'’-]+\\s+){0,4}?(?:${EVENT_NOUNS})))\\s+(?:(scheduled|planned|set|due)(?:\\s+(?:for|in|on))?\\s+)?$`,
)
const APPOSITIVE_NP = new RegExp(
  `(?:^|[,;]\\s+|\\b(?:and|but)\\s+)((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\\s+(?:[\\w'’-]+\\s+){0,4}?(?:${EVENT_NOUNS})(?:\\s+(?:in|at|of)\\s+[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*)*)?),\\s*$`,
)
const BOUNDARY =
  /,\s+(?:which|while|but|whereas|who|killing|leaving|injuring|referring|restricting|warning|infuriating|speaking|saying|including|according|and)\b|,\s+(?:[\w-]+\s+){1,3}(?:after|before)\s|;\s|\s+but\s+|\s+while\s+|\s+and\s+(?:has|have|had|was|were|is|are|will|would|should|could|can|may|might|must)\s/g

function quoteSpans(s: SentenceRef): [number, number][] {
  return [...s.folded.matchAll(/"[^"]*"/g)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length])
}

function clauseAround(s: SentenceRef, start: number, end: number): [number, number] {
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
  const m =
    /((?:the|a|an)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+(?:that|which)\s+((?:[\w'’-]+\s+){1,4})([a-z]+)$/.exec(
      body,
    )
  if (!m?.[1] || !m[2] || !m[3] || baseForm(m[3]) === null) return null
  const subject = m[2]
    .trim()
    .split(/\s+/)
    .filter((w) => !RELATIVE_WORDS.has(w.toLowerCase()))
    .join(' ')
  return subject ? `${subject} ${m[3]} ${m[1]}` : null
}

function isName(reg: Registry) {
  const forms = [...reg.actors.values()].flatMap((a) => a.aliases)
  // "Environment Minister Markus Weber": capitalised words leading up to a name are part of it.
  return (subject: string) =>
    forms.some(
      (f) =>
        subject.startsWith(f) ||
        f.startsWith(subject) ||
        /^(?:(?!(?:The|A|An|This|That|Its|Their)\s)[A-Z][\w'’.-]*\s+)+$/.test(
          subject.slice(0, Math.max(0, subject.indexOf(f))),
        ),
    )
}

type Hit = {
  start: number
  end: number
  expression: string
  tense: string
  resolved: { granularity: string }
}

/** Removes the date from a clause of the sentence and tidies the result into a body. */
function clauseBody(s: SentenceRef, a: number, b: number, h: Hit): string {
  let body = `${s.text.slice(a, h.start)} ${s.text.slice(h.end, b)}`.replace(
    /\s[–—]\s[^–—]+\s[–—]\s/g,
    ' ',
  )
  body = trimClause(body.replace(/\s+,/g, ',').replace(/\s+/g, ' ').replace(/^,\s*/, ''))
  return rebuildRelative(body) ?? body
}

/** A quoted phrase inside a clause reads as a ‘…’ quotation in a stem; a whole quote is not an event. */
function quotedPhrase(body: string): string | null {
  if (!/["“”]/.test(body)) return body
  if (/^["“]/.test(body) || (body.match(/["“”]/g) ?? []).length % 2 !== 0) return null
  return body.replace(/["“]([^"”]*)["”]/g, '‘$1’')
}

/** Who the reported clause is attributed to: a name, a described source, or a resolved pronoun. */
function reporterOf(reg: Registry, s: SentenceRef, report: Report): string | null {
  const raw = s.text
    .slice(0, report.verbAt)
    .replace(/^(?:On|In|Last|This|Earlier|Later) [^,]{2,30},\s+/, '')
    .trim()
  if (/^(?:he|she|they|it|we|i)$/i.test(raw)) {
    const who = resolveSubject(reg, raw.toLowerCase(), s, s.folded.indexOf(raw))
    return who?.length === 1 && who[0] ? who[0].name : null
  }
  return reporterPhrase(raw, isName(reg))
}

function finish(wh: string, body: string, reg: Registry, tail = ''): string | null {
  // A pronoun or relative word cannot open a stand-alone question ("When would it …?").
  if (/^(?:it|he|she|they|we|which|who|that|this|these|those|\w+ing)\b/i.test(body)) return null
  const phrased = quotedPhrase(body)
  if (!phrased || phrased.split(' ').length < 3) return null
  const q = toQuestion(wh, phrased, isName(reg))
  return q && tail ? `${q.slice(0, -1)}, ${tail}?` : q
}

const TRAILING_REPORT =
  /^(.{15,}?),\s+((?:the\s+)?[^,"]{2,60}?)\s+(said|says|added|adds|announced|confirmed|warned|claimed)\s+$/
/** Present and future auxiliaries shift back in reported speech: "have voted" → "had voted". */
const BACKSHIFT: Record<string, string> = {
  have: 'had',
  has: 'had',
  is: 'was',
  are: 'were',
  will: 'would',
  can: 'could',
}

/**
 * "Drivers have voted to strike, the union said on Tuesday, raising …": a date right after a
 * trailing attribution dates the saying, so the stem asks about the saying, with the clause
 * before it as its reported content ("When did the union say that drivers had voted to
 * strike?"). A reporter that does not resolve to an actor, or a clause that cannot be
 * reported, gives no stem at all.
 */
function trailingReport(
  reg: Registry,
  s: SentenceRef,
  h: Hit,
): { event: string; stem: string | null } | null {
  const m = TRAILING_REPORT.exec(s.folded.slice(0, h.start))
  if (!m?.[1] || !m[2] || !m[3] || !/^\s*(?:[,;]|\.?$)/.test(s.folded.slice(h.end))) return null
  const clause = trimClause(s.text.slice(0, m[1].length))
  const subjAt = m[1].length + s.folded.slice(m[1].length).indexOf(m[2])
  const subject = s.text.slice(subjAt, subjAt + m[2].length)
  const who = resolveSubject(reg, subject, s, subjAt)
  const verb =
    m[3] === 'says' || m[3] === 'said' ? 'say' : (baseForm(m[3]) ?? m[3].replace(/s$/, ''))
  if (!who || /["“”]/.test(clause) || /^(?:he|she|it|they)$/i.test(subject))
    return { event: clause, stem: null }
  const tense = m[3].endsWith('s') ? 'does' : 'did'
  let shifted = false
  const reported = clause.replace(/\b(have|has|is|are|will|can)\b/, (w) => {
    if (shifted || tense !== 'did') return w
    shifted = true
    return BACKSHIFT[w] ?? w
  })
  const body = isName(reg)(reported) ? reported : lowerFirst(reported)
  const stem = `When ${tense} ${subject} ${verb} that ${body}?`
  return { event: clause, stem: reported.split(' ').length >= 3 ? stem : null }
}

function dateStem(
  reg: Registry,
  s: SentenceRef,
  h: Hit,
  hits: Hit[],
): { event: string; stem: string | null } {
  const before = s.folded.slice(0, h.start)
  const np = NP_BEFORE.exec(before)
  const found = np?.[1] ?? np?.[2]
  const report0 = findReport(s.folded)
  // "said the council would hold a public meeting on March 20": the reported clause, not
  // "When did a public meeting take place?", carries a future event.
  const reportedFuture = h.tense === 'future' && report0 !== null && h.start >= report0.contentAt
  // "The last tram strike in Calder, in 2019, lasted nine days": a date in an apposition
  // dates the event noun phrase it follows.
  const appos = APPOSITIVE_NP.exec(before)
  if (appos?.[1] && /^\s*,/.test(s.folded.slice(h.end)) && !reportedFuture) {
    const at = before.length - appos[0].length + appos[0].indexOf(appos[1])
    const noun = s.text.slice(at, at + appos[1].length)
    const lead = noun.charAt(0).toLowerCase() + noun.slice(1)
    return {
      event: noun,
      stem: `When ${h.tense === 'future' ? 'will' : 'did'} ${lead} take place?`,
    }
  }
  if (np && found && !reportedFuture) {
    const at = s.folded.indexOf(found, np.index)
    const noun = s.text.slice(at, at + found.length).replace(/^[Ww]ith\s+/, '')
    const lead = noun.charAt(0).toLowerCase() + noun.slice(1)
    const plural = /s$/.test(noun)
    const stem = np[3]
      ? `When ${plural ? 'are' : 'is'} ${lead} ${np[3]}?`
      : `When ${h.tense === 'future' ? 'will' : 'did'} ${lead} take place?`
    return { event: noun, stem }
  }
  const trailing = trailingReport(reg, s, h)
  if (trailing) return trailing
  const when = /^[^,]*?\s+when\s+([^,;]+)/.exec(s.text.slice(h.end))
  if (when?.[1] && h.end + 8 > s.text.length - s.text.slice(h.end).length) {
    return {
      event: trimClause(when[1]),
      stem: toQuestion('When', trimClause(when[1]), isName(reg)),
    }
  }
  // "in June and July": a span of two dates, not one answer.
  if (/^\s+(?:and|or|to|through)\s+(?:[A-Z][a-z]+|\d)/.test(s.folded.slice(h.end)))
    return { event: '', stem: null }
  // "by 2045" with a future or modal verb is a deadline: "By what year could …?".
  const deadline = /^by\b/i.test(h.expression) && h.tense === 'future'
  // "since 2009", "from April 15", "until Friday": a boundary, not the date of an event.
  if (
    !deadline &&
    (/^(?:since|until|by)\b/i.test(s.folded.slice(h.start)) ||
      /\b(?:from|to|until|since|by|before|after|between)\s+$/i.test(before))
  ) {
    return { event: '', stem: null }
  }
  const wh = deadline ? (h.resolved.granularity === 'year' ? 'By what year' : 'By when') : 'When'
  let [a, b] = clauseAround(s, h.start, h.end)
  // "X lost Y last year, the largest loss …": a comma after a date ends its verb phrase.
  if (h.start > a + 3) {
    const comma = /^\s*,/.exec(s.folded.slice(h.end))
    if (comma) b = Math.min(b, h.end)
  }
  const report = findReport(s.folded)
  const inside = (lo: number, hi: number) => hits.filter((x) => x.start >= lo && x.end <= hi).length
  // A date inside the reported clause dates that clause's event, not the saying.
  if (report && h.start >= report.contentAt) {
    const reporter = reporterOf(reg, s, report)
    if (!reporter) return { event: '', stem: null }
    const tail = `according to ${reporter}`
    const reduced = reducedRelative(s.folded, h.start, h.end)
    if (reduced && !deadline) {
      const body = reduced.replace(/^(was|were) /, '')
      return { event: body, stem: `When ${reduced}, ${tail}?`.replace(/\s+,/, ',') }
    }
    const lo = Math.max(a, report.contentAt)
    const body = clauseBody(s, lo, b, h)
    if (inside(lo, b) > 1) return { event: body, stem: null }
    return { event: body, stem: finish(wh, body, reg, tail) }
  }
  const reduced = reducedRelative(s.folded, h.start, h.end)
  if (reduced && !deadline) return { event: reduced, stem: `When ${reduced}?` }
  let body = clauseBody(s, a, b, h)
  if (/^(?:that|which|who)\s/i.test(body)) body = ''
  // Two dates in one clause make one answer ambiguous.
  if (!body || inside(a, b) > 1) return { event: body, stem: null }
  // A date on the reporting verb dates the saying: "X told reporters on Wednesday that …".
  if (report && h.start >= report.verbAt) {
    const frame = `${s.text.slice(a, h.start)} ${s.text.slice(h.end, report.contentAt)}`
    const that = /\bthat\s*$/.test(frame) ? '' : ' that'
    const said = trimClause(
      `${frame.trimEnd()}${that} ${s.text.slice(report.contentAt, b)}`.replace(/\s+/g, ' '),
    )
    return { event: body, stem: finish(wh, said, reg) }
  }
  return { event: body, stem: finish(wh, body, reg) }
}

export function findDateFacts(ctx: Context, reg: Registry): DateDraft[] {
  const out: DateDraft[] = []
  for (const s of ctx.sentences) {
    const quotes = quoteSpans(s)
    const hits = findDates(s.folded, ctx.publishedAt).filter(
      (h) => !quotes.some(([a, b]) => h.start >= a && h.end <= b),
    )
    for (const h of hits) {
      const { event, stem } = dateStem(reg, s, h, hits)
      out.push({
        type: 'date',
        expression: s.text.slice(h.start, h.end),
        resolved: h.resolved,
        tense: h.tense,
        event,
        stem,
        evidence: makeEvidence(s, h.start, h.end),
      })
    }
  }
  return out
}

const CITY_NAMES = new Set(COUNTRIES.map((c) => c.capital))
const PLACE_RES = [
  /\b(?:in|at|near)\s+(?:the\s+)?(?:(?!(?:with|from|to|of|for|and|by|on|at|in)\s)[a-z][\w-]*\s+)*?([A-Z][\w-]+(?:\s[A-Z][\w-]+)?)(?![\w'])(?!\s(?!(?:in|at|on|of|near|and|to|for|with|from|by|if|as)\s)[a-z])/g,
  /\b(?:in|at|near)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}capital,?\s+([A-Z][\w-]+)(?![\w'])/g,
]

export function findPlaceFacts(ctx: Context, reg: Registry): PlaceDraft[] {
  const out: PlaceDraft[] = []
  for (const s of ctx.sentences) {
    const quotes = quoteSpans(s)
    for (const m of PLACE_RES.flatMap((re) => [...s.folded.matchAll(re)])) {
      const place = m[1] ?? ''
      const start = m.index ?? 0
      if (quotes.some(([a, b]) => start >= a && start <= b)) continue
      const actor = (reg.bySentence.get(s.index) ?? []).find(
        (x) => x.start === s.folded.indexOf(place, start),
      )
      const kind = actor ? reg.actors.get(actor.key)?.kind : undefined
      const isCity =
        CITY_NAMES.has(place) ||
        /\bcapital\s+$/.test(s.folded.slice(start, s.folded.indexOf(place, start)))
      if (!isCity && !/\b(?:Zone|Square|Street|Valley|Province|Region|Stadium|Park)$/.test(place))
        continue
      if (kind && kind !== 'country') continue
      if (kind === 'country' && !CITY_NAMES.has(place)) continue
      const end = start + m[0].length
      const [a, b] = clauseAround(s, start, end)
      const clause = trimClause(
        `${s.text.slice(a, start)} ${s.text.slice(end, b)}`.replace(/\s+/g, ' '),
      )
      // A fronted date stays in front: "In October, where did …?" (moved to the end it would date another verb).
      const lead = /^((?:On|In|This|Last)\s[\w ]+?),\s+(.*)$/.exec(clause)
      const q = toQuestion('Where', lead?.[2] ?? clause, isName(reg))
      const raw = q && lead?.[1] ? `${lead[1]}, where${q.slice('Where'.length)}` : q
      const stem = raw && !/["“”:]/.test(raw) ? raw : null
      if (out.some((o) => o.evidence.sentenceId === s.id && o.place === place)) continue
      out.push({
        type: 'place',
        place,
        placeKey: `place:${place.toLowerCase()}`,
        event: clause,
        stem,
        evidence: makeEvidence(
          s,
          s.folded.indexOf(place, start),
          s.folded.indexOf(place, start) + place.length,
        ),
      })
    }
  }
  return out
}
