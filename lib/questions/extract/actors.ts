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
import { analyse } from '../nlp'
import { escapeRegExp, normaliseName } from '../text'
import { type Context, makeEvidence, NAME_TOKEN, type SentenceRef } from './context'
import { findGenders } from './genders'
import { qualifyRoles } from './owners'
import { findPeople } from './people'
import { addActor, registerNamedBodies, registerNamedPeople, registerPeople } from './register'

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
  /** Words the article capitalises mid-sentence ("Discovery", "Congress"): names at a sentence's start too. */
  properWords: Set<string>
}

const CHUNK = new RegExp(
  `(?<![\\p{L}\\p{N}-])${NAME_TOKEN}(?:\\s${NAME_TOKEN})*(?![\\p{L}\\p{N}-])`,
  'gu',
)
const TIME_ZONES = new Set(
  'GMT UTC EST EDT CST CDT MST MDT PST PDT BST CET CEST EET EEST IST JST KST AEST AEDT'.split(' '),
)
const GROUP_CUE = /\b(?:groups?|factions?|militias?|movements?|rebels?|militants?)\b/i

function classifyChunk(chunk: string, s: SentenceRef, at: number): ActorKind | null {
  const tokens = chunk.split(' ')
  const last = tokens.at(-1) ?? ''
  if (ORG_HEADS.has(last) && tokens.length >= 2) return 'organisation'
  // An acronym is a body, but not a Roman numeral ("part XVII") nor a time zone ("15:11 GMT").
  if (
    /^[A-Z]{2,6}$/.test(chunk) &&
    !/^(?:PM|CEO|CFO|MP|TV|AM|PM)$/.test(chunk) &&
    !/^X{0,3}(?:IX|IV|V?I{0,3})$/.test(chunk) &&
    !TIME_ZONES.has(chunk)
  )
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
const THING_BOARDS =
  /\b(?:message|notice|bulletin|circuit|key|dart|diving|surf|skate|snow|sounding|ironing|cutting|chess|drawing|score|switch|dash|card|cardboard)\s+board$/
const ORG_OF = new RegExp(`^\\s+of\\s+(?:the\\s+)?(${NAME_TOKEN}(?:\\s${NAME_TOKEN}){0,3})`, 'u')

function registerLowerOrgs(ctx: Context, reg: Registry) {
  for (const s of ctx.sentences) {
    for (const m of s.folded.matchAll(LOWER_ORG)) {
      const name = m[1] ?? ''
      // "the message board", "a circuit board": a thing, not a body.
      if (THING_BOARDS.test(name)) continue
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
      // "A group of …", "The team …": a sentence-initial function word names nobody.
      if (STOP_CAPS.has(chunk)) continue
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

function properWords(ctx: Context): Set<string> {
  const capitalised = new Set<string>()
  const lower = new Set<string>()
  for (const s of ctx.sentences) {
    for (const m of s.folded.matchAll(/(?<=[\p{L}\p{N},;]\s)[A-Z][\p{L}'’-]+/gu))
      if (!STOP_CAPS.has(m[0])) capitalised.add(m[0])
    for (const m of s.folded.matchAll(/\b[a-z][\p{L}'’-]+/gu)) lower.add(m[0])
  }
  // "ABC News" beside "news of the arrest": a word the article also writes in lower case is common.
  return new Set([...capitalised].filter((w) => !lower.has(w.toLowerCase())))
}

/**
 * "Valeska Paris … Paris claims": a word of a person's name (as the token layer finds people)
 * is theirs, not a capital standing for its country (nor a country's other short form).
 */
function keepPeopleNames(ctx: Context, reg: Registry) {
  const words = new Set(
    analyse(ctx.doc, ctx)
      .entities.filter((e) => e.kind === 'person' && e.name.includes(' '))
      .flatMap((e) => e.name.split(/\s+/)),
  )
  for (const a of reg.actors.values())
    if (a.kind === 'country') a.aliases = a.aliases.filter((x) => x === a.name || !words.has(x))
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
    properWords: properWords(ctx),
  }
  registerPeople(ctx, reg)
  registerNamedPeople(ctx, reg)
  registerNamedThings(ctx, reg)
  registerNamedBodies(ctx, reg)
  keepPeopleNames(ctx, reg)
  indexMentions(ctx, reg)
  qualifyRoles(reg)
  findGenders(ctx, reg)
  return reg
}

export function countryByKey(key: string) {
  return COUNTRIES.find((c) => `country:${normaliseName(c.name)}` === key)
}

/** Display form for options: "the United States" → "United States". */
export function labelOf(actor: Actor): string {
  return actor.kind === 'country' ? actor.name.replace(/^the /, '') : actor.name
}
