/**
 * Typing a cleaned run: evidence for person, organisation and place from the run itself
 * (given names, head words, acronyms, the countries dataset) and from the words around it
 * (posts and role nouns, speech verbs, prepositions of place, appositions).
 */
import type { Token } from '../annotate'
import { isGivenName } from '../given-names'
import { findCountryByName, isCapitalCity } from '../places'
import {
  FACILITY_HEADS,
  ORG_HEADS,
  PLACE_HEADS,
  REGION_PAIRS,
  REGIONS,
  ROLE_NOUNS,
  SPEECH_LEMMAS,
} from '../words'
import { addCues, isKnownPlace } from './cues'
import { isUpper, textOfRun } from './runs'
import type { EntityKind, Run, Scores } from './types'

/** Common nouns that class what follows as a body ("the security firm Sophos"). */
const BODY_NOUNS = new Set(
  'company firm group organisation organization agency newspaper magazine broadcaster website charity network retailer airline carmaker bank insurer manufacturer publisher label studio startup party union'.split(
    ' ',
  ),
)

const PLACE_PREPS = new Set(
  'in at from near across outside throughout into around inside toward towards within'.split(' '),
)

/** Evidence for each kind from the run itself and the words around it. */
export function scoreRun(r: Run): Scores {
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
  // "Huntsville, Alabama", "Irving, Texas": a place before its state or country. Not a body
  // in a list: "New Mexico State University, Arizona State University".
  if (after?.text === ',' && !ORG_HEADS.has(last.text)) {
    const n1 = toks[r.last + 1]?.text ?? ''
    const n2 = toks[r.last + 2]?.text ?? ''
    if (REGIONS.has(n1) || REGION_PAIRS.has(`${n1}_${n2}`) || findCountryByName(n1)) sc.place += 3
  }
  if (ORG_HEADS.has(last.text) && r.tokens.length >= 2) sc.organisation += 4
  else if (ORG_HEADS.has(firstTok.text) && r.tokens.length >= 3) sc.organisation += 2
  if (PLACE_HEADS.has(last.text) && r.tokens.length >= 2) sc.place += 3
  // "Doctor Who Society of Canada", "Gulf of Mexico": the head is the word before "of".
  const ofAt = r.tokens.findIndex((t) => t.lower === 'of')
  const headOf = ofAt > 0 ? (r.tokens[ofAt - 1]?.text ?? '') : ''
  if (ORG_HEADS.has(headOf)) sc.organisation += 4
  else if (PLACE_HEADS.has(headOf) && !(FACILITY_HEADS.has(headOf) && ofAt === 1)) sc.place += 3
  if (/^[A-Z][A-Z&.]{1,6}$/.test(name) && !findCountryByName(name)) sc.organisation += 3
  if (/\p{Ll}\p{Lu}/u.test(name) && r.tokens.length === 1) sc.organisation += 1
  // A class noun of bodies just before: "the security company MX Logic", "the magazine MicroMega".
  if (before && BODY_NOUNS.has(before.lower)) sc.organisation += 4
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
  // Not "the Dallas chapter said": a name before a common noun modifies the speaker.
  const modifies = after?.pos === 'NOUN' && /^\p{Ll}/u.test(after.text)
  const speechAfter =
    !modifies &&
    toks.slice(r.last, r.last + 3).some((t) => t.pos === 'VERB' && SPEECH_LEMMAS.has(t.lemma))
  const speechBefore = before?.pos === 'VERB' && SPEECH_LEMMAS.has(before.lemma)
  if (speechAfter || speechBefore) sc.person += r.tokens.length >= 2 ? 2 : 1
  // A he/she/his/her soon after a lone name ("In his resignation, Ridge thanked …") points at a person.
  const pronounNear = [
    ...toks.slice(Math.max(0, r.first - 6), r.first),
    ...toks.slice(r.last, r.last + 10),
  ].some((t) => t.pos === 'PRON' && /^(he|she|his|her|him)$/.test(t.lower))
  // Not for a known city: "the Dallas chapter … his fame" is about someone else.
  if (pronounNear && r.tokens.length <= 3 && !ORG_HEADS.has(last.text) && !isKnownPlace(name))
    sc.person += 1
  // "at Google", "at Microsoft": after "at", a lone unknown name is as often a company.
  if (before && PLACE_PREPS.has(before.lower) && !r.title)
    sc.place += r.tokens.length > 1 ? 1 : before.lower === 'at' && !isKnownPlace(name) ? 1 : 2
  if (before?.lower === 'the' && r.tokens.length >= 1) sc.organisation += 1
  // A common given name first: "Jesse Lingard", "Gloria".
  if (isGivenName(firstTok.text) && !ORG_HEADS.has(last.text) && !PLACE_HEADS.has(last.text))
    sc.person += r.tokens.length >= 2 ? 2 : r.first > 0 ? 1 : 0
  // Words the article also writes in lower case ("space shuttle", "water") are not a name's.
  const common = r.tokens.filter((t) => r.lowerWords.has(t.lower) && !isGivenName(t.text)).length
  if (common > 0) {
    sc.person -= 1.5 * common
    sc.organisation -= 0.5
  }
  // A lone word the article also writes in lower case ("Studio", "Landscape") is rarely a name.
  if (r.tokens.length === 1 && common > 0 && !isGivenName(firstTok.text) && !isKnownPlace(name)) {
    sc.organisation -= 2
    sc.place -= 2
  }
  // Two to four capitalised words with no other cue are most often a person in news.
  // Words, not tokens: "Hwang Hee-Chan" and "Lau Siu-lai" are two words of a name.
  const words = name.split(' ')
  const personal = r.tokens.filter((t) => isUpper(t.text) && t.pos === 'PROPN').length
  const hyphens = r.tokens.filter((t) => t.text === '-').length
  if (words.length >= 2 && words.length <= 4 && personal + 2 * hyphens >= r.tokens.length)
    sc.person += 0.5
  // "Lau Siu-lai", "Kwok Wai-keung": a romanised family name and a hyphenated given name.
  if (/^\p{Lu}\p{Ll}{1,6} \p{Lu}\p{Ll}{1,5}-\p{L}\p{Ll}{1,5}$/u.test(name)) sc.person += 1.5
  if (r.tokens.some((t) => /^\d/.test(t.text))) sc.person -= 3
  addCues(r, sc)
  return sc
}

export function kindOf(sc: Scores): EntityKind | null {
  const best = (Object.keys(sc) as EntityKind[]).sort((x, y) => sc[y] - sc[x])[0] as EntityKind
  return sc[best] > 0 ? best : null
}
