/**
 * Positions taken: direct quotes with their speaker ("…,” Price told reporters; said
 * the US official; X said: “…”; an unattributed follow-on quote keeps the last speaker)
 * and reported speech ("holds Iran responsible", "denied", "has said it opposes",
 * "has pledged to", "is demanding", "wants … to", trailing ", analysts say").
 */
import type { StanceFact } from '../facts'
import { trimClause } from '../text'
import type { Registry } from './actors'
import { type Context, makeEvidence, type SentenceRef } from './context'
import { hasFiniteVerb } from './grammar'
import { openQuoteDraft, quoteDrafts } from './quotes'
import { type Ref, resolveSubject } from './speakers'

export type Draft = Omit<StanceFact, 'id'>

const REPORTED: { re: RegExp; target?: boolean }[] = [
  {
    re: /\b((?:has |have |had )?(?:said|says|say|saying|insisting|arguing|argued|argues|insisted|insists|warned|warns|claimed|claims|added)(?: on \w+day)?)(?: that)? (?=[A-Za-z0-9])/g,
  },
  {
    re: /\b((?:has |have |had )?(?:denied|denies|deny|rejected|rejects|opposes|oppose|supports?|welcomed|welcomes|condemned|condemns|criticised|criticized|accused|accuses))\s/g,
  },
  {
    re: /\b((?:has |have |had )?(?:pledged|promised|vowed|agreed|refused|threatened|offered|decided|declined) to)\s/g,
  },
  {
    re: /\b((?:is|are|was|were) (?:demanding|calling for|urging|seeking|offering to|planning to|threatening to))\s/g,
  },
  { re: /\b((?:wants?|wanted|urged|asked|called on) (?=[\w ]{2,40}? to ))/g },
  { re: /\b(holds?|held) ([\w’' -]{2,40}?) responsible\b/g, target: true },
]
const CLAUSE_START =
  /\b(?:said|says|say|told \w+)(?: on \w+day)?(?: that)?\s+|[;:]\s+|,\s+(?:while|but|whereas)\s+|\s(?:while|but|whereas)\s+|,\s+|\b(?:with)\s+/g
const CLAUSE_END =
  /,\s+(?!including\b|according\b)[a-z]{3,}ing\s+(?:the|a|an|its|their|his|her|new|fresh|fears?|concerns?|hopes?|questions?|doubts?)\b|,\s+(?:while|but|which|whereas)\b|;|\s+but\s|\s+and\s+(?:has\s+|have\s+)?(?:denied|said|says|rejected|warned|pledged|added)\b|,\s+(?:\w+\s+){0,4}(?:said|says|say|added)\.?$/

/** What may follow a trailing attribution's verb: a date phrase, then a comma or the end. */
const TRAILING_TAIL =
  /^(?:\s+(?:on|last|this|earlier|late|early|in)\s+[\w ]{2,25}?|\s+(?:yesterday|today))?\s*(?:[,;]|\.?$)/

function subjectBefore(s: SentenceRef, verbAt: number): { text: string; at: number } {
  const head = s.folded.slice(0, verbAt)
  const last = [...head.matchAll(CLAUSE_START)].at(-1)
  const at = last ? (last.index ?? 0) + last[0].length : 0
  return { text: head.slice(at).replace(/^(?:In \w+|On \w+|This \w+|Last \w+),\s*/, ''), at }
}

function contentAfter(s: SentenceRef, from: number): { text: string; end: number } {
  const tail = s.folded.slice(from)
  const m = CLAUSE_END.exec(tail)
  const raw = m ? tail.slice(0, m.index) : tail
  const text = trimClause(raw)
  const at = from + Math.max(0, raw.indexOf(text))
  return { text: s.text.slice(at, at + text.length), end: at + text.length }
}

function reportedDrafts(reg: Registry, s: SentenceRef): Draft[] {
  const out: Draft[] = []
  let previous: Ref[] | null = null
  const matches = REPORTED.flatMap((p) => [...s.folded.matchAll(p.re)].map((m) => ({ m, p })))
  matches.sort((a, b) => (a.m.index ?? 0) - (b.m.index ?? 0))
  for (const { m, p } of matches) {
    const verbAt = m.index ?? 0
    const subj = subjectBefore(s, verbAt)
    if (subj.text.includes('"')) continue
    let holders: Ref[] | null
    const bare = subj.text.trim()
    if ((bare === '' && previous) || /^(?:and|with)$/.test(bare) || /\sand$/.test(bare))
      holders = previous
    else if (/^(?:which|who)\b/.test(bare)) {
      const np = /([A-Z][\w.]*(?:\s[A-Z][\w.]*)*),\s*$/.exec(s.folded.slice(0, subj.at))
      holders = np?.[1] ? resolveSubject(reg, np[1], s, s.folded.lastIndexOf(np[1], subj.at)) : null
    } else
      holders = resolveSubject(
        reg,
        bare.replace(/^(?:with\s+)?(both|all)\s*$/, '$1'),
        s,
        subj.at + subj.text.indexOf(bare),
      )
    // An apposition sits between subject and verb: "Linda Moss, chair of the trust, said …".
    if (!holders && bare === '' && /,\s*$/.test(s.folded.slice(0, verbAt))) {
      holders = resolveSubject(reg, s.folded.slice(0, verbAt), s, 0)
    }
    if (!holders) continue
    previous = holders
    const verb = (m[1] ?? '').trim()
    // "…, the union said on Tuesday, raising …": a trailing attribution reports the clause
    // before it; the words after it (a date, a participle phrase) are not what was said.
    const verbEnd = verbAt + (m[1] ?? '').length
    const after = TRAILING_TAIL.exec(s.folded.slice(verbEnd))
    if (after && !p.target) {
      const lead = s.folded.slice(0, subj.at)
      if (!/,\s*$/.test(lead) || /"/.test(lead)) continue
      const text = trimClause(s.text.slice(0, lead.replace(/,\s*$/, '').length))
      if (text.split(/\s+/).length < 4 || !hasFiniteVerb(text)) continue
      out.push({
        type: 'stance',
        holders: holders.map((r) => ({ key: r.key, name: r.name })),
        kind: 'reported',
        verb,
        content: text,
        evidence: makeEvidence(s, 0, verbEnd + after[0].replace(/[\s,.;]+$/, '').length),
      })
      continue
    }
    const start = verbAt + m[0].length
    const { text, end } = contentAfter(s, start)
    if (text.split(/\s+/).length < 2 || text.startsWith('"')) continue
    const target =
      p.target && m[2] ? resolveSubject(reg, m[2], s, s.folded.indexOf(m[2], verbAt)) : null
    if (p.target && !target?.[0]) continue
    out.push({
      type: 'stance',
      holders: holders.map((r) => ({ key: r.key, name: r.name })),
      kind: 'reported',
      verb: p.target ? `${verb} ${m[2]} responsible` : verb,
      content: p.target ? `${m[2]} responsible ${text}`.trim() : text,
      ...(target?.[0] ? { target: target[0] } : {}),
      evidence: makeEvidence(s, subj.at, end),
    })
  }
  return out
}

/** Trailing attribution: "…, analysts say." / "…, said Jane Roe of Acme." */
function trailingDrafts(reg: Registry, s: SentenceRef): Draft[] {
  if (s.folded.trimStart().startsWith('"')) return []
  // "…, the union said on Tuesday, raising …": a date and a participle phrase may follow.
  const m =
    /^(.{20,}?),\s+(?:([^,"]{2,80}?)\s+(said|says|say|added|adds|announced|confirmed|warned)(?:\s+(?:on|last|this|earlier)\s+\w+)?|(?:said|added)\s+([^,"]{2,80}?))(?:,\s+[a-z]{3,}ing\b[^"]*)?\.?$/.exec(
      s.folded,
    )
  if (!m) return []
  const subj = m[2] ?? m[4] ?? ''
  const holders = resolveSubject(reg, subj, s, s.folded.lastIndexOf(subj))
  if (!holders) return []
  const content = trimClause(s.text.slice(0, (m[1] ?? '').length))
  return [
    {
      type: 'stance',
      holders: holders.map((r) => ({ key: r.key, name: r.name })),
      kind: 'reported',
      verb: m[3] ?? 'said',
      content,
      evidence: makeEvidence(s, 0, s.text.length),
    },
  ]
}

/** The nearest naming of the first holder at or before this sentence. */
function holderEvidence(reg: Registry, d: Draft, s: SentenceRef) {
  const key = d.holders[0]?.key
  const m = (key ? (reg.byKey.get(key) ?? []) : [])
    .filter((x) => x.sentence.index <= s.index)
    .at(-1)
  if (m) return makeEvidence(m.sentence, m.start, m.end)
  const a = key ? reg.actors.get(key) : undefined
  return a?.kind === 'source' ? a.evidence : undefined
}

export function findStances(ctx: Context, reg: Registry): Draft[] {
  const out: Draft[] = []
  const last: { speaker: Ref[] | null; paragraph: number } = { speaker: null, paragraph: -1 }
  for (const s of ctx.sentences) {
    if (s.paragraph !== last.paragraph)
      Object.assign(last, { speaker: null, paragraph: s.paragraph })
    const next = ctx.sentences[s.index + 1]
    const opened = openQuoteDraft(reg, s, next?.paragraph === s.paragraph ? next : undefined, last)
    const quotes = opened.length > 0 ? opened : quoteDrafts(reg, s, last)
    out.push(...quotes)
    if (quotes.length > 0) continue
    const reported = reportedDrafts(reg, s)
    out.push(...(reported.length > 0 ? reported : trailingDrafts(reg, s)))
  }
  // "Iran has said it opposes X" also matches "it opposes X": keep only the outer report.
  const same = (a: Draft, b: Draft) =>
    a.holders.map((h) => h.key).join() === b.holders.map((h) => h.key).join()
  const inner = (d: Draft, o: Draft) =>
    o !== d &&
    o.evidence.sentenceId === d.evidence.sentenceId &&
    o.evidence.start <= d.evidence.start &&
    o.evidence.end >= d.evidence.end &&
    same(o, d)
  const group = (d: Draft) => out.filter((o) => o.evidence.sentenceId === d.evidence.sentenceId)
  const kept = out.filter(
    (d) => !group(d).some((o) => inner(d, o) && !(inner(o, d) && out.indexOf(o) > out.indexOf(d))),
  )
  out.length = 0
  out.push(...kept)
  const bySentence = new Map(ctx.sentences.map((s) => [s.id, s]))
  for (const d of out) {
    const s = bySentence.get(d.evidence.sentenceId)
    const ev = s ? holderEvidence(reg, d, s) : undefined
    if (
      ev &&
      !(
        ev.sentenceId === d.evidence.sentenceId &&
        ev.start >= d.evidence.start &&
        ev.end <= d.evidence.end
      )
    )
      d.holderEvidence = ev
  }
  // Nested reports carry whose account they are: "Price said the US holds Iran responsible".
  const inSentence = new Map<string, Draft[]>()
  for (const d of out)
    inSentence.set(d.evidence.sentenceId, [...(inSentence.get(d.evidence.sentenceId) ?? []), d])
  for (const d of out) {
    const outer = (inSentence.get(d.evidence.sentenceId) ?? []).find(
      (o) =>
        o !== d &&
        o.evidence.sentenceId === d.evidence.sentenceId &&
        /\bsa(?:id|ys?)\b/.test(o.verb) &&
        o.evidence.start < d.evidence.start,
    )
    if (outer?.holders[0]) d.via = outer.holders[0].name
  }
  return out
}
