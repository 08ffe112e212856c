/**
 * Capitalised runs that name no person, organisation or place: works and products after
 * their noun ("the novel Angel Catbird"), titles in quotation marks ("a robot named
 * “Better Idea”"), operations and storms, events run into their country ("Fan Expo
 * Canada"), proper adjectives before a noun ("the Conservative government"), peoples and
 * faiths in the plural, Roman numerals, post-nominal letters and acronyms of measures;
 * and brand names the article counts like things ("100 Polaroids", "the Polaroid camera").
 */
import { type AnnotatedSentence, isCommonPlural, type Token } from '../annotate'
import { isGivenName } from '../given-names'
import { findCountryByDemonym, findCountryByName, isCity } from '../places'
import { EVENT_FIRST, EVENT_HEADS, REGIONS, ROLE_NOUNS, TITLE_WORDS, WORK_NOUNS } from '../words'
import type { Run } from './types'

/** Acronyms that abbreviate a measure, a post or a letter after a name, not a body. */
const NOT_BODIES = new Set(
  'IQ GDP GNP DNA RNA HIV AIDS TV PC CEO CFO COO GPS UV VIP ID QC KC SC OBE MBE CBE KBE PhD MD BSc MSc MBA'.split(
    ' ',
  ),
)

/** Peoples and faiths in the plural: groups, never one named actor. */
const PEOPLES =
  /^(Muslims|Christians|Jews|Hindus|Buddhists|Sikhs|Catholics|Protestants|Arabs|Kurds|Shias|Sunnis|Shiites|Evangelicals|Mormons|Scientologists|Democrats|Republicans|Conservatives|Liberals|Socialists|Communists)$/

const CRAFT = new Set(
  'Shuttle Shuttles Orbiter Orbiters Rover Spacecraft Telescope Capsule Lander'.split(' '),
)

const ROMAN = /^(?=[MDCLXVI]{2,}$)M*(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/

const OPEN_QUOTES = new Set(['“', '"', '‘', "'"])
const CLOSE_QUOTES = new Set(['”', '"', '’', "'"])

const isUpperText = (t: string) => /^\p{Lu}/u.test(t)

/** True when tokens [a, b) of the sentence are not the name of an actor or a place. */
export function isNonActor(
  s: AnnotatedSentence,
  a: number,
  b: number,
  lower: Set<string>,
): boolean {
  const toks = s.tokens
  const tokens = toks.slice(a, b)
  const first = tokens[0] as Token
  const lastTok = tokens.at(-1) as Token
  const before = toks[a - 1]
  const after = toks[b]
  if (tokens.length === 1 && (NOT_BODIES.has(first.text) || ROMAN.test(first.text))) return true
  if (tokens.length === 1 && PEOPLES.test(first.text)) return true
  // "South Korean Presidents", "Brazilian Ministers": holders of a post in the plural, named
  // only by their country, are a group of people, not a name.
  const singular = lastTok.text.replace(/e?s$/, '')
  const owner = tokens
    .slice(0, -1)
    .map((t) => t.text)
    .join(' ')
  if (
    tokens.length >= 2 &&
    lastTok.text !== singular &&
    (TITLE_WORDS.has(singular) || TITLE_WORDS.has(lastTok.text.slice(0, -1))) &&
    (!!findCountryByDemonym(owner) || !!findCountryByName(owner))
  )
    return true
  // "Scientology-critic", "Polaroid-room": a name joined to a common noun is a compound word.
  const hyphen = tokens.at(-2)
  if (
    hyphen?.text === '-' &&
    !lastTok.spaced &&
    /^\p{Ll}+$/u.test(lastTok.text) &&
    (lower.has(lastTok.lower) || ROLE_NOUNS.has(lastTok.lower))
  )
    return true
  // "Islamophobia", "Thatcherism": an idea, not an actor.
  if (tokens.length === 1 && /\p{Ll}(?:ism|isms|phobia)$/u.test(first.text)) return true
  // "the National Iodine Nutrition study", "the Smith report": the name of a document.
  if (after && /^(study|report|survey|review|inquiry|index)$/.test(after.text)) return true
  // "Counter-Strike: Global Offensive": the subtitle of a work.
  if (before?.text === ':' && /^\p{Lu}/u.test(toks[a - 2]?.text ?? '') && !before.spaced)
    return true
  // "Man of the Match", "Player of the Year": the tail of a prize's name.
  if (
    toks[a - 1]?.lower === 'the' &&
    toks[a - 2]?.lower === 'of' &&
    /^(Man|Woman|Player|Goal|Manager|Team)$/.test(toks[a - 3]?.text ?? '')
  )
    return true
  // "Space Shuttle Columbia", "Hubble Space Telescope": craft and instruments.
  if (tokens.some((t) => CRAFT.has(t.text))) return true
  // "the European team", "Brazilian fans": a proper adjective before a noun.
  if (
    tokens.length === 1 &&
    /(?:ian|ean)$/.test(first.text) &&
    after?.pos === 'NOUN' &&
    /^\p{Ll}/u.test(after.text)
  )
    return true
  // "the graphic novel Angel Catbird", "the ship Freewinds", "Hurricane Ida", "Operation Clambake".
  // The noun must be one ("the show X", "her novel X"): in "Results show Viktor Yushchenko
  // leading" it is the verb the tagger misread after a capitalised first word.
  // "Unofficial results show Viktor Yushchenko", "polls show …": after a plural subject the
  // noun is a verb.
  const ante = toks[a - 2]
  const plural = ante?.pos === 'NOUN' && /s$/.test(ante.text) && isCommonPlural(ante.text)
  // "the TV show Blue Harbour", "her BBC show X": a name before the noun after a determiner.
  const named = ante?.pos === 'PROPN' && /^(?:DET|PRON)$/.test(toks[a - 3]?.pos ?? '')
  const determined = (/^(?:DET|PRON|ADJ|NOUN|NUM)$/.test(ante?.pos ?? '') && !plural) || named
  if (before && !isUpperText(before.text) && WORK_NOUNS.has(before.lower) && determined) return true
  if (EVENT_FIRST.has(first.text) && tokens.length >= 2) return true
  // "Fan Expo Canada", "Tech Week London": an event head followed only by where it is held.
  const head = tokens.findIndex((t, i) => i > 0 && EVENT_HEADS.has(t.text))
  if (head > 0 && head < tokens.length - 1) {
    const rest = s.ref.text.slice(toks[a + head + 1]?.start, lastTok.end)
    if (findCountryByName(rest) || REGIONS.has(rest) || isCity(rest) || /^\d{4}$/.test(rest))
      return true
  }
  // A title in quotation marks: 'a robot named "Better Idea of Afghan Girls"'.
  if (
    before &&
    OPEN_QUOTES.has(before.text) &&
    /^(named|called|titled|entitled|dubbed)$/.test(toks[a - 2]?.lower ?? '')
  ) {
    for (let q = b; q < Math.min(toks.length, b + 8); q++) {
      const w = toks[q] as Token
      if (CLOSE_QUOTES.has(w.text)) return true
      if (w.pos === 'VERB' || w.pos === 'AUX') break
    }
  }
  // "Institutional recipients", "the Conservative government": a proper adjective before a noun.
  if (
    tokens.length === 1 &&
    /(?:al|ive|ic|ous|ary)$/.test(first.text) &&
    after &&
    after.pos === 'NOUN' &&
    /^\p{Ll}/u.test(after.text) &&
    lower.has(after.lower)
  )
    return true
  return false
}

/**
 * Single names the article writes both as they are and with a plural -s ("Polaroid" and
 * "Polaroids", "Oscar" and "Oscars"): a brand or prize used as a count noun, the things
 * themselves. A body or a person is not pluralised beside its own name; a given name
 * ("Oscar Wilde") and a surname after one ("Waters said" beside "Kathryn Waters") are kept.
 */
export function countNouns(runs: Run[]): Set<string> {
  const single = new Set(runs.filter((r) => r.tokens.length === 1).map((r) => r.tokens[0]?.text))
  const surnames = new Set(
    runs
      .filter((r) => r.tokens.length >= 2 && isGivenName(r.tokens[0]?.text ?? ''))
      .map((r) => r.tokens.at(-1)?.text),
  )
  const nouns = new Set<string>()
  for (const w of single) {
    const plural = `${w}s`
    if (!w || !single.has(plural) || isGivenName(w) || surnames.has(w) || surnames.has(plural))
      continue
    nouns.add(w)
    nouns.add(plural)
  }
  return nouns
}

/** A run a count noun opens or ends: "Polaroids", "Warhol Polaroid", "Polaroid-room". */
export function isCountNounRun(r: Run, nouns: Set<string>): boolean {
  const first = r.tokens[0]?.text ?? ''
  const last = r.tokens.at(-1)?.text ?? ''
  const compound = r.tokens[1]?.text === '-' && /^\p{Ll}/u.test(r.tokens[2]?.text ?? '')
  return nouns.has(last) || (nouns.has(first) && (r.tokens.length === 1 || compound))
}
