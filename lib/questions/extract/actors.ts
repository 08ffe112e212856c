/**
 * The actor registry: people, organisations, groups, countries and unnamed sources,
 * each with the aliases that refer to it (surname alone, capital or metonym → country,
 * "the Iraqi prime minister" → the person holding that post).
 */
import type { Actor, ActorKind } from '../facts'
import {
  COMPANY_HEADS,
  COUNTRIES,
  findCountry,
  findDemonym,
  ORG_HEADS,
  STOP_CAPS,
} from '../lexicon'
import { escapeRegExp, normaliseName } from '../text'
import type { Evidence } from '../types'
import { type Context, makeEvidence, NAME_TOKEN, type SentenceRef } from './context'
import { findPeople, normaliseRole, personKey, surnameAliases } from './people'

export type Mention = { key: string; sentence: SentenceRef; start: number; end: number }
export type Registry = {
  actors: Map<string, Actor>
  /** Lower-case post → person key, for "the Iraqi prime minister". */
  roleIndex: Map<string, string>
  mentions: Mention[]
  /** Mentions per sentence index and per actor key, for lookups that stay linear. */
  bySentence: Map<number, Mention[]>
  byKey: Map<string, Mention[]>
  people: ReturnType<typeof findPeople>
  /** Person key → grammatical gender, where the article shows it (honorific, he/she with the name). */
  genders: Map<string, 'm' | 'f'>
}

const CHUNK = new RegExp(
  `(?<![\\p{L}\\p{N}-])${NAME_TOKEN}(?:\\s${NAME_TOKEN})*(?![\\p{L}\\p{N}-])`,
  'gu',
)
const GROUP_CUE = /\b(?:groups?|factions?|militias?|movements?|rebels?|militants?)\b/i

function addActor(
  reg: Registry,
  key: string,
  name: string,
  kind: ActorKind,
  ev: Evidence,
  aliases: string[] = [],
) {
  const existing = reg.actors.get(key)
  if (existing) {
    for (const a of aliases) if (!existing.aliases.includes(a)) existing.aliases.push(a)
    return existing
  }
  const actor: Actor = { key, name, kind, aliases: [...new Set([name, ...aliases])], evidence: ev }
  reg.actors.set(key, actor)
  return actor
}

function registerPeople(ctx: Context, reg: Registry) {
  const { roles, affiliations, cued } = reg.people
  const hits = [...roles, ...affiliations, ...cued].sort(
    (a, b) => a.sentence.index - b.sentence.index || a.start - b.start,
  )
  // Full names first, so a later single surname ("President Biden") merges into them.
  for (const h of hits.filter((x) => x.name.includes(' '))) {
    addActor(
      reg,
      personKey(h.name),
      h.name,
      'person',
      makeEvidence(h.sentence, h.start, h.end),
      surnameAliases(h.name),
    )
  }
  for (const h of hits.filter((x) => !x.name.includes(' '))) {
    const match = [...reg.actors.values()].find(
      (a) => a.kind === 'person' && a.aliases.includes(h.name),
    )
    if (!match)
      addActor(reg, personKey(h.name), h.name, 'person', makeEvidence(h.sentence, h.start, h.end))
  }
  for (const r of roles) {
    const person = [...reg.actors.values()].find(
      (a) => a.kind === 'person' && a.aliases.includes(r.name),
    )
    if (person) reg.roleIndex.set(r.role.toLowerCase(), person.key)
  }
  void ctx
}

function classifyChunk(chunk: string, s: SentenceRef, at: number): ActorKind | null {
  const tokens = chunk.split(' ')
  const last = tokens.at(-1) ?? ''
  if (ORG_HEADS.has(last) && tokens.length >= 2) return 'organisation'
  if (/^[A-Z]{2,6}$/.test(chunk) && !/^(?:PM|CEO|CFO|MP|TV|AM|PM)$/.test(chunk))
    return 'organisation'
  const before = s.folded.slice(Math.max(0, at - 60), at)
  const after = s.folded.slice(at + chunk.length, at + chunk.length + 30)
  if (/\b(?:including|such as|like|and)\s+$/.test(before) && GROUP_CUE.test(s.folded))
    return 'group'
  if (/^\s+(?:group|militia|movement|rebels|faction)\b/.test(after)) return 'group'
  return null
}

/** "the finance ministry", "the Swiss environment ministry": organisations written in lower case. */
const LOWER_ORG =
  /\b[Tt]he\s+((?:[A-Z][a-z]+\s+)?(?!(?:new|same|previous|current|other|whole|entire|own|first|last|next|top|main|full|two|three)\s)(?:[a-z]+\s+){1,2}(?:ministry|department|council|agency|regulator|commission|committee|authority|inspectorate|watchdog|board))\b/g
const ORG_OF = new RegExp(`^\\s+of\\s+(?:the\\s+)?(${NAME_TOKEN}(?:\\s${NAME_TOKEN}){0,3})`, 'u')

function registerLowerOrgs(ctx: Context, reg: Registry) {
  for (const s of ctx.sentences) {
    for (const m of s.folded.matchAll(LOWER_ORG)) {
      const name = m[1] ?? ''
      const first = name.split(' ')[0] ?? ''
      const at = (m.index ?? 0) + m[0].length - name.length
      const short = /^[A-Z]/.test(first) ? name.slice(first.length + 1) : ''
      addActor(
        reg,
        `organisation:${normaliseName(name)}`,
        name,
        'organisation',
        makeEvidence(s, at, at + name.length),
        short ? [short] : [],
      )
    }
  }
}

function registerNamedThings(ctx: Context, reg: Registry) {
  registerLowerOrgs(ctx, reg)
  for (const o of reg.people.orgs) {
    if ([...reg.actors.values()].some((a) => a.aliases.includes(o.name))) continue
    addActor(
      reg,
      `organisation:${normaliseName(o.name)}`,
      o.name,
      'organisation',
      makeEvidence(o.sentence, o.start, o.end),
    )
  }
  for (const s of ctx.sentences) {
    for (const m of s.folded.matchAll(CHUNK)) {
      let chunk = m[0]
      let at = m.index ?? 0
      // "Institute of Technology", "University of Turin", "Bank of England": one organisation.
      const of = ORG_HEADS.has(chunk.split(' ').at(-1) ?? '')
        ? ORG_OF.exec(s.folded.slice(at + chunk.length))
        : null
      if (of?.[0] && of[1]) chunk = `${chunk}${of[0]}`.replace(/\s+of\s+the\s+/, ' of the ')
      while (chunk.includes(' ') && STOP_CAPS.has(chunk.split(' ')[0] ?? '')) {
        const cut = chunk.indexOf(' ') + 1
        chunk = chunk.slice(cut)
        at += cut
      }
      const country = findCountry(chunk)
      if (country) {
        const key = `country:${normaliseName(country.name)}`
        addActor(
          reg,
          key,
          country.name,
          'country',
          makeEvidence(s, at, at + chunk.length),
          country.aliases,
        )
        continue
      }
      const kind = of ? 'organisation' : classifyChunk(chunk, s, at)
      if (!kind) continue
      const ev = makeEvidence(s, at, at + chunk.length)
      const key = `${kind}:${normaliseName(chunk)}`
      if ([...reg.actors.values()].some((a) => a.aliases.includes(chunk))) continue
      const tokens = chunk.split(' ')
      const short = tokens.slice(0, -1).join(' ')
      const alias =
        kind === 'organisation' &&
        COMPANY_HEADS.has(tokens.at(-1) ?? '') &&
        short &&
        !findDemonym(short) &&
        !findCountry(short)
      addActor(reg, key, chunk, kind, ev, alias ? [short] : [])
    }
  }
}

/** Finds every alias occurrence, longest alias first, without overlaps. */
function indexMentions(ctx: Context, reg: Registry) {
  const forms: { form: string; key: string }[] = []
  for (const a of reg.actors.values())
    for (const f of a.aliases) forms.push({ form: f, key: a.key })
  forms.sort((a, b) => b.form.length - a.form.length)
  const patterns = forms.map((f) => ({
    ...f,
    re: new RegExp(
      `(?<![\\p{L}\\p{N}-])${escapeRegExp(f.form)}(?![\\p{L}\\p{N}]|-[\\p{Ll}])`,
      'gu',
    ),
  }))
  for (const s of ctx.sentences) {
    const taken: [number, number][] = []
    for (const p of patterns) {
      if (!s.folded.includes(p.form)) continue
      for (const m of s.folded.matchAll(p.re)) {
        const start = m.index ?? 0
        const end = start + p.form.length
        if (taken.some(([a, b]) => start < b && end > a)) continue
        taken.push([start, end])
        reg.mentions.push({ key: p.key, sentence: s, start, end })
      }
    }
  }
  reg.mentions.sort((a, b) => a.sentence.index - b.sentence.index || a.start - b.start)
  for (const m of reg.mentions) {
    reg.bySentence.set(m.sentence.index, [...(reg.bySentence.get(m.sentence.index) ?? []), m])
    reg.byKey.set(m.key, [...(reg.byKey.get(m.key) ?? []), m])
  }
}

export function buildRegistry(ctx: Context): Registry {
  const reg: Registry = {
    actors: new Map(),
    roleIndex: new Map(),
    mentions: [],
    bySentence: new Map(),
    byKey: new Map(),
    people: findPeople(ctx),
    genders: new Map(),
  }
  registerPeople(ctx, reg)
  registerNamedThings(ctx, reg)
  indexMentions(ctx, reg)
  qualifyRoles(reg)
  findGenders(ctx, reg)
  return reg
}

/** The last organisation named at or before this point, in this or the two sentences before. */
function lastOrgBefore(reg: Registry, sentence: number, at: number) {
  const near = [2, 1, 0].flatMap((d) => reg.bySentence.get(sentence - d) ?? [])
  return near
    .filter(
      (m) =>
        (m.sentence.index < sentence || m.end <= at) &&
        reg.actors.get(m.key)?.kind === 'organisation',
    )
    .at(-1)
}

/**
 * "Its chief executive, Tom Hadley," → "Calder Metro chief executive" (the organisation just
 * named); "Union regional secretary" → "Transport Workers Union regional secretary" when the
 * article named that union earlier. Without an owner, the post stays as written.
 */
function qualifyRoles(reg: Registry) {
  const orgs = [...reg.actors.values()].filter((a) => a.kind === 'organisation')
  for (const r of reg.people.roles) {
    const before = r.role
    if (r.owner === 'its') {
      const m = lastOrgBefore(reg, r.sentence.index, r.roleEvidence.start)
      const org = m && reg.actors.get(m.key)
      if (org) r.role = normaliseRole(`${r.role.toLowerCase()} of ${org.name}`)
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

/** "Hadley said he would", "Okonjo told reporters she", "Moss and her team": the pronoun right after the name. */
const PRONOUN_AFTER =
  /^(?:\s+(?:\w+\s+){0,2}?(?:said|says|told \w+|added|argued|insisted|warned|confirmed|announced|stressed)(?:\s+that)?\s+(he|she)\b|(?:\s+\w+){0,2}?\s+(his|her)\s+(?:own\s+)?\w)/i

/**
 * Gender only where the article shows it: an honorific (Mr; Mrs, Ms, Miss), a gendered post
 * (spokesman, chairwoman), or he/she/his/her right after a name in a sentence that names no
 * one else ("Hadley said he would attend"). Conflicting signs leave it unknown.
 */
function findGenders(ctx: Context, reg: Registry) {
  const signs = new Map<string, Set<'m' | 'f'>>()
  const add = (key: string, g: 'm' | 'f') => signs.set(key, (signs.get(key) ?? new Set()).add(g))
  for (const s of ctx.sentences) {
    const people = (reg.bySentence.get(s.index) ?? []).filter(
      (m) => reg.actors.get(m.key)?.kind === 'person',
    )
    for (const m of people) {
      const before = s.folded.slice(Math.max(0, m.start - 5), m.start)
      if (/\bMr\.?\s$/.test(before)) add(m.key, 'm')
      else if (/\b(?:Mrs|Ms|Miss)\.?\s$/.test(before)) add(m.key, 'f')
    }
    if (new Set(people.map((m) => m.key)).size !== 1) continue
    for (const m of people) {
      const p = PRONOUN_AFTER.exec(s.folded.slice(m.end, m.end + 60))
      const w = (p?.[1] ?? p?.[2] ?? '').toLowerCase()
      if (w) add(m.key, w === 'he' || w === 'his' ? 'm' : 'f')
    }
  }
  for (const r of reg.people.roles) {
    const key = personKey(r.name)
    if (/\b(?:spokesman|chairman)\b/i.test(r.role)) add(key, 'm')
    if (/\b(?:spokeswoman|chairwoman)\b/i.test(r.role)) add(key, 'f')
  }
  for (const [key, set] of signs) {
    const [g] = [...set]
    if (set.size === 1 && g && reg.actors.has(key)) reg.genders.set(key, g)
  }
}

export function countryByKey(key: string) {
  return COUNTRIES.find((c) => `country:${normaliseName(c.name)}` === key)
}

/** Display form for options: "the United States" → "United States". */
export function labelOf(actor: Actor): string {
  return actor.kind === 'country' ? actor.name.replace(/^the /, '') : actor.name
}
