/**
 * Questions about when and where: "When were rockets fired at …?" with dates at the
 * answer's granularity (other dates in the article first, then ±1 unit), "Where did …?",
 * and putting 3–5 dated events in order when their dates do not overlap.
 */

import { pickDistractors } from '../distractors'
import { formatDate, shiftDate } from '../extract/dates'
import type { DateFact, PlaceFact, ResolvedDate } from '../facts'
import { COUNTRIES } from '../lexicon'
import { capitalise, escapeRegExp, findPhrase, truncateWords } from '../text'
import { type Built, makeOrder, makeSingle } from './common'
import { type BuildContext, explain } from './context'

const dateFacts = (ctx: BuildContext) => ctx.facts.filter((f): f is DateFact => f.type === 'date')

type DateIndex = { labels: Map<string, Set<string>>; byEvent: Map<string, Set<string>> }

function indexDates(all: DateFact[]): DateIndex {
  const labels = new Map<string, Set<string>>()
  const byEvent = new Map<string, Set<string>>()
  for (const d of all) {
    const label = formatDate(d.resolved)
    labels.set(d.resolved.granularity, (labels.get(d.resolved.granularity) ?? new Set()).add(label))
    byEvent.set(d.event, (byEvent.get(d.event) ?? new Set()).add(label))
  }
  return { labels, byEvent }
}

const WEEKDAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i

function dateQuestion(ctx: BuildContext, f: DateFact, index: DateIndex): Built | null {
  if (!f.stem) return null
  const answer = formatDate(f.resolved)
  const same = [...(index.labels.get(f.resolved.granularity) ?? [])].filter((l) => l !== answer)
  // "on Tuesday": the options are Tuesdays too (a week apart), or the weekday gives the key away;
  // a past event is never offered a date after the article's.
  const weekday = f.resolved.granularity === 'day' && WEEKDAY.test(f.expression)
  const steps = weekday ? [-7, 7, -14, 14, -21] : [1, -1, 2, -2, 3]
  const inFrame = (d: ResolvedDate) =>
    f.tense === 'future' || !weekday || d.start <= ctx.doc.meta.publishedAt
  const neighbours = steps
    .map((n) => shiftDate(f.resolved, n))
    .filter(inFrame)
    .map(formatDate)
  // A date the article also gives this event is not a distractor.
  const banned = [...(index.byEvent.get(f.event) ?? [])].filter((l) => l !== answer)
  const picks = pickDistractors(
    answer,
    banned,
    [...same, ...neighbours].map((text) => ({ text })),
  )
  if (picks.length < 3) return null
  const fromArticle = picks.filter((p) => same.includes(p)).length
  const quoted = f.stem.includes('this happen')
  return makeSingle(
    {
      category: 'date',
      prompt: f.stem,
      explanation: `${explain(ctx, [f.evidence])} Counting from the article’s date, “${f.expression}” means ${answer}.`,
      evidence: [f.evidence],
      quality:
        0.78 +
        0.03 * fromArticle -
        (quoted ? 0.15 : 0) -
        (f.stem.split(' ').length > 24 ? 0.08 : 0),
      factIds: [f.id],
    },
    answer,
    picks,
  )
}

function orderQuestion(ctx: BuildContext, all: DateFact[]): Built | null {
  const usable = all.filter(
    (f) => f.stem && f.event.split(' ').length >= 3 && f.event.split(' ').length <= 22,
  )
  const chosen: DateFact[] = []
  for (const f of usable) {
    if (chosen.length >= 5) break
    const overlaps = chosen.some(
      (c) =>
        !(f.resolved.end < c.resolved.start || f.resolved.start > c.resolved.end) ||
        c.event === f.event,
    )
    if (!overlaps) chosen.push(f)
  }
  if (chosen.length < 3) return null
  chosen.sort((a, b) => a.resolved.start.localeCompare(b.resolved.start))
  const ev = chosen.map((c) => c.evidence)
  return makeOrder(
    {
      category: 'date',
      prompt: 'Put these events from the article in order, earliest first.',
      explanation: `${explain(ctx, ev)} In order: ${chosen.map((c) => `${capitalise(truncateWords(c.event, 8))} (${formatDate(c.resolved)})`).join('; ')}.`,
      evidence: ev,
      quality: 0.74,
      factIds: chosen.map((c) => c.id),
    },
    chosen.map((c) => capitalise(truncateWords(c.event, 16))),
  )
}

const placeCache = new WeakMap<BuildContext, Map<string, { id: string; lower: string }[]>>()

/** Body sentences that contain a place name, cached per build. */
function placeSentences(ctx: BuildContext, place: string) {
  const cache = placeCache.get(ctx) ?? new Map<string, { id: string; lower: string }[]>()
  placeCache.set(ctx, cache)
  if (!cache.has(place)) {
    const hits = ctx.doc.paragraphs.flatMap((p) =>
      p.sentences
        .filter((s) => s.text.includes(place))
        .map((s) => ({ id: s.id, lower: s.text.toLowerCase() })),
    )
    cache.set(place, hits)
  }
  return cache.get(place)
}

/** Country names, aliases and demonyms a stem may use for a country: "Iraq", "Iraqi", "Iraq’s capital". */
function namesCountry(stem: string, c: (typeof COUNTRIES)[number]): boolean {
  const forms = [c.name.replace(/^the /, ''), ...c.aliases, ...c.demonyms]
  return forms.some((n) => findPhrase(stem.replace(/[’']s\b/g, ''), n) >= 0)
}

/**
 * A stem that names the answer's country gives the capital away among other capitals:
 * drop the locative phrase ("in Iraq’s capital") when it can go, else no stem.
 */
function placeStem(stem: string, country: (typeof COUNTRIES)[number] | undefined): string | null {
  if (!country || !namesCountry(stem, country)) return stem
  const forms = [country.name.replace(/^the /, ''), ...country.aliases, ...country.demonyms]
    .map(escapeRegExp)
    .join('|')
  const cut = stem
    .replace(
      new RegExp(
        `\\s+(?:in|near|outside)\\s+(?:the\\s+)?(?:${forms})(?:[’']s\\s+capital)?(?=[\\s,?])`,
        'g',
      ),
      '',
    )
    .replace(/\s+\?$/, '?')
  return namesCountry(cut, country) ? null : cut
}

function placeQuestion(ctx: BuildContext, f: PlaceFact, places: PlaceFact[]): Built | null {
  if (!f.stem) return null
  const capitalOf = COUNTRIES.find((c) => c.capital === f.place)
  // Capitals are only fair distractors for a city: a district or landmark needs its own kind.
  const sentence = ctx.sentence(f.evidence.sentenceId)
  const isCity =
    Boolean(capitalOf) || new RegExp(`capital,?\\s+${escapeRegExp(f.place)}`).test(sentence)
  const stem = placeStem(f.stem, capitalOf)
  if (!stem) return null
  const region =
    COUNTRIES.find((c) => c.capital === f.place)?.region ??
    COUNTRIES.find((c) => sentence.includes(c.name.replace(/^the /, '')))?.region
  const named = COUNTRIES.filter(
    (c) =>
      sentence.includes(c.name.replace(/^the /, '')) || c.aliases.some((a) => sentence.includes(a)),
  )
  const stemWords = [...new Set(f.stem.toLowerCase().match(/[a-z]{5,}/g) ?? [])]
  const supported = (p: string) =>
    (placeSentences(ctx, p) ?? []).some(
      (s) => s.id !== f.evidence.sentenceId && stemWords.some((w) => s.lower.includes(w)),
    )
  const sameKind = places.filter(
    (p) => p.place !== f.place && COUNTRIES.some((c) => c.capital === p.place) === isCity,
  )
  const cands = [
    ...new Set(sameKind.map((p) => p.place)),
    ...(isCity ? COUNTRIES.filter((c) => c.region === region).map((c) => c.capital) : []),
  ].filter((p) => !sentence.includes(p) && !named.some((c) => c.capital === p) && !supported(p))
  const picks = pickDistractors(
    f.place,
    [],
    cands.map((text) => ({ text })),
  )
  if (picks.length < 3) return null
  return makeSingle(
    {
      category: 'place',
      prompt: stem,
      explanation: explain(ctx, [f.evidence]),
      evidence: [f.evidence],
      quality: /capital/.test(stem) ? 0.58 : 0.66,
      factIds: [f.id],
    },
    f.place,
    picks,
  )
}

export function buildDateQuestions(ctx: BuildContext): Built[] {
  const all = dateFacts(ctx)
  const places = ctx.facts.filter((f): f is PlaceFact => f.type === 'place')
  const out: Built[] = []
  const index = indexDates(all)
  for (const f of all) {
    const q = dateQuestion(ctx, f, index)
    if (q) out.push(q)
  }
  const order = orderQuestion(ctx, all)
  if (order) out.push(order)
  for (const f of places) {
    const q = placeQuestion(ctx, f, places)
    if (q) out.push(q)
  }
  return out
}
