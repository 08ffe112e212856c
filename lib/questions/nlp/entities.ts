/**
 * Named entities over wink-nlp's tokens: runs of proper nouns become candidate names,
 * cleaned of honorifics, posts, datelines and times, typed as person, organisation or
 * place from cues in the sentence (a post or role noun before, a speech verb after, an
 * organisation or place head word, a preposition of place, the countries dataset), and
 * later short forms ("Phillips") linked to the full name they stand for.
 */
import type { AnnotatedSentence, Token } from './annotate'
import { isGivenName } from './given-names'
import { findCountryByDemonym, findCountryByName, isCapitalCity } from './places'
import {
  EVENT_HEADS,
  HONORIFICS,
  NAME_PARTICLES,
  NOT_NAMES,
  OF_HEADS,
  ORG_HEADS,
  PLACE_HEADS,
  REGION_PAIRS,
  REGIONS,
  ROLE_NOUNS,
  SPEECH_LEMMAS,
  TITLE_WORDS,
} from './words'

export type EntityKind = 'person' | 'organisation' | 'place'

export type EntityMention = {
  sentenceId: string
  /** Index of the sentence among the body sentences. */
  sentence: number
  start: number
  end: number
  text: string
  /** Token range in the sentence, end exclusive. */
  first: number
  last: number
}

export type Entity = {
  key: string
  name: string
  kind: EntityKind
  mentions: EntityMention[]
  /** Posts written before the name ("Justice", "Prime Minister"), as written. */
  titles: string[]
}

type Run = {
  /** Every word the article writes in lower case somewhere. */
  lowerWords: Set<string>
  s: AnnotatedSentence
  sentence: number
  first: number
  last: number
  tokens: Token[]
  title: string
}

type Scores = Record<EntityKind, number>

const isUpper = (t: string) => /^\p{Lu}/u.test(t)
const isWordy = (t: Token) => /[\p{L}\p{N}]/u.test(t.text)

/** A token that can be part of a name. */
function nameToken(tokens: Token[], i: number): boolean {
  const t = tokens[i]
  if (!t || !isWordy(t) || t.pos === 'PUNCT') return false
  if (isUpper(t.text)) return t.pos !== 'PRON' || t.text.length > 2
  const next = tokens[i + 1]
  // al-Kadhimi, bin Salman, van der Berg: a particle before a capitalised token.
  if (NAME_PARTICLES.has(t.lower) && next && (isUpper(next.text) || next.text === '-'))
    return !!next && (isUpper(next.text) || isUpper(tokens[i + 2]?.text ?? ''))
  return false
}

/** Hyphen joins without spaces: Wai-keung, al-Kadhimi, Hwang Hee-Chan (not "Iran-aligned"). */
function hyphenJoins(tokens: Token[], i: number): boolean {
  const h = tokens[i]
  const next = tokens[i + 1]
  if (h?.text !== '-' || h.spaced || !next || next.spaced) return false
  return (
    isUpper(next.text) || next.pos === 'PROPN' || (next.pos === 'NOUN' && next.text.length <= 6)
  )
}

function collectRuns(s: AnnotatedSentence, sentence: number, lower: Set<string>): Run[] {
  const toks = s.tokens
  const runs: Run[] = []
  let i = 0
  while (i < toks.length) {
    if (!nameToken(toks, i)) {
      i++
      continue
    }
    const first = i
    let j = i + 1
    for (;;) {
      if (nameToken(toks, j) && toks[j]?.pos !== 'PART') {
        j++
        continue
      }
      if (hyphenJoins(toks, j)) {
        j += 2
        continue
      }
      // "Bank of England", "University of the Arts", "AT&T"
      const conn = toks[j]
      const prev = toks[j - 1]
      if (conn && prev && (conn.lower === 'of' || conn.text === '&') && OF_HEADS.has(prev.text)) {
        const k = toks[j + 1]?.lower === 'the' ? j + 2 : j + 1
        if (nameToken(toks, k)) {
          j = k + 1
          continue
        }
      }
      if (conn?.text === '&' && nameToken(toks, j + 1)) {
        j += 2
        continue
      }
      break
    }
    runs.push(...cleanRun(s, sentence, first, j, lower))
    i = j
  }
  return runs
}

const isTitleToken = (t: Token) =>
  HONORIFICS.has(t.text) || TITLE_WORDS.has(t.text.replace(/\.$/, ''))

/** Strips what is not the name: determiners, honorifics and posts before it, times, datelines. */
function cleanRun(
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
  while (a < b && opening(a) && toks[a]?.pos !== 'PROPN' && !isTitleToken(toks[a] as Token)) a++
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
  while (a < b - 1 && isTitleToken(toks[a] as Token)) a++
  // "Secretary of State John Kerry": the portfolio belongs to the post, up to a given name.
  if (a > titleFrom && toks[a]?.lower === 'of') {
    let g = a + 1
    while (g < b && !isGivenName(toks[g]?.text ?? '')) g++
    if (g >= b) return []
    a = g
  }
  const title = a > titleFrom ? s.ref.text.slice(toks[titleFrom]?.start, toks[a - 1]?.end) : ''
  while (b > a && (toks[b - 1]?.pos === 'PART' || /^['’]s$/.test(toks[b - 1]?.text ?? ''))) b--
  // Times and dates are not names.
  const span = s.spans.find((x) => x.first < b && x.last > a && /DATE|TIME|DURATION/.test(x.type))
  if (span) {
    if (span.first <= a && span.last >= b) return []
    if (span.first <= a) a = span.last
    else b = span.first
  }
  if (a >= b) return []
  // "NASA Administrator Charles Bolden": an organisation, a post, then the person.
  for (let i = a + 1; i < b - 1; i++) {
    if (!isTitleToken(toks[i] as Token) || isTitleToken(toks[i - 1] as Token)) continue
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
    if (!isGivenName(t.text) || toks.slice(a, i).some((x) => isGivenName(x.text))) continue
    const prefix = s.ref.text.slice(toks[a]?.start, toks[i - 1]?.end)
    const owner =
      findCountryByName(prefix) ||
      REGIONS.has(prefix) ||
      ORG_HEADS.has(toks[i - 1]?.text ?? '') ||
      toks[a - 1]?.lower === 'of' ||
      toks[a - 1]?.lower === 'on'
    if (!owner || b - i > 3) continue
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
    lower.has(tokens[0]?.lower ?? '')
  )
    return []
  if (tokens.length === 1) {
    const t = tokens[0] as Token
    if (NOT_NAMES.has(t.text) || isTitleToken(t) || t.text.length < 2) return []
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
  if (EVENT_HEADS.has(tokens.at(-1)?.text ?? '') && tokens.length >= 2) return []
  if (
    tokens.every((t) => TITLE_WORDS.has(t.text) || ORG_HEADS.has(t.text) || PLACE_HEADS.has(t.text))
  )
    return []
  return [{ lowerWords: lower, s, sentence, first: a, last: b, tokens, title }]
}

const textOfRun = (r: Run) =>
  r.s.ref.text.slice(r.tokens[0]?.start ?? 0, r.tokens.at(-1)?.end ?? 0).replace(/\s+/g, ' ')

const PLACE_PREPS = new Set(
  'in at from near across outside throughout into around inside toward towards within'.split(' '),
)

/** Evidence for each kind from the run itself and the words around it. */
function scoreRun(r: Run): Scores {
  const sc: Scores = { person: 0, organisation: 0, place: 0 }
  const toks = r.s.tokens
  const name = textOfRun(r)
  const last = r.tokens.at(-1) as Token
  const firstTok = r.tokens[0] as Token
  const before = toks[r.first - 1]
  const before2 = toks[r.first - 2]
  const after = toks[r.last]
  if (r.title) sc.person += 3
  if (findCountryByName(name) || REGIONS.has(name) || REGION_PAIRS.has(name.replace(' ', '_')))
    sc.place += 4
  else if (isCapitalCity(name)) sc.place += 3
  // "Huntsville, Alabama", "Irving, Texas": a place before its state or country.
  if (after?.text === ',') {
    const n1 = toks[r.last + 1]?.text ?? ''
    const n2 = toks[r.last + 2]?.text ?? ''
    if (REGIONS.has(n1) || REGION_PAIRS.has(`${n1}_${n2}`) || findCountryByName(n1)) sc.place += 3
  }
  if (ORG_HEADS.has(last.text) && r.tokens.length >= 2) sc.organisation += 4
  else if (ORG_HEADS.has(firstTok.text) && r.tokens.length >= 3) sc.organisation += 2
  if (PLACE_HEADS.has(last.text) && r.tokens.length >= 2) sc.place += 3
  if (/^[A-Z][A-Z&.]{1,6}$/.test(name) && !findCountryByName(name)) sc.organisation += 3
  if (/\p{Ll}\p{Lu}/u.test(name) && r.tokens.length === 1) sc.organisation += 1
  // A role noun just before ("photographer Nat Finkelstein", "the company's chief executive, X").
  if (before && !isUpper(before.text) && ROLE_NOUNS.has(before.lower)) sc.person += 3
  if (before?.text === ',' && before2 && ROLE_NOUNS.has(before2.lower)) sc.person += 2
  // "X, 45," or "X, a professor at …"
  if (after?.text === ',') {
    const n1 = toks[r.last + 1]
    const n2 = toks[r.last + 2]
    if (n1?.pos === 'NUM' && /^\d{1,3}$/.test(n1.text) && toks[r.last + 2]?.text === ',')
      sc.person += 3
    // "X, a constitutional law professor at …", "X, Panama coach, said"
    for (let q = r.last + 1; q < Math.min(toks.length, r.last + 7); q++) {
      const w = toks[q] as Token
      if (ROLE_NOUNS.has(w.lower) && !isUpper(w.text)) {
        sc.person += 3
        break
      }
      if (w.pos === 'PUNCT' || w.pos === 'VERB' || w.pos === 'AUX') break
    }
    if (
      r.tokens.length === 1 &&
      n1 &&
      findCountryByName(n1.text) &&
      !ROLE_NOUNS.has(n2?.lower ?? '')
    )
      sc.place += 1
  }
  // A speech verb after the name, or after "said" in an inverted attribution.
  const speechAfter = toks
    .slice(r.last, r.last + 3)
    .some((t) => t.pos === 'VERB' && SPEECH_LEMMAS.has(t.lemma))
  const speechBefore = before?.pos === 'VERB' && SPEECH_LEMMAS.has(before.lemma)
  if (speechAfter || speechBefore) sc.person += r.tokens.length >= 2 ? 2 : 1
  // A he/she/his/her soon after a lone name ("In his resignation, Ridge thanked …") points at a person.
  const pronounNear = [
    ...toks.slice(Math.max(0, r.first - 6), r.first),
    ...toks.slice(r.last, r.last + 10),
  ].some((t) => t.pos === 'PRON' && /^(he|she|his|her|him)$/.test(t.lower))
  if (pronounNear && r.tokens.length <= 3 && !ORG_HEADS.has(last.text)) sc.person += 1
  if (before && PLACE_PREPS.has(before.lower) && !r.title) sc.place += r.tokens.length === 1 ? 2 : 1
  if (before?.lower === 'the' && r.tokens.length >= 1) sc.organisation += 1
  // "al-Ikhbariya television", "the Civic party": a lower-case noun of a body right after.
  if (
    after &&
    /^(television|tv|newspaper|radio|channel|agency|company|firm|group|party|network|magazine|website|bank|club|team|university)$/.test(
      after.lower,
    )
  )
    sc.organisation += 3
  // A common given name first: "Jesse Lingard", "Gloria".
  if (isGivenName(firstTok.text) && !ORG_HEADS.has(last.text) && !PLACE_HEADS.has(last.text))
    sc.person += r.tokens.length >= 2 ? 2 : r.first > 0 ? 1 : 0
  // Words the article also writes in lower case ("space shuttle", "water") are not a name's.
  const common = r.tokens.filter((t) => r.lowerWords.has(t.lower) && !isGivenName(t.text)).length
  if (common > 0) {
    sc.person -= 1.5 * common
    sc.organisation -= 0.5
  }
  // Two to four capitalised words with no other cue are most often a person in news.
  const personal = r.tokens.filter((t) => isUpper(t.text) && t.pos === 'PROPN').length
  if (r.tokens.length >= 2 && r.tokens.length <= 4 && personal === r.tokens.length) sc.person += 0.5
  if (r.tokens.some((t) => /^\d/.test(t.text))) sc.person -= 3
  return sc
}

const foldName = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase()

function kindOf(sc: Scores): EntityKind | null {
  const best = (Object.keys(sc) as EntityKind[]).sort((x, y) => sc[y] - sc[x])[0] as EntityKind
  return sc[best] > 0 ? best : null
}

type Group = { key: string; name: string; runs: Run[]; scores: Scores; words: string[] }

/** Finds and types the article's named people, organisations and places. */
export function findEntitiesIn(sentences: AnnotatedSentence[]): Entity[] {
  const lower = new Set<string>()
  for (const s of sentences)
    for (const t of s.tokens) if (/^\p{Ll}+$/u.test(t.text) && t.pos !== 'PROPN') lower.add(t.text)
  const runs = sentences.flatMap((s, i) => collectRuns(s, i, lower))
  const groups: Group[] = []
  const byName = new Map<string, Group>()
  // Longer names first, so short forms can attach to them.
  const ordered = [...runs].sort(
    (a, b) => b.tokens.length - a.tokens.length || a.sentence - b.sentence || a.first - b.first,
  )
  for (const r of ordered) {
    const name = textOfRun(r)
    const key = foldName(name)
    const sc = scoreRun(r)
    let g = byName.get(key)
    if (!g && r.tokens.length <= 2) {
      // "Phillips" → "Jack Phillips"; "Kennedy" → "Anthony Kennedy": a later short form.
      const words = key.split(/[\s-]+/)
      g = groups.find(
        (x) =>
          x.words.length > words.length &&
          words.every((w) => x.words.includes(w)) &&
          x.words.at(-1) === words.at(-1) &&
          kindOf(x.scores) !== 'place',
      )
      g ??= groups.find(
        (x) =>
          x.words.length > words.length &&
          x.words.join(' ').includes(key) &&
          kindOf(x.scores) === 'organisation',
      )
    }
    if (!g) {
      g = {
        key,
        name,
        runs: [],
        scores: { person: 0, organisation: 0, place: 0 },
        words: key.split(/[\s-]+/),
      }
      groups.push(g)
      byName.set(key, g)
    }
    g.runs.push(r)
    // "Paris" after "Valeska Paris": a short form of a person's name is no capital city.
    const shortForm = g.key !== key && kindOf(g.scores) === 'person'
    for (const k of Object.keys(sc) as EntityKind[])
      if (!(shortForm && k === 'place')) g.scores[k] += sc[k]
  }
  const out: Entity[] = []
  for (const g of groups) {
    const kind = kindOf(g.scores)
    if (!kind) continue
    const mentions = g.runs
      .map((r) => ({
        sentenceId: r.s.ref.id,
        sentence: r.sentence,
        start: r.tokens[0]?.start ?? 0,
        end: r.tokens.at(-1)?.end ?? 0,
        text: textOfRun(r),
        first: r.first,
        last: r.last,
      }))
      .sort((a, b) => a.sentence - b.sentence || a.start - b.start)
    out.push({
      key: `${kind}:${g.key}`,
      name: g.name,
      kind,
      mentions,
      titles: [...new Set(g.runs.map((r) => r.title).filter(Boolean))],
    })
  }
  return out.sort(
    (a, b) =>
      (a.mentions[0]?.sentence ?? 0) - (b.mentions[0]?.sentence ?? 0) ||
      (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0),
  )
}
