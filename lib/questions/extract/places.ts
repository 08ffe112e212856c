/**
 * Places where events happen: "in the capital, Baghdad", "in the Green Zone", with a
 * stand-alone "where" stem when the clause can be rebuilt.
 */
import type { PlaceFact } from '../facts'
import { COUNTRIES } from '../lexicon'
import { capitalise, trimClause } from '../text'
import type { Registry } from './actors'
import { clauseAround, isName, quoteSpans } from './clauses'
import { type Context, makeEvidence } from './context'
import { findDates } from './dates'
import { toQuestion } from './grammar'

type PlaceDraft = Omit<PlaceFact, 'id'>

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
      const start = m.index ?? 0
      // "Washington D.C.", "Washington, D.C.": an initialism after the city is part of its name.
      const tail = /^,?\s(?:[A-Z]\.){2,}/.exec(s.folded.slice(start + m[0].length))?.[0] ?? ''
      const base = m[1] ?? ''
      const place = `${base}${tail}`
      if (quotes.some(([a, b]) => start >= a && start <= b)) continue
      const actor = (reg.bySentence.get(s.index) ?? []).find(
        (x) => x.start === s.folded.indexOf(base, start),
      )
      const kind = actor ? reg.actors.get(actor.key)?.kind : undefined
      const isCity =
        CITY_NAMES.has(base) ||
        /\bcapital\s+$/.test(s.folded.slice(start, s.folded.indexOf(base, start)))
      if (!isCity && !/\b(?:Zone|Square|Street|Valley|Province|Region|Stadium|Park)$/.test(base))
        continue
      if (kind && kind !== 'country') continue
      if (kind === 'country' && !CITY_NAMES.has(base)) continue
      const end = start + m[0].length + tail.length
      const [a, b] = clauseAround(s, start, end)
      const clause = trimClause(
        `${s.text.slice(a, start)} ${s.text.slice(end, b)}`.replace(/\s+/g, ' '),
      )
      // A fronted date stays in front: "In October, where did …?" (moved to the end it would date
      // another verb); a closing one joins it there ("… at a conference in June" → "In June, where …").
      const closing = findDates(clause, ctx.publishedAt).find((d) => d.end === clause.length)
      const fronted = closing
        ? `${capitalise(closing.expression)}, ${trimClause(clause.slice(0, closing.start))}`
        : clause
      const lead = /^((?:On|In|This|Last|Next|Earlier)\s[\w ]+?),\s+(.*)$/.exec(fronted)
      const q = toQuestion('Where', lead?.[2] ?? fronted, isName(reg))
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
