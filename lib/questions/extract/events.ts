/**
 * Ties each date (and place) to the event it dates, and writes a stand-alone stem:
 * "the two leaders' call on Tuesday" → "When did the two leaders' call take place?";
 * "On Monday, rockets were fired at X" → "When were rockets fired at X?";
 * "the deal that Trump abandoned in 2018" → "When did Trump abandon the deal?".
 * A clause that holds two dated events, or that cannot be rebuilt, gets no stem.
 */
import type { DateFact } from '../facts'
import { MONTHS, SPEECH_VERBS, WEEKDAYS } from '../lexicon'
import { trimClause } from '../text'
import type { Registry } from './actors'
import { appositiveParticiple, findReport, reducedRelative } from './attach'
import {
  clauseAround,
  clauseBody,
  finish,
  type Hit,
  isName,
  quoteSpans,
  relativeHolding,
  SUBORDINATOR,
  splitAtRelative,
  withoutDatedAsides,
} from './clauses'
import { type Context, makeEvidence, type SentenceRef } from './context'
import { articleDates } from './dates'
import { baseForm, hasFiniteVerb, lowerFirst, toQuestion } from './grammar'
import { leadSubjectStem } from './lead-subject'
import { reporterOf, trailingReport } from './reports'
import { resolveSubject } from './speakers'

type DateDraft = Omit<DateFact, 'id'>

const EVENT_NOUNS =
  'call|calls|meeting|talks|visit|summit|attack|attacks|hearing|trial|elections?|vote|announcement|statement|match|game|final|launch|strike|strikes|deal|agreement|ruling|verdict|interview|speech|conference|protests?|crash|earthquake|storm|results|report|season|tournament|race|sentencing'
const NP_BEFORE = new RegExp(
  `(?:(?:^|[,;]\\s*|\\b(?:[Ww]ith|and|of|for)\\s+)((?:[\\w'’-]+\\s+){0,3}?(?:${EVENT_NOUNS}))|\\b((?:the|a|an|its|their|his|her)\\s+(?:(?!(?:before|after|in|on|at|for|with|to|from|by|the|a|an)\\s)[\\w'’-]+\\s+){0,4}?(?:${EVENT_NOUNS})))\\s+(?:(scheduled|planned|set|due)(?:\\s+(?:for|in|on))?\\s+)?$`,
)
const APPOSITIVE_NP = new RegExp(
  `(?:^|[,;]\\s+|\\b(?:and|but)\\s+)((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\\s+(?:[\\w'’-]+\\s+){0,4}?(?:${EVENT_NOUNS})(?:\\s+(?:in|at|of)\\s+[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*)*)?),\\s*$`,
)
const MID_ATTRIBUTION =
  /,\s+(?:the\s+)?[^,"]{2,60}?\s+(?:said|says|added|announced|confirmed|reported)(?:\s+(?:on|last|this|earlier)\s+\w+)?\s*(?=,|\.?$)/g
const SPAN_NEXT = new RegExp(
  `^\\s+(?:and|or|to|through)\\s+(?:(?:${[...MONTHS, ...WEEKDAYS].join('|')})\\b|(?:19|20)\\d{2}\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS.join('|')}))`,
  'i',
)

/** "said in", "told reporters during": a date that times the speaking, not the event. */
const SPOKEN_IN = new RegExp(
  `\\b(?:${SPEECH_VERBS})\\s+(?:[\\w'’-]+\\s+){0,3}?(?:in|during|at)\\s+$`,
)

function dateStem(
  reg: Registry,
  s: SentenceRef,
  h: Hit,
  hits: Hit[],
): { event: string; stem: string | null } {
  const before = s.folded.slice(0, h.start)
  // "their first league game since October", "closed until Friday": a boundary of a span,
  // never the date of the noun phrase or clause before it.
  if (/^(?:since|until)\b/i.test(h.expression)) return { event: '', stem: null }
  const lead = leadSubjectStem(s, h.start, h.end, (name, at) => {
    const who = resolveSubject(reg, name, s, at)
    return who?.length === 1 && who[0] ? who[0].name : null
  })
  if (lead) return lead
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
  // "said in a statement on Friday", "told the BBC in an interview on Monday": the noun is
  // how the saying was made, so the date dates the saying (handled as a report below).
  const manner = found !== undefined && SPOKEN_IN.test(before.slice(0, before.lastIndexOf(found)))
  // "Egypt and Jordan signed an agreement on Tuesday": words with a verb in them are a clause,
  // not the event's noun phrase.
  if (np && found && !reportedFuture && !manner && !hasFiniteVerb(found)) {
    const at = s.folded.indexOf(found, np.index)
    const noun = s.text.slice(at, at + found.length).replace(/^[Ww]ith\s+/, '')
    const lead = lowerFirst(noun)
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
  // "in June and July", "from 2019 to 2021": a span of two dates, not one answer (but "pleaded
  // guilty in September to 14 breaches" is one date and a count).
  if (SPAN_NEXT.test(s.folded.slice(h.end))) return { event: '', stem: null }
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
  // "… was brought by the commission after inspectors visited the shops in February 2023":
  // a date inside a subordinate clause dates that clause's verb, not the main one.
  const sub = [...s.folded.slice(a, h.start).matchAll(SUBORDINATOR)].at(-1)
  if (sub) {
    const from = a + (sub.index ?? 0) + sub[0].length
    if (hasFiniteVerb(s.folded.slice(from, h.start))) a = from
  }
  // "since October" bounds a noun phrase ("their first league game since October"): it is not
  // a second event, so it does not make the clause's own date ambiguous.
  const counted = hits.filter((x) => !/^(?:since|until)\b/i.test(x.expression))
  ;[a, b] = splitAtRelative(s.folded, a, b, h, counted)
  // A date inside a relative clause: only an object relative turned round makes a stem.
  const relAt = relativeHolding(s.folded, a, h.start)
  if (relAt !== null) a = relAt
  const relativeLeft = (body: string) => relAt !== null && /\s(?:that|which|who)\s/.test(body)
  // "… signed an agreement on Tuesday to …, officials said, in a bid to …": an attribution
  // after the date closes its clause; it is the narrator's source, not part of the event.
  for (const m of s.folded.slice(h.end, b).matchAll(MID_ATTRIBUTION)) {
    b = h.end + (m.index ?? 0)
    break
  }
  const aside = deadline ? null : appositiveParticiple(s.folded, h.start, h.end)
  if (aside) return { event: aside.replace(/^(?:was|were) /, ''), stem: `When ${aside}?` }
  const report = findReport(s.folded)
  const inside = (lo: number, hi: number) =>
    counted.filter((x) => x.start >= lo && x.end <= hi).length
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
    if (inside(lo, b) > 1 || relativeLeft(body)) return { event: body, stem: null }
    return { event: body, stem: finish(wh, body, reg, tail) }
  }
  const reduced = reducedRelative(s.folded, h.start, h.end)
  // The event reads as a noun phrase in an ordering ("The results published"), never as a question.
  if (reduced && !deadline)
    return { event: reduced.replace(/^(?:was|were) /, ''), stem: `When ${reduced}?` }
  // A date on the reporting verb dates the saying: "X told reporters on Wednesday that …".
  if (report && h.start >= report.verbAt && h.start >= a) {
    const frameHits = inside(a, report.contentAt)
    const content = withoutDatedAsides(s, report.contentAt, b, counted)
    if (frameHits > 1 || content === null) return { event: '', stem: null }
    const frame = `${s.text.slice(a, h.start)} ${s.text.slice(h.end, report.contentAt)}`
    const that = /\bthat\s*$/.test(frame) ? '' : ' that'
    let said = trimClause(`${frame.trimEnd()}${that} ${content}`.replace(/\s+/g, ' '))
    // "She told reporters on Thursday that …": a stem names the speaker the pronoun stands for.
    if (/^(?:he|she)$/i.test(report.subject.trim())) {
      const who = reporterOf(reg, s, report)
      if (who) said = said.replace(/^\s*(?:he|she)\b/i, who)
    }
    return { event: trimClause(said), stem: finish(wh, said, reg) }
  }
  // "The results … published in the journal this week, revealed that …": a past verb with no
  // subject after the comma makes the clause its subject, and its -ed word a participle.
  const next = /^\s*,\s+(?:[a-z]+ly\s+)?([a-z]+ed)\s/.exec(s.folded.slice(b))?.[1]
  if (next && baseForm(next)) return { event: '', stem: null }
  let body = clauseBody(s, a, b, h)
  if (/^(?:that|which|who)\s/i.test(body) || relativeLeft(body)) body = ''
  // Two dates in one clause make one answer ambiguous.
  if (!body || inside(a, b) > 1) return { event: body, stem: null }
  return { event: body, stem: finish(wh, body, reg) }
}

export function findDateFacts(ctx: Context, reg: Registry): DateDraft[] {
  const out: DateDraft[] = []
  for (const s of ctx.sentences) {
    const quotes = quoteSpans(s)
    const hits = articleDates(ctx.doc, s.folded).filter(
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
