/**
 * Adds actors to the registry; people as the article writes their names, with every form
 * that refers to them (the quote-folded spelling, the surname alone).
 */
import type { Actor, ActorKind } from '../facts'
import { findCountry, STOP_CAPS, TITLES } from '../lexicon'
import { analyse } from '../nlp'
import { isGivenName } from '../nlp/given-names'
import { REGIONS, SPEECH_LEMMAS } from '../nlp/words'
import { escapeRegExp, foldQuotes, normaliseName } from '../text'
import type { Evidence } from '../types'
import type { Registry } from './actors'
import { type Context, makeEvidence, type SentenceRef } from './context'
import { personKey, surnameAliases } from './names'

/** A capitalised word that is a post or honorific, never a first name: "Judge", "Striker", "Mr". */
const TITLE_WORD = new RegExp(
  `^(?:${TITLES.join('|')}|mr|mrs|ms|dr|prof|professor|sir|dame|lord|lady)$`,
  'i',
)

export function addActor(
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

/**
 * A name as the article writes it ("Njuguna Ndung’u"): hits are found on quote-folded text,
 * so options and stems would otherwise show a straight apostrophe the article never used.
 * The folded form stays an alias, for matching.
 */
function asWritten(h: { name: string; sentence: SentenceRef; start: number; end: number }) {
  const raw = h.sentence.text.slice(h.start, h.end)
  return foldQuotes(raw) === h.name ? raw : h.name
}

/**
 * "O'Sullivan, 52, pleaded guilty": a surname cued alone is the person the article named in
 * full elsewhere ("… that Ciarán O'Sullivan, who owns …"), when exactly one full name ends in it.
 */
function fullNameFor(ctx: Context, surname: string) {
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}'-])(\\p{Lu}[\\p{L}'-]+)\\s+${escapeRegExp(surname)}(?![\\p{L}\\p{N}'-])`,
    'gu',
  )
  const found = ctx.sentences.flatMap((s) =>
    [...s.folded.matchAll(re)]
      .filter(
        (m) =>
          !STOP_CAPS.has(m[1] ?? '') && !TITLE_WORD.test(m[1] ?? '') && !findCountry(m[1] ?? ''),
      )
      .map((m) => ({
        name: `${m[1]} ${surname}`,
        sentence: s,
        start: m.index ?? 0,
        end: (m.index ?? 0) + m[0].length,
      })),
  )
  return new Set(found.map((f) => f.name)).size === 1 ? found[0] : undefined
}

/** "Governor of Washington Chris Gregoire": the place after "of" belongs to the post, not the name. */
function withoutPlaceOfPost<H extends { name: string; sentence: SentenceRef; start: number }>(
  h: H,
): H {
  const [head = '', ...rest] = h.name.split(' ')
  if (rest.length < 2 || !(REGIONS.has(head) || findCountry(head))) return h
  if (!/\bof\s$/.test(h.sentence.folded.slice(Math.max(0, h.start - 3), h.start))) return h
  return { ...h, name: rest.join(' '), start: h.start + head.length + 1 }
}

/**
 * People the token layer names in full, a given name first, that no post, affiliation or cue registered
 * ("…, according to Kristen Wilkins, assistant professor …"): the registry knows them too, so
 * "Wilkins also said …" and "According to Wilkins, …" have a speaker.
 */
export function registerNamedPeople(ctx: Context, reg: Registry) {
  const registered = (name: string) =>
    [...reg.actors.values()].some((a) => a.kind === 'person' && a.aliases.includes(name))
  const { entities, sentences } = analyse(ctx.doc, ctx)
  for (const e of entities) {
    const first = e.mentions[0]
    // A given name first ("Kristen Wilkins") or a post or honorific ("Prime Minister Narendra
    // Modi", "Mr. Yushchenko"), which the English list of given names cannot know: the token
    // layer's other "people" ("Kataib Hezbollah") would become speakers and options.
    const given = isGivenName(e.name.split(' ')[0] ?? '') || e.titles.length > 0
    // Named again later ("Wilkins also said …"), given a post ("Environment Canada spokeswoman
    // Sujata Raisinghani") or speaking ("Kevin Allton said …"): someone mentioned once in
    // passing ("her husband, the architect James Olander, died in 2015") is no speaker.
    const next = first && sentences[first.sentence]?.tokens[first.last]
    const speaks = !!next && SPEECH_LEMMAS.has(next.lemma.toLowerCase())
    const actor = e.mentions.length >= 2 || e.titles.length > 0 || speaks
    if (e.kind !== 'person' || !e.name.includes(' ') || !given || !actor || !first) continue
    if (registered(e.name)) continue
    const s = ctx.sentences[first.sentence]
    if (!s || foldQuotes(s.text.slice(first.start, first.end)) !== foldQuotes(e.name)) continue
    addActor(reg, personKey(e.name), e.name, 'person', makeEvidence(s, first.start, first.end), [
      foldQuotes(e.name),
      ...surnameAliases(foldQuotes(e.name)),
    ])
  }
}

/**
 * Organisations the token layer names that the cue passes did not ("the security company MX
 * Logic reported that …"): registered under every form the article writes, so a body can be
 * a speaker or an actor too.
 */
export function registerNamedBodies(ctx: Context, reg: Registry) {
  const known = new Set([...reg.actors.values()].flatMap((a) => a.aliases))
  for (const e of analyse(ctx.doc, ctx).entities) {
    const first = e.mentions[0]
    const s = first && ctx.sentences[first.sentence]
    if (e.kind !== 'organisation' || !first || !s) continue
    const forms = [...new Set(e.mentions.map((m) => foldQuotes(m.text)))]
    if (forms.some((f) => known.has(f)) || s.text.slice(first.start, first.end) !== first.text)
      continue
    addActor(
      reg,
      `organisation:${normaliseName(e.name)}`,
      e.name,
      'organisation',
      makeEvidence(s, first.start, first.end),
      forms,
    )
  }
}

export function registerPeople(ctx: Context, reg: Registry) {
  const { roles, affiliations, cued } = reg.people
  const hits = [...roles, ...affiliations, ...cued]
    .map(withoutPlaceOfPost)
    .sort((a, b) => a.sentence.index - b.sentence.index || a.start - b.start)
  type Hit = { name: string; sentence: SentenceRef; start: number; end: number }
  const addPerson = (h: Hit, aliases: string[]) =>
    addActor(
      reg,
      personKey(h.name),
      asWritten(h),
      'person',
      makeEvidence(h.sentence, h.start, h.end),
      aliases,
    )
  // Full names first, so a later single surname ("President Biden") merges into them.
  for (const h of hits.filter((x) => x.name.includes(' ')))
    addPerson(h, [h.name, ...surnameAliases(h.name)])
  // "Ahmed Mohamed" and his father "Mohamed El-Hassan Mohamed": a short form two people share
  // names neither of them.
  const people = [...reg.actors.values()].filter((a) => a.kind === 'person')
  const holders = new Map<string, number>()
  for (const a of people)
    for (const x of new Set(a.aliases)) holders.set(x, (holders.get(x) ?? 0) + 1)
  for (const a of people)
    a.aliases = a.aliases.filter((x) => x === a.name || (holders.get(x) ?? 0) < 2)
  for (const h of hits.filter((x) => !x.name.includes(' '))) {
    const match = [...reg.actors.values()].find(
      (a) => a.kind === 'person' && a.aliases.includes(h.name),
    )
    if (match) continue
    const full = fullNameFor(ctx, h.name)
    if (full) addPerson(full, [full.name, ...surnameAliases(full.name)])
    else addPerson(h, [h.name])
  }
  for (const r of roles) {
    const person = [...reg.actors.values()].find(
      (a) => a.kind === 'person' && a.aliases.includes(r.name),
    )
    if (person) reg.roleIndex.set(r.role.toLowerCase(), person.key)
  }
  void ctx
}
