/**
 * Cleaning a candidate run into names: honorifics, posts and determiners before it, times
 * and datelines, possessives after it, and runs that are no actor at all (proper
 * adjectives, category labels, prizes, events) dropped; "ORG Title Name" split in two.
 */
import { type AnnotatedSentence, isCommonPlural, type Token } from '../annotate'
import { isGivenName } from '../given-names'
import { findCountryByDemonym, findCountryByName } from '../places'
import {
  EVENT_HEADS,
  HONORIFICS,
  NOT_NAMES,
  ORG_HEADS,
  PLACE_HEADS,
  REGIONS,
  ROLE_NOUNS,
  TITLE_WORDS,
} from '../words'
import { isNonActor } from './non-actors'
import type { Run } from './types'

/** A member of a faith, party or movement, by the noun's ending: "Scientologist", "Democrat". */
const ADHERENT = /^\p{Lu}\p{Ll}+(?:ist|ite|crat|ican)$/u

/** Words that a letter or number labels: "Group G", "Pool B", "Category A", "Plan B". */
const CATEGORY_WORDS =
  /^(Group|Pool|Division|Section|Class|Type|Plan|Phase|Stage|Level|Category|Grade|Zone|Block|Wing|Gate|Terminal|Vitamin|Hepatitis|Schedule|Part|Annex|Appendix)$/

const isUpperCase = (t: string) => /^\p{Lu}/u.test(t)

export const isTitleToken = (t: Token) =>
  HONORIFICS.has(t.text) || TITLE_WORDS.has(t.text.replace(/\.$/, ''))

/** Strips what is not the name: determiners, honorifics and posts before it, times, datelines. */
export function cleanRun(
  s: AnnotatedSentence,
  sentence: number,
  from: number,
  to: number,
  lower: Set<string>,
): Run[] {
  const toks = s.tokens
  let a = from
  let b = to
  // A dateline: "WASHINGTON —", "LONDON (Reuters) -" at the start of a sentence.
  if (from === 0 && toks.slice(a, b).every((t) => t.text === t.text.toUpperCase())) {
    const next = toks[b]
    if (next && /^[—–(-]$/.test(next.text)) return []
  }
  // Sentence-initial capitals that are ordinary words ("Renewed attacks", "Officials said").
  // A sentence's (or quotation's) first word is capitalised anyway: only a proper noun counts.
  const opening = (i: number) => toks.slice(0, i).every((t) => t.pos === 'PUNCT')
  // The tagger calls any first word a proper noun: "Critics say …", "Officials said …" are
  // plural common nouns all the same.
  const ordinary = (t: Token) => t.pos !== 'PROPN' || (/s$/.test(t.text) && isCommonPlural(t.text))
  while (a < b && opening(a) && ordinary(toks[a] as Token) && !isTitleToken(toks[a] as Token)) a++
  while (
    a < b &&
    /^(AUX|VERB|ADV|PRON|SCONJ|ADP|CCONJ)$/.test(toks[a]?.pos ?? '') &&
    !isTitleToken(toks[a] as Token)
  )
    a++
  while (a < b && (toks[a]?.pos === 'DET' || NOT_NAMES.has(toks[a]?.text ?? ''))) a++
  // A country or demonym before a post: "US President Joe Biden", "Iraqi Prime Minister …".
  let titleStart = -1
  let k = a
  while (
    k < b &&
    (findCountryByName(toks[k]?.text ?? '') || findCountryByDemonym(toks[k]?.text ?? ''))
  )
    k++
  if (k > a && k < b && isTitleToken(toks[k] as Token)) {
    titleStart = a
    a = k
  }
  // A capitalised role noun opening the sentence ("Striker Leo Marsh scored") is a post.
  const titleFrom = titleStart >= 0 ? titleStart : a
  while (a < b - 1 && opening(a) && ROLE_NOUNS.has(toks[a]?.lower ?? '')) a++
  // "Doctor Who Society of Canada", "Queen Mary Hospital": a post inside a body's name stays.
  const headAt = toks
    .slice(a + 1, b)
    .findIndex(
      (t, i) =>
        (ORG_HEADS.has(t.text) || PLACE_HEADS.has(t.text)) &&
        (a + 1 + i === b - 1 || toks[a + 2 + i]?.lower === 'of'),
    )
  const institution = headAt >= 0 && b - a >= 3 && !isTitleToken(toks[a + 1 + headAt] as Token)
  while (a < b - 1 && !institution && isTitleToken(toks[a] as Token)) a++
  // "Secretary of State John Kerry": the portfolio belongs to the post, up to a given name.
  if (a > titleFrom && toks[a]?.lower === 'of') {
    let g = a + 1
    while (g < b && !isGivenName(toks[g]?.text ?? '')) g++
    if (g >= b) return []
    a = g
  }
  const title = a > titleFrom ? s.ref.text.slice(toks[titleFrom]?.start, toks[a - 1]?.end) : ''
  // "Pan-democrat Gary Fan", "Nonpartisan Paul Tse": a descriptor the article also writes in
  // lower case, capitalised at the start of the sentence, before a given name.
  for (let g = a + 1; g < b - 1 && g <= a + 3; g++) {
    if (!isGivenName(toks[g]?.text ?? '')) continue
    const lead = toks.slice(a, g)
    const descriptive = lead.every(
      (t) => t.text === '-' || (lower.has(t.lower) && !isGivenName(t.text)),
    )
    if (descriptive && opening(a)) a = g
    break
  }
  // "Scientologist Tom Cruise", "Democrat Nancy Pelosi", "Republican John Cornyn": a member of
  // a faith or party before a given name and a surname describes the person, anywhere.
  const member = toks[a]
  if (
    member &&
    b - a >= 3 &&
    ADHERENT.test(member.text) &&
    !isGivenName(member.text) &&
    isGivenName(toks[a + 1]?.text ?? '')
  )
    a++
  while (b > a && (toks[b - 1]?.pos === 'PART' || /^['’]s$/.test(toks[b - 1]?.text ?? ''))) b--
  // "Museum of Flight CEO": a post after a body's name belongs to the person named next; but
  // "Department of Justice", "Secretary of State": after "of" or "for" the word is the portfolio.
  while (
    b - a >= 2 &&
    TITLE_WORDS.has(toks[b - 1]?.text ?? '') &&
    !TITLE_WORDS.has(toks[b - 2]?.text ?? '') &&
    !/^(?:of|for)$/.test(toks[b - 2]?.lower ?? '')
  )
    b--
  // Times and dates are not names.
  // "The Sydney Morning Herald": a time word inside a name is part of it.
  const span = s.spans.find(
    (x) =>
      x.first < b &&
      x.last > a &&
      /DATE|TIME|DURATION/.test(x.type) &&
      !(x.first > a && x.last < b && toks.slice(x.first, x.last).every((t) => isUpperCase(t.text))),
  )
  if (span) {
    if (span.first <= a && span.last >= b) return []
    if (span.first <= a) a = span.last
    else {
      b = span.first
      // "Chinese New" of "Chinese New Year": what is left before the date is no name.
      if (b > a && (toks[b - 1]?.pos === 'ADJ' || toks[b - 1]?.text === 'New')) return []
    }
  }
  if (a >= b) return []
  // "NASA Administrator Charles Bolden": an organisation, a post, then the person. Not where
  // a body's head ends the run: "Civil Defense Authority", "Public Health Agency" hold a portfolio.
  const bodyName = ORG_HEADS.has(toks[b - 1]?.text ?? '')
  for (let i = a + 1; !bodyName && i < b - 1; i++) {
    if (!isTitleToken(toks[i] as Token) || isTitleToken(toks[i - 1] as Token)) continue
    // "Council on Foreign Trade": a post word after a connector belongs to the name.
    if (!isUpperCase(toks[i - 1]?.text ?? '')) continue
    let j = i
    while (j < b - 1 && isTitleToken(toks[j] as Token)) j++
    const owner = cleanRun(s, sentence, a, i, lower).map((r) => ({ ...r, title: '' }))
    const person = cleanRun(s, sentence, j, b, lower).map((r) => ({
      ...r,
      title: r.title || s.ref.text.slice(toks[a]?.start, toks[j - 1]?.end),
    }))
    return [...owner, ...person]
  }
  // "Governor of Washington Chris Gregoire", "… Islamic Relations Alia Salem": a place or body
  // and then a person named by a given name run together with no comma.
  for (let i = a + 1; i < b - 1; i++) {
    const t = toks[i] as Token
    // "Washington" is a given name too, but before "Chris Gregoire" it is the state.
    const personal = (x: Token) => isGivenName(x.text) && !REGIONS.has(x.text)
    if (!isGivenName(t.text) || toks.slice(a, i).some(personal)) continue
    const prefix = s.ref.text.slice(toks[a]?.start, toks[i - 1]?.end)
    const owner =
      findCountryByName(prefix) ||
      // "… American-Islamic Relations Alia Salem": a body's plural head, then the person.
      (/\p{Ll}s$/u.test(toks[i - 1]?.text ?? '') && toks[i - 1]?.pos !== 'PROPN') ||
      toks[a - 1]?.text === '-' ||
      REGIONS.has(prefix) ||
      ORG_HEADS.has(toks[i - 1]?.text ?? '') ||
      toks[a - 1]?.lower === 'of' ||
      toks[a - 1]?.lower === 'on'
    if (!owner || b - i > 3) continue
    return [...cleanRun(s, sentence, a, i, lower), ...cleanRun(s, sentence, i, b, lower)]
  }
  // "Ambassador to the United States Hamdullah Mohib": a country, then two or three name words
  // no list of given names knows, none a head of a body or place, none the article writes in
  // lower case ("United States Air Force" stays whole).
  for (let i = a + 1; i <= b - 2 && i <= a + 3; i++) {
    if (!findCountryByName(s.ref.text.slice(toks[a]?.start, toks[i - 1]?.end))) continue
    const rest = toks.slice(i, b)
    const personLike =
      rest.length <= 3 &&
      rest.every(
        (t) =>
          t.pos === 'PROPN' &&
          /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
          !lower.has(t.lower) &&
          !ORG_HEADS.has(t.text) &&
          !PLACE_HEADS.has(t.text) &&
          !TITLE_WORDS.has(t.text) &&
          !findCountryByName(t.text),
      )
    if (personLike)
      return [...cleanRun(s, sentence, a, i, lower), ...cleanRun(s, sentence, i, b, lower)]
  }
  // "Budweiser Man of the Match award": the name of a prize, not of anyone.
  if (
    toks[b]?.lower === 'of' &&
    toks.slice(b, b + 5).some((x) => /^(award|prize|trophy|medal)s?$/.test(x.lower))
  )
    return []
  const tokens = toks.slice(a, b)
  if (tokens.some((t) => /^I['’]/.test(t.text))) return []
  if (isNonActor(s, a, b, lower)) return []
  // A piece torn from a hyphenated name ("-A-Wish Foundation") is not a name.
  if (/^[-–]|[-–]$/.test(s.ref.text.slice(tokens[0]?.start, tokens.at(-1)?.end))) return []
  // "Architectural, Surveying, Planning and Landscape": adjectives and gerunds of a list.
  if (tokens.length === 1 && /^(ADJ|VERB)$/.test(tokens[0]?.pos ?? '')) return []
  if (
    tokens.length === 1 &&
    /(?:ing|al|ive|ic)$/.test(tokens[0]?.text ?? '') &&
    !isGivenName(tokens[0]?.text ?? '')
  )
    if (toks[b]?.text === ',' || toks[a - 1]?.text === ',') return []
  // "Group G", "Protection B": a common word and a letter label a category, not an actor.
  if (
    tokens.length === 2 &&
    /^\p{Lu}$/u.test(tokens[1]?.text ?? '') &&
    (lower.has(tokens[0]?.lower ?? '') ||
      CATEGORY_WORDS.test(tokens[0]?.text ?? '') ||
      // "Protection B documents", "Grade A beef": a label before the noun it classes.
      (toks[b]?.pos === 'NOUN' && /^\p{Ll}/u.test(toks[b]?.text ?? '')))
  )
    return []
  if (tokens.length === 1) {
    const t = tokens[0] as Token
    if (NOT_NAMES.has(t.text) || isTitleToken(t) || t.text.length < 2) return []
    // "a former Scientologist", "devout Buddhists": a follower, not a name.
    if (/\p{Ll}ists?$/u.test(t.text) && /^\p{Ll}/u.test(toks[a - 1]?.text ?? '')) return []
    if (findCountryByDemonym(t.text) && !findCountryByName(t.text)) return []
    // Proper adjectives and plural peoples ("English", "African", "Belgians") are not entities.
    if (t.pos === 'ADJ' || /(?:ish|ian|ese|an|ans|ians|ists|ites)$/.test(t.text)) {
      const asName = findCountryByName(t.text) || REGIONS.has(t.text)
      if (
        !asName &&
        (t.pos === 'ADJ' ||
          findCountryByDemonym(t.text.replace(/s$/, '')) ||
          /(?:ish|ese)$/.test(t.text))
      )
        return []
    }
  }
  if (
    EVENT_HEADS.has(tokens.at(-1)?.text ?? '') &&
    tokens.length >= 2 &&
    !isGivenName(tokens[0]?.text ?? '')
  )
    return []
  if (
    tokens.every(
      (t) => TITLE_WORDS.has(t.text) || ORG_HEADS.has(t.text) || PLACE_HEADS.has(t.text),
    ) &&
    // "Harbour Alliance", "Justice Department": a head word after another is a name.
    !(
      tokens.length >= 2 &&
      ORG_HEADS.has(tokens.at(-1)?.text ?? '') &&
      !TITLE_WORDS.has(tokens[0]?.text ?? '')
    )
  )
    return []
  return [{ lowerWords: lower, s, sentence, first: a, last: b, tokens, title }]
}
