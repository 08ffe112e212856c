/**
 * Sentences no other question asks about: a named person, organisation or place in
 * them is blanked, with options of the same kind and form (surnames beside a surname,
 * countries of the same subregion beside a country), so a short article still gets a
 * question from each sentence that names someone — never two from one sentence.
 */
import { type Candidate, pickDistractors } from '../distractors'
import { shortHash } from '../hash'
import { PORTFOLIOS } from '../lexicon'
import type { AnnotatedSentence } from '../nlp/annotate'
import type { Entity, EntityMention } from '../nlp/entities'
import { givenNameGender } from '../nlp/given-names'
import { hasPeers, peerOrganisations, sameKindOfBody, samePeerGroup } from '../nlp/organisations'
import {
  findCountryByDemonym,
  findCountryByName,
  isCapitalCity,
  isProvince,
  neighbourCapitals,
  neighbourCountries,
  neighbourPlaces,
  placeSort,
} from '../nlp/places'
import { ROLE_NOUNS } from '../nlp/words'
import { escapeRegExp, findPhrase, insideQuote } from '../text'
import { balancedPair, type TruthBalance } from './alternatives'
import { type Built, makeCloze } from './common'
import { type BuildContext, explain } from './context'
import { connectiveLength, fromToken, negationStatement, opensOnPointer } from './negation'
import { peerRank } from './peers'
import { pronounsIn } from './phrasing'
import { famousPostBefore } from './posts'

const KIND_ORDER: Entity['kind'][] = ['person', 'organisation', 'place']

/** The mention's own form: a surname alone is matched by other surnames. */
function formOf(e: Entity, mention: EntityMention): (other: Entity) => string {
  const words = mention.text.split(' ').length
  if (e.kind === 'person' && words === 1) return (o) => o.name.split(' ').at(-1) ?? o.name
  return (o) => o.name
}

/**
 * A name whose neighbours say what kind of thing it is, which the options cannot all be: a
 * noun after it ("the M5S party", "the Warhol exhibit"), a class noun before it that is no
 * post ("the secularist magazine _____"), or a name glued to other text ("LOx/LH<sub>2</sub>").
 */
function classed(s: AnnotatedSentence, m: EntityMention): boolean {
  const text = s.ref.text
  if (/[^\s,.;:!?)'’"”—–-]/.test(text.charAt(m.end) || ' ')) return true
  if (/[^\s(‘“"'—–-]/.test(text.charAt(m.start - 1) || ' ')) return true
  if (hyphenated(text, m)) return true
  const after = s.tokens[m.last]
  const before = s.tokens[m.first - 1]
  if (after?.pos === 'NOUN' && /^\p{Ll}/u.test(after.text)) return true
  return before?.pos === 'NOUN' && /^\p{Ll}/u.test(before.text) && !ROLE_NOUNS.has(before.lower)
}

/** "Council on American - Islamic Relations", "Anglo-French": a name joined by a hyphen is half of one. */
function hyphenated(text: string, m: { start: number; end: number }): boolean {
  return (
    /-\s?$/.test(text.slice(Math.max(0, m.start - 2), m.start)) ||
    /^\s?-/.test(text.slice(m.end, m.end + 2))
  )
}

/** "Sudan, Iran, Libya, and Yemen": a name that is one of a list. */
function listed(text: string, name: string): boolean {
  const n = escapeRegExp(name)
  return new RegExp(
    `(?:,\\s*|\\b(?:and|or)\\s+)${n}(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])${n}(?:\\s*,|\\s+(?:and|or)\\b)`,
    'u',
  ).test(text)
}

function optionsFor(
  ctx: BuildContext,
  e: Entity,
  mention: EntityMention,
  sentence: string,
  count = 3,
): string[] {
  const country = e.kind === 'place' && !!findCountryByName(e.name)
  // "Governor of _____", "the state of _____": a state beside states. A capital elsewhere is
  // its government ("talks with Washington"): a capital beside capitals, never a state or a zone.
  const before = sentence.slice(0, mention.start)
  const province = e.kind === 'place' && /\b(?:governor|state|province)\s+of\s+$/i.test(before)
  const capital = e.kind === 'place' && !province && isCapitalCity(e.name)
  const form = formOf(e, mention)
  // What the sentences beside it list with the answer ("teams from Sudan, Iran, Libya and Yemen,
  // which are covered"; "Syria and all refugees are covered") could be the answer too.
  const beside = ctx.neighbours(mention.sentenceId)
  const others = ctx.entities
    .filter((o) => o.key !== e.key && o.kind === e.kind)
    // Half of a hyphenated name ("Islamic Relations") is no name to offer.
    .filter((o) => o.mentions.some((x) => !hyphenated(ctx.sentence(x.sentenceId), x)))
    .filter((o) => e.kind !== 'place' || placeSort(o.name) === placeSort(e.name))
    .filter((o) => (!capital || isCapitalCity(o.name)) && (!province || isProvince(o.name)))
    // "Brasil" beside "Brazil": one country under two spellings is no wrong answer.
    .filter((o) => !country || findCountryByName(o.name)?.name !== findCountryByName(e.name)?.name)
    .filter((o) => !sentence.includes(o.name) && !sentence.includes(form(o)))
    .filter((o) => !beside.some((t) => listed(t, o.name) || listed(t, form(o))))
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
    .map((o) => ({ text: form(o) }))
  // Cities and provinces are asked against others of the same country ("Aceh": Papua, Bali).
  const near = (
    country
      ? neighbourCountries(e.name)
      : capital
        ? neighbourCapitals(e.name)
        : e.kind === 'place'
          ? neighbourPlaces(e.name, province ? 'province' : undefined)
          : []
  )
    .filter((n) => !sentence.includes(n) && !beside.some((t) => listed(t, n)))
    .map((text) => ({ text }))
  const banned = e.mentions.map((m) => m.text)
  // "… issuing her support to Mohamed": a person of the other gender reads wrong in the slot.
  if (e.kind === 'person') {
    // A pronoun the answer's own gender rules out is about someone else ("the board appointed
    // Victor Hale in her place"): then it says nothing of the options.
    const said = pronounGender(sentence.slice(mention.end))
    const own = genderOf(ctx, e.name)
    const gender = own && said !== own ? null : said
    const fits = (o: { text: string }) => {
      const g = genderOf(ctx, o.text)
      return !gender || !g || g === gender
    }
    // "… said Mohamed wishes": an option of that surname might be the one the sentence names
    // (a surname inside another full name, "Tanya Chan", is someone else's).
    const rest = `${sentence.slice(0, mention.start)} ${sentence.slice(mention.end)}`
    const surnamed = (o: { text: string }) =>
      new RegExp(
        `(?<!\\p{Lu}[\\p{L}'’-]*\\s)(?<![\\p{L}\\p{N}])${escapeRegExp(o.text.split(' ').at(-1) ?? '')}(?![\\p{L}\\p{N}])`,
        'u',
      ).test(rest)
    const peers = others
      .filter((o) => fits(o) && !surnamed(o))
      .map((o) => ({ ...o, rank: peerRank(ctx, e.name, o.text) }))
    return pickDistractors(mention.text, banned, peers, count)
  }
  // An outlet beside outlets, a platform beside platforms: the article's own of the answer's
  // group first, then its peers ("from _____": YouTube, MySpace, Flickr — not BBC News).
  if (e.kind === 'organisation' && hasPeers(mention.text)) {
    const peers = peerOrganisations(mention.text, {
      afterThe: /\bthe\s$/i.test(sentence.slice(0, mention.start)),
      year: Number(ctx.doc.meta.publishedAt.slice(0, 4)),
      articleText: ctx.doc.body,
    })
    const kindred = others.filter((o) => samePeerGroup(mention.text, o.text))
    const picks = topUp(
      mention.text,
      banned,
      kindred,
      peers.map((text) => ({ text })),
      count,
    )
    if (picks.length) return picks
  }
  // Otherwise bodies of one kind only: a team beside teams, a department beside departments.
  const alike =
    e.kind === 'organisation' ? others.filter((o) => sameKindOfBody(mention.text, o.text)) : others
  // A capital beside the article's own capitals first ("talks with _____": Tehran, Baghdad).
  if (capital) return topUp(mention.text, banned, alike, near.slice(0, 6), count)
  return pickDistractors(mention.text, banned, [...alike, ...near.slice(0, 6)], count)
}

/** The gender the pronouns after a name give it ("… her support"), or null for none or both. */
function pronounGender(after: string): 'm' | 'f' | null {
  const { male, female } = pronounsIn(after)
  return male === female ? null : male ? 'm' : 'f'
}

/**
 * The gender the article shows for a person named so (honorific, he/she with the name), else
 * the one their given name tells ("Elizabeth Quat"), else undefined.
 */
function genderOf(ctx: BuildContext, name: string): 'm' | 'f' | undefined {
  for (const a of ctx.registry.actors.values())
    if (a.kind === 'person' && (a.name === name || a.aliases.includes(name))) {
      const shown = ctx.registry.genders.get(a.key)
      if (shown) return shown
    }
  const first = name.split(' ')
  return (first.length > 1 && givenNameGender(first[0] ?? '')) || undefined
}

/** As many options as the first candidates give, the rest from the second. */
function topUp(
  answer: string,
  banned: string[],
  first: Candidate[],
  more: Candidate[],
  count: number,
): string[] {
  for (let k = Math.min(count, first.length); k >= 0; k--) {
    const own = k ? pickDistractors(answer, banned, first, k) : []
    if (k && !own.length) continue
    const rest = pickDistractors(answer, [...banned, ...own], more, count - k)
    if (own.length + rest.length === count) return [...own, ...rest]
  }
  return []
}

/** Portfolios of a government post: "Minister of Agriculture" is asked against other ministries. */
const POST_OF = new RegExp(
  `\\b(?:Minister|Ministry|Secretary|Department|Minister-designate) (?:of|for) (?:the )?(${PORTFOLIOS.join('|')})\\b`,
)
const POST_BEFORE = new RegExp(
  `\\b(${PORTFOLIOS.join('|')}) (?:Minister|Ministry|Secretary|Department)\\b`,
)

/** "… by the country's Minister of _____, Mr. Mundia Sikatana": the portfolio, against others. */
function portfolioQuestion(ctx: BuildContext, id: string, text: string): Built | null {
  const m = POST_OF.exec(text) ?? POST_BEFORE.exec(text)
  const word = m?.[1]
  if (!m || !word) return null
  const start = (m.index ?? 0) + m[0].indexOf(word)
  const others = PORTFOLIOS.filter((p) => p !== word && !text.includes(p))
  const picks = pickDistractors(
    word,
    [],
    others.map((text) => ({ text })),
  )
  if (picks.length < 3) return null
  const evidence = { sentenceId: id, start, end: start + word.length }
  return makeCloze(
    {
      category: 'position',
      prompt: 'Complete the sentence from the article.',
      explanation: explain(ctx, [evidence]),
      evidence: [evidence],
      quality: 0.6,
      factIds: [shortHash('gap-post', id, String(start))],
    },
    text.slice(0, start),
    text.slice(start + word.length),
    word,
    picks,
    [],
  )
}

/**
 * Another name of the article for a swapped statement, of the answer's own kind and form: for
 * people only those named in full (a given name and a surname), so a place or a company read
 * as a surname never lands in a person's slot; an organisation of the same kind of body ("MX
 * Logic" for "Sophos", never a ministry for a team); a place of the same sort (a country for a
 * country). Never one the sentence or those beside it list, which could be true as well.
 */
function swapOf(ctx: BuildContext, e: Entity, m: EntityMention, text: string): string | undefined {
  const full = (x: Entity) => x.kind === 'person' && x.name.split(' ').length >= 2
  if (e.kind === 'person' && !full(e)) return undefined
  const country = (x: Entity) => !!findCountryByName(x.name)
  const fits = (o: Entity) =>
    o.kind === e.kind &&
    (e.kind === 'person'
      ? full(o) && o.mentions.length > 1
      : e.kind === 'organisation'
        ? sameKindOfBody(m.text, o.name)
        : placeSort(o.name) === placeSort(e.name) && country(o) === country(e))
  const form = formOf(e, m)
  const beside = ctx.neighbours(m.sentenceId)
  return ctx.entities
    .filter((o) => o.key !== e.key && fits(o))
    .filter((o) => !beside.some((t) => listed(t, o.name) || listed(t, form(o))))
    .map(form)
    .find((name) => !text.includes(name) && !e.mentions.some((x) => x.text === name))
}

/**
 * Too few names of the kind for a blank: the sentence as a statement, true as written or made
 * false by one of the names there are ("Ridge thanked …" → "Thompson thanked …"), on the side
 * the pool has fewer of.
 */
function swapStatement(
  ctx: BuildContext,
  s: AnnotatedSentence,
  e: Entity,
  m: EntityMention,
  swap: string,
  balance: TruthBalance,
): Built | null {
  const id = s.ref.id
  const text = s.ref.text
  if (text.split(' ').length > 32 || !/[.!]$/.test(text)) return null
  // "However, …" is said without its link to the sentence before; "It …", "They …" name no one.
  const lead = connectiveLength(s)
  const cut = (t: string) => fromToken(s, lead, t)
  // "from Taipei Main or Shandao Station": one of a list swapped can still be half true.
  if (opensOnPointer(cut(text)) || listed(text, m.text)) return null
  const evidence = { sentenceId: id, start: m.start, end: m.end }
  return balancedPair(
    {
      category: e.kind === 'place' ? 'place' : 'actor',
      prompt: 'True or false?',
      explanation: explain(ctx, [evidence]),
      evidence: [evidence],
      quality: 0.55,
      factIds: [shortHash('gap-swap', id, String(m.start))],
    },
    cut(text),
    cut(`${text.slice(0, m.start)}${swap}${text.slice(m.end)}`),
    balance,
    ` It was ${m.text}, not ${swap}.`,
  )
}

export function buildGapQuestions(
  ctx: BuildContext,
  sentences: AnnotatedSentence[],
  /** Sentence id → what the other questions on that sentence already show or ask (lower case). */
  asked: Map<string, string>,
  balance: TruthBalance,
): Built[] {
  const bySentence = new Map<string, { e: Entity; m: EntityMention }[]>()
  for (const e of ctx.entities)
    for (const m of e.mentions)
      bySentence.set(m.sentenceId, [...(bySentence.get(m.sentenceId) ?? []), { e, m }])
  const out: Built[] = []
  // What the story is about (named in its title, or named most) is no blank: a reader fills it
  // in from the headline ("They were denied visas to enter the _____", "the _____ exhibit").
  const title = ctx.doc.meta.title
  const most = Math.max(0, ...ctx.entities.map((e) => e.mentions.length))
  // "Zambian government launches …": a country the headline names by its demonym is named too.
  const titleCountries = new Set(
    title.split(/[^\p{L}-]+/u).flatMap((w) => findCountryByDemonym(w)?.name ?? []),
  )
  const topic = new Set(
    ctx.entities
      .filter(
        (e) =>
          (most >= 4 && e.mentions.length === most) ||
          e.mentions.some((m) => findPhrase(title, m.text) >= 0) ||
          titleCountries.has(findCountryByName(e.name)?.name ?? ''),
      )
      .map((e) => e.key),
  )
  // How each entity is written, lower-cased, each form once: a long article repeats them.
  const forms = new Map(
    ctx.entities.map((e) => [e, [...new Set(e.mentions.map((x) => x.text.toLowerCase()))]]),
  )
  for (const s of sentences) {
    const id = s.ref.id
    if (s.tokens.length > 40 || s.tokens.length < 6) continue
    // A sentence another question asks about is blanked only at a name that question does not
    // show or ask for: another fact of the sentence, never the same one twice.
    const shown = asked.get(id)
    const fresh = (e: Entity) => !shown || !(forms.get(e) ?? []).some((f) => shown.includes(f))
    const text = s.ref.text
    if (/^[“"‘]/.test(text) || text.endsWith('?')) continue
    // A speaker's words are not blanked (see insideQuote).
    const quoted = (m: EntityMention) => insideQuote(text, m.start, m.end)
    const mentions = (bySentence.get(id) ?? [])
      .filter(
        ({ e, m }) =>
          fresh(e) &&
          !topic.has(e.key) &&
          !quoted(m) &&
          !classed(s, m) &&
          !(e.kind === 'person' && famousPostBefore(text.slice(0, m.start))) &&
          text.indexOf(m.text) === text.lastIndexOf(m.text),
      )
      .sort(
        (a, b) =>
          KIND_ORDER.indexOf(a.e.kind) - KIND_ORDER.indexOf(b.e.kind) || a.m.start - b.m.start,
      )
    const post = shown ? null : portfolioQuestion(ctx, id, text)
    if (post) {
      out.push(post)
      continue
    }
    let statement: Built | null = null
    let blanked = false
    for (const { e, m } of mentions) {
      const picks = optionsFor(ctx, e, m, text)
      if (picks.length < 3) {
        const swap = swapOf(ctx, e, m, text)
        if (!statement && swap) statement = swapStatement(ctx, s, e, m, swap, balance)
        continue
      }
      statement = null
      blanked = true
      const evidence = { sentenceId: id, start: m.start, end: m.end }
      out.push(
        makeCloze(
          {
            category: e.kind === 'place' ? 'place' : 'actor',
            prompt: 'Complete the sentence from the article.',
            explanation: explain(ctx, [evidence]),
            evidence: [evidence],
            quality: 0.6,
            factIds: [shortHash('gap', id, String(m.start))],
          },
          text.slice(0, m.start),
          text.slice(m.end),
          m.text,
          picks,
          e.mentions.map((x) => x.text),
        ),
      )
      break
    }
    // A sentence that nothing else asks: true as written, or denied.
    if (!statement && !blanked && !shown) statement = negationStatement(ctx, s, balance)
    if (statement) out.push(statement)
  }
  return out
}
