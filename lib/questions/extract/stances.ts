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
    // "said last month that …", "said in a statement that …": the phrase between the verb
    // and "that" is when or how it was said, never part of what was said.
    re: /\b((?:has |have |had )?(?:said|says|say|saying|insisting|arguing|argued|argues|insisted|insists|warned|warns|claimed|claims|added)(?: on \w+day)?)(?:(?: (?:last|this|earlier|later|in|on|during|at|late|early|yesterday|today)\b[\w ]{0,30}?)? that)? (?=[A-Za-z0-9])/g,
  },
  // "The WHO recommends that …", "The report states that …", "MX Logic reported that …": verbs
  // that report a view only when a "that" clause follows ("the report stated", "states" alone are
  // other things).
  {
    re: /\b((?:has |have |had )?(?:recommend(?:s|ed)?|state[sd]|believe[sd]?|suggest(?:s|ed)?|note[sd]|conclude[sd]|report(?:s|ed)|announce[sd]|admit(?:s|ted)|acknowledge[sd]|stress(?:es|ed)|explain(?:s|ed)|predict(?:s|ed)|estimate[sd]|maintain(?:s|ed)|found|finds) that) (?=[A-Za-z0-9])/g,
  },
  {
    re: /\b((?:has |have |had )?(?:denied|denies|deny|rejected|rejects|opposes|oppose|supports?|welcomed|welcomes|condemned|condemns|criticised|criticized|accused|accuses))\s/g,
  },
  {
    re: /\b((?:has |have |had )?(?:pledged|promised|vowed|agreed|refused|threatened|offered|decided|declined) to)\s/g,
  },
  {
    re: /\b((?:is|are|was|were) (?:demanding|urging|seeking|offering to|planning to|threatening to))\s/g,
  },
  { re: /\b((?:has |have |had )?(?:wants?|wanted|urged|asked|called on) (?=[\w ]{2,40}? to ))/g },
  // "told Dublin District Court that …", "told reporters on Monday that …".
  { re: /\b((?:has |have |had )?told (?:[\w'’-]+ ){1,5}?that) (?=[A-Za-z0-9"])/g },
  // "called the tax "daylight robbery"": a label put on something is a stance on it.
  {
    re: /\b((?:has |have |had )?(?:called|branded|labelled|labeled|dubbed|described)) (?!for\b|on\b|off\b)(?=[^"]{2,40}? (?:as )?"[^"]{2,80}")/g,
  },
  { re: /\b(holds?|held) ([\w’' -]{2,40}?) responsible\b/g, target: true },
]
const CLAUSE_START =
  /\b(?:said|says|say|told \w+)(?: on \w+day)?(?: that)?\s+|[;:]\s+|,\s+(?:while|but|whereas)\s+|\s(?:while|but|whereas)\s+|,\s+|\b(?:with)\s+/g
const CLAUSE_END =
  /,\s+(?!including\b|according\b)[a-z]{3,}ing\s+(?:the|a|an|its|their|his|her|new|fresh|fears?|concerns?|hopes?|questions?|doubts?)\b|,\s+(?:while|but|which|whereas)\b|;|\s+but\s|\s+and\s+(?:has\s+|have\s+)?(?:denied|said|says|rejected|warned|pledged|added|urged|called|vowed|promised|accused|asked|told|criticised|criticized|condemned|welcomed)\b|,\s+(?:\w+\s+){0,4}(?:said|says|say|added)\.?$/

/** What may follow a trailing attribution's verb: a date phrase, then a comma or the end. */
const TRAILING_TAIL =
  /^(?:\s+(?:on|last|this|earlier|late|early|in)\s+[\w ]{2,25}?|\s+(?:yesterday|today))?\s*(?:[,;]|\.?$)/

function subjectBefore(s: SentenceRef, verbAt: number): { text: string; at: number } {
  const head = s.folded.slice(0, verbAt)
  const last = [...head.matchAll(CLAUSE_START)].at(-1)
  const at = last ? (last.index ?? 0) + last[0].length : 0
  // "Wilkins also said", "the minister later told …": an adverb between subject and verb
  // is no part of the subject.
  const text = head
    .slice(at)
    .replace(/^(?:In \w+|On \w+|This \w+|Last \w+),\s*/, '')
    .replace(
      /(\S)\s+(?:also|later|then|once|further|previously|again|already|repeatedly|recently|publicly|separately|earlier|still|has since|had earlier)\s*$/,
      '$1 ',
    )
  return { text, at }
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
    const bare = subj.text.trim()
    // "X called the tax "daylight robbery" and urged …": the second verb shares X.
    if (subj.text.includes('"') && !(previous && /\sand$/.test(bare))) continue
    let holders: Ref[] | null
    const shared = (bare === '' && previous) || /^(?:and|with)$/.test(bare) || /\sand$/.test(bare)
    if (shared) holders = previous
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
    // A long apposition ("Dr Yusuf al-Amin, an epidemiologist at … who was not involved in the
    // study, warned …") leaves its head before the first comma; "The vaccine's maker, Serafin
    // Biologics, said …" names the speaker between the commas.
    if (!holders && bare === '' && /,\s*$/.test(s.folded.slice(0, verbAt))) {
      const head = s.folded.slice(0, verbAt)
      const parts = head.split(',')
      const second = parts[1] ?? ''
      holders =
        resolveSubject(reg, head, s, 0) ??
        resolveSubject(reg, parts[0] ?? '', s, 0) ??
        (parts.length === 3 ? resolveSubject(reg, second, s, (parts[0] ?? '').length + 1) : null)
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
      // A verb that shares the subject before it is its own stance: its span starts at the
      // verb, so it never swallows the first one ("called X "…" and urged …").
      evidence: makeEvidence(s, shared ? verbAt : subj.at, end),
    })
  }
  return out
}

/** "According to Aoife D'Souza, the chief economist at …, prices will rise." */
const LEADING_ACCORDING =
  /^According to ([^,"]{2,80}?)(?:,\s+(?:(?:the|a|an|\p{L}+'s)\s+|(?:which|who)\s+)[^,"]{2,80}?)?,\s+(?!which\b|who\b)([^"]{15,}?)\.?$/u
/**
 * "…, said Jane Roe, the chief executive of Acme." / "…, according to X, a Y at Z.": an
 * inverted attribution, with an optional apposition after the name.
 */
const TRAILING =
  /^(.{20,}?),\s+(?:([^,"]{2,80}?)\s+(said|says|say|added|adds|confirmed|warned)(?:\s+(?:on|last|this|earlier)\s+\w+)?|(?:said|added|according to)\s+([^,"]{2,80}?)(?:,\s+(?:the|a|an|\p{L}+'s)\s+[^,"]{2,80}?)?)(?:,\s+[a-z]{3,}ing\b[^"]*)?\.?$/u

/**
 * Trailing or leading attribution: "…, analysts say." / "…, said Jane Roe of Acme." / "According to X, …".
 * "…, officials announced" is news of a decision, not a position anyone takes, and "called for"
 * (above) is an action reported, not a view held: neither makes a stance.
 */
function trailingDrafts(reg: Registry, s: SentenceRef): Draft[] {
  if (s.folded.trimStart().startsWith('"')) return []
  let subj: string
  let content: string
  let verb = 'said'
  const lead = LEADING_ACCORDING.exec(s.folded)
  const m = lead ? null : TRAILING.exec(s.folded)
  if (lead?.[1] && lead[2]) {
    subj = lead[1]
    const from = s.folded.lastIndexOf(lead[2])
    content = trimClause(s.text.slice(from, from + lead[2].length))
    if (content.split(/\s+/).length < 4 || !hasFiniteVerb(content)) return []
  } else if (m?.[1]) {
    subj = m[2] ?? m[4] ?? ''
    verb = m[3] ?? verb
    content = trimClause(s.text.slice(0, m[1].length))
  } else return []
  const at = lead ? 'According to '.length : s.folded.indexOf(subj, (m?.[1] ?? '').length)
  const holders = resolveSubject(reg, subj, s, at)
  if (!holders) return []
  return [
    {
      type: 'stance',
      holders: holders.map((r) => ({ key: r.key, name: r.name })),
      kind: 'reported',
      verb,
      content,
      evidence: makeEvidence(s, 0, s.text.length),
    },
  ]
}

/**
 * The nearest naming of the first holder at or before this sentence; for a quote the splitter
 * cut in two (“… error. People were robbed …,” said X), the naming right after it.
 */
function holderEvidence(reg: Registry, d: Draft, s: SentenceRef) {
  const key = d.holders[0]?.key
  const all = key ? (reg.byKey.get(key) ?? []) : []
  const opened = d.kind === 'quote' && /^\s*"[^"]*$/.test(s.folded)
  const m = opened
    ? all.find((x) => x.sentence.index === s.index + 1 && x.sentence.paragraph === s.paragraph)
    : all.filter((x) => x.sentence.index <= s.index).at(-1)
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
