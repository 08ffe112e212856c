/**
 * Further typing cues of English news, added to a run's scores after the basic ones
 * (typing.ts): places from gazetteers and the compass ("Volgograd", "Kowloon West", "North
 * America"), facilities that speak as bodies, organisations from their form and company
 * ("YouTube", "Microsoft", "Google headquarters", "DAB's Starry Lee", "Claudia Mo of the
 * Civic Party"), names that are products rather than people ("PlayStation VR"), teams
 * (teams.ts), and systems, vessels and characters (thing-cues.ts).
 */
import type { Token } from '../annotate'
import { isGivenName } from '../given-names'
import {
  findCountryByDemonym,
  findCountryByName,
  isCapitalCity,
  isCity,
  isProvince,
} from '../places'
import {
  COMPASS,
  FACILITY_HEADS,
  FOREIGN_ORG_FIRST,
  ORG_AFTER,
  ORG_HEADS,
  REGIONS,
  ROLE_NOUNS,
  SAINT_FIRST,
  SPEECH_LEMMAS,
  TITLE_WORDS,
  WORK_NOUNS,
  WORLD_REGION_PAIRS,
  WORLD_REGIONS,
} from '../words'
import { isUpper, textOfRun } from './runs'
import { teamCue } from './teams'
import { thingCues } from './thing-cues'
import type { Run, Scores } from './types'

/** A country, state, province, world region or city, by name alone. */
export function isKnownPlace(name: string): boolean {
  return (
    !!findCountryByName(name) ||
    REGIONS.has(name) ||
    WORLD_REGIONS.has(name) ||
    WORLD_REGION_PAIRS.has(name.replace(' ', '_')) ||
    isCapitalCity(name) ||
    isCity(name) ||
    isProvince(name)
  )
}

/** "YouTube", "PlayStation", "MicroMega"; not "McCutchan", "MacLeod", "DeShawn", "O'Neill". */
const innerCapital = (w: string) => /\p{Ll}\p{Lu}/u.test(w.replace(/^(Mc|Mac|De|Di|La|Le|O')/, ''))

/** Single-word company names built on a trade word: "Microsoft", "Wikinews", "Facebook". */
const COMPANY_WORD = /^\p{Lu}\p{Ll}{2,}(soft|tech|corp|news|media|book|bank|ware|works|link|cast)$/u

const isAllCaps = (t: Token | undefined) => !!t && /^[A-Z]{2,4}$/.test(t.text)

/** A capitalised run of a person just after token i ("Starry Lee", "Nathan Law"). */
function personFollows(toks: Token[], i: number): boolean {
  const a = toks[i]
  const b = toks[i + 1]
  if (!a || !isUpper(a.text) || TITLE_WORDS.has(a.text)) return false
  return isGivenName(a.text) || (a.pos === 'PROPN' && !!b && isUpper(b.text) && b.pos === 'PROPN')
}

function placeCues(r: Run, sc: Scores, name: string) {
  const words = name.split(' ')
  const first = words[0] ?? ''
  const last = words.at(-1) ?? ''
  const allProper = r.tokens.every((t) => t.pos === 'PROPN' || !/\p{L}/u.test(t.text))
  const common = r.tokens.some((t) => r.lowerWords.has(t.lower))
  if (WORLD_REGIONS.has(name) || WORLD_REGION_PAIRS.has(name.replace(' ', '_'))) sc.place += 4
  else if (!findCountryByName(name) && !isCapitalCity(name) && allProper && !common) {
    // A city or province of the gazetteer: weaker where it is also a given name ("Austin").
    if (isCity(name)) sc.place += isGivenName(first) ? 1.5 : 2.5
    else if (isProvince(name) && !isGivenName(first)) sc.place += 2
  }
  // "Kowloon West", "New Territories East"; "North America", "Southern Indiana".
  if (words.length >= 2 && COMPASS.has(last) && !ORG_HEADS.has(words.at(-2) ?? '')) sc.place += 3
  if (words.length === 2 && COMPASS.has(first) && isKnownPlace(last)) sc.place += 3
  // A facility that says or announces is the body that runs it ("the Carter Center said").
  const facility = words.length >= 2 && FACILITY_HEADS.has(last)
  const toks = r.s.tokens
  const speaks = toks
    .slice(r.last, r.last + 3)
    .some((t) => t.pos === 'VERB' && SPEECH_LEMMAS.has(t.lemma))
  if (facility && speaks) {
    sc.organisation += 3
    sc.person -= 2
  }
}

function organisationCues(r: Run, sc: Scores, name: string) {
  const toks = r.s.tokens
  const words = name.split(' ')
  // "Irving Independent School District": a body's head before an area word.
  if (
    words.length >= 3 &&
    ORG_HEADS.has(words.at(-2) ?? '') &&
    /^(District|Region|Division)$/.test(words.at(-1) ?? '')
  )
    sc.organisation += 5
  // "Hitwise UK", "Health Canada": a body named with its country after it.
  if (
    words.length === 2 &&
    findCountryByName(words[1] ?? '') &&
    !isKnownPlace(words[0] ?? '') &&
    !isGivenName(words[0] ?? '')
  ) {
    sc.organisation += 3
    sc.person -= 3
  }
  const after = toks[r.last]
  const single = r.tokens.length === 1
  const place = isKnownPlace(name) || !!findCountryByDemonym(name)
  if (r.tokens.some((t) => innerCapital(t.text))) {
    sc.organisation += 2
    sc.person -= 3
  }
  if (single && COMPANY_WORD.test(name)) sc.organisation += 2
  // "Google headquarters", "Hitwise employees".
  if (after && !isUpper(after.text) && ORG_AFTER.has(after.lower) && !place) sc.organisation += 3
  // "Facebook creator Mark Zuckerberg": a body, a lower-case post, then a person.
  const post = toks[r.last]
  if (
    post &&
    !isUpper(post.text) &&
    post.pos === 'NOUN' &&
    personFollows(toks, r.last + 1) &&
    !place &&
    /^(creator|founder|co-founder|chief|executive|spokesman|spokeswoman|spokesperson|chairman|president|director|head|owner|boss)$/.test(
      post.lower,
    )
  ) {
    sc.organisation += 3
    sc.person -= 2
  }
  // "DAB's Starry Lee", "Demosisto's Nathan Law": a body that a person belongs to.
  if (after && /^['’]s$/.test(after.text) && personFollows(toks, r.last + 1) && !place) {
    sc.organisation += 2
    sc.person -= 1
  }
  // "a professor at the Georgetown Law Center", "spokesman for the Carter Center": an employer.
  const prep = toks[r.first - 1]?.lower === 'the' ? r.first - 2 : r.first - 1
  const role = toks[prep - 1]
  if (
    /^(at|of|for|with)$/.test(toks[prep]?.lower ?? '') &&
    role &&
    !isUpper(role.text) &&
    ROLE_NOUNS.has(role.lower) &&
    !/^(employee|worker|resident|farmer|fan|soldier|officer|player)$/.test(role.lower) &&
    !place
  )
    sc.organisation += 3
  // "Claudia Mo of the Civic Party", "Cheng Chung-tai of Civic Passion".
  const of = toks[r.first - 1]?.lower === 'the' ? r.first - 2 : r.first - 1
  const ofTok = toks[of]
  if (ofTok && /^(of|from)$/.test(ofTok.lower) && !place) {
    const owner = toks[of - 1]
    const ownerFirst = toks[of - 2]
    if (owner && isUpper(owner.text) && ownerFirst && isGivenName(ownerFirst.text))
      sc.organisation += 2
    else if (owner && /-\p{Ll}+$/u.test(owner.text + (toks[of - 2]?.text ?? '')))
      sc.organisation += 2
    else if (owner?.text && /^\p{Ll}{2,6}$/u.test(owner.text) && toks[of - 2]?.text === '-')
      sc.organisation += 2
  }
}

/** Names in other languages and saints' names; a capital "The" in mid-sentence. */
function formCues(r: Run, sc: Scores, name: string) {
  const toks = r.s.tokens
  const first = r.tokens[0]?.text ?? ''
  if (FOREIGN_ORG_FIRST.has(first) && r.tokens.length >= 2) sc.organisation += 4
  if (SAINT_FIRST.has(first) && r.tokens.length >= 2) {
    sc.person -= 3
    sc.place += 2
  }
  // "Museum of Flight", "Palace of Westminster": a facility of something is a place.
  if (
    FACILITY_HEADS.has(first) &&
    r.tokens[1]?.lower === 'of' &&
    !/^(University|College)$/.test(first)
  )
    sc.place += 3
  // "such bands as The Velvet Underground": a capitalised "The" names a band, paper or work.
  const the = toks[r.first - 1]
  const opening = toks.slice(0, r.first - 1).every((t) => t.pos === 'PUNCT')
  if (the?.text === 'The' && !opening && !isKnownPlace(name)) {
    sc.organisation += 2
    sc.person -= 2
  }
}

/** Products and works named like people: "PlayStation VR", "the Silver Clouds installation". */
function productCues(r: Run, sc: Scores) {
  const toks = r.s.tokens
  const after = toks[r.last]
  if (r.tokens.length >= 2 && isAllCaps(r.tokens.at(-1)) && !isAllCaps(r.tokens[0])) sc.person -= 3
  if (after && !isUpper(after.text) && WORK_NOUNS.has(after.lower)) {
    sc.person -= 3
    sc.organisation -= 1
  }
}

const ORG_NOUNS =
  /^(organi[sz]ation|group|charity|company|firm|agency|body|party|movement|non-?profit|network|coalition|association|union|club|team|band|newspaper|broadcaster|website|startup|manufacturer|retailer|bank|institute|foundation)$/
const PLACE_NOUNS =
  /^(city|town|village|province|region|state|county|district|country|island|suburb|neighbou?rhood|municipality|capital|port|area)$/

const EVENT_NOUNS =
  /^(pilgrimage|festival|holiday|celebration|ceremony|feast|carnival|parade|tournament|championship|competition|contest|race|conference|convention|summit|election|war|battle|uprising)$/

/**
 * "The Carter Center, an organisation providing monitors"; "Kanata, a suburb of Ottawa";
 * "the Hajj, the annual pilgrimage": an event is no actor, at any of its mentions.
 */
function appositionCues(r: Run, sc: Scores) {
  const toks = r.s.tokens
  const p = toks[r.last]
  if (!p || !/^[,—–(-]$/.test(p.text)) return
  let q = r.last + 1
  if (!/^(a|an|the)$/.test(toks[q]?.lower ?? '')) return
  q++
  for (let k = 0; k < 3 && q < toks.length; k++, q++) {
    const w = toks[q] as Token
    if (ORG_NOUNS.test(w.lower)) {
      sc.organisation += 4
      return
    }
    if (PLACE_NOUNS.test(w.lower)) {
      sc.place += 4
      return
    }
    // The event noun must head the apposition: not "the election monitoring group".
    const next = toks[q + 1]
    const head = !next || (!/^(NOUN|PROPN|ADJ)$/.test(next.pos) && !/ing$/.test(next.lower))
    if (EVENT_NOUNS.test(w.lower) && head) {
      sc.person -= 4
      sc.organisation -= 4
      sc.place -= 4
      return
    }
    if (!/^(ADJ|NOUN|PROPN|ADV|VERB)$/.test(w.pos) || isUpper(w.text)) return
  }
}

function teamCues(r: Run, sc: Scores, name: string) {
  const cue = teamCue(r, name)
  if (cue === 'strong') {
    sc.organisation += 5
    sc.place -= 4
  } else if (cue === 'weak') {
    sc.organisation += 2
    sc.place -= 1
  }
}

export function addCues(r: Run, sc: Scores): void {
  const name = textOfRun(r)
  teamCues(r, sc, name)
  appositionCues(r, sc)
  thingCues(r, sc)
  placeCues(r, sc, name)
  formCues(r, sc, name)
  organisationCues(r, sc, name)
  productCues(r, sc)
}
