/**
 * Cues that a capitalised name is a thing or a character rather than a body: the system a
 * name labels ("the NEMISIS database"), a vessel ("aboard the Freewinds"), a role played or a
 * nickname ("played the Joker"). Added to a run's scores with the other cues (cues.ts).
 */
import { WORK_NOUNS } from '../words'
import { isUpper } from './runs'
import type { Run, Scores } from './types'

/** Nouns of schemes and systems that a name before them labels: "the ICI system". */
const SYSTEM_NOUNS =
  /^(system|systems|database|databases|software|scheme|tax|levy|format|protocol|algorithm)$/

/**
 * "the NEMISIS database", "under the IMU system": the name is the system's own, not a body's;
 * strong enough to outweigh an acronym's form, weak enough that a body named elsewhere in the
 * article without the noun ("the FBI said … the FBI database") stays a body.
 */
function systemCues(r: Run, sc: Scores) {
  const after = r.s.tokens[r.last]
  if (!after || !SYSTEM_NOUNS.test(after.text)) return
  sc.organisation -= 5
  sc.person -= 3
  sc.place -= 3
}

/**
 * "aboard the Freewinds", "on board Endeavour", "the cruise ship, Freewinds": a vessel or a
 * work, wherever else the name recurs without its noun ("transferred to the Freewinds").
 */
function vesselCues(r: Run, sc: Scores) {
  const toks = r.s.tokens
  const at = toks[r.first - 1]?.lower === 'the' ? r.first - 2 : r.first - 1
  const prep = toks[at]
  const aboard =
    /^(aboard|onboard)$/.test(prep?.lower ?? '') ||
    (prep?.lower === 'board' && toks[at - 1]?.lower === 'on')
  const noun = toks[r.first - 2]
  const apposed =
    toks[r.first - 1]?.text === ',' && !!noun && !isUpper(noun.text) && WORK_NOUNS.has(noun.lower)
  if (!aboard && !apposed) return
  sc.person -= 4
  sc.organisation -= 4
  sc.place -= 4
}

/**
 * Characters and nicknames are people: "played the Joker", "voiced the Narrator", "a cosplayer
 * going by the name "The Katherinator"", "a rapper who calls himself "The Prophet"". Not a
 * plural ("Chelsea played the Saints") nor a quoted title ("a robot named …", non-actors.ts).
 */
function characterCues(r: Run, sc: Scores) {
  const toks = r.s.tokens
  let at = r.first - 1
  while (at > 0 && /^(["“‘']|the|The)$/.test(toks[at]?.text ?? '')) at--
  const before = toks[at]
  const single = r.tokens.length === 1 && !/s$/.test(r.tokens[0]?.text ?? '')
  const role = before?.pos === 'VERB' && /^(play|portray|voice)$/.test(before.lemma) && single
  const nickname =
    (before?.lower === 'name' && toks[at - 1]?.lower === 'the' && toks[at - 2]?.lower === 'by') ||
    before?.lower === 'nicknamed' ||
    (/^(himself|herself)$/.test(before?.lower ?? '') && toks[at - 1]?.lemma === 'call')
  if (!role && !nickname) return
  sc.person += 6
  sc.organisation -= 3
}

export function thingCues(r: Run, sc: Scores): void {
  systemCues(r, sc)
  vesselCues(r, sc)
  characterCues(r, sc)
}
