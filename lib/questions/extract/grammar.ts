/**
 * Just enough English grammar to turn a news clause into a question stem:
 * past tense → base form for do-support ("hit" → "When did rockets hit …?"),
 * be/have inversion for passives, and a check that a clause has one finite verb.
 */

import { findCountry, findDemonym } from '../lexicon'
import { IRREGULAR } from './irregular'

/** Stems whose -ed form adds nothing else: "demanded", "confirmed", "reached", "claimed". */
const SAFE_REGULAR =
  /(?:ct|st|nt|nd|rm|rn|rt|rk|lt|mp|pt|ft|sk|lk|wn|wl|sh|ch|ck|ss|ll|rd|rl|lp|gn|ld|lm|mn|x|aim|eem|eed|oom|eal|ail|ain|ear|oin|oil|eel|ool|ead|oad|oud|ay|ey|ow|ew|en|on|er)$/
/** Past tense of a base form from the irregular list ("say" → "said"), for checks. */
const PAST_OF = new Map(Object.entries(IRREGULAR).map(([past, base]) => [base, past]))
export const pastOf = (base: string): string | undefined => PAST_OF.get(base)

/** Endings whose -ed form always dropped a silent e: stated, organised, moved, pledged, hired. */
const SILENT_E =
  /(?:[^aeiou]at|is|iz|uc|nc|rg|ng|dg|v|ir|ur|rs|rc|ps|ls|ns|[bcdfgkptz]l|[aeiou]{2}[sz])$/
const VOWEL_GROUPS = /[aeiouy]+/g
const syllables = (w: string) => (w.match(VOWEL_GROUPS) ?? []).length

/** "stopp" → "stop", "admitt" → "admit", "controll" → "control"; "add", "call", "err" keep both letters. */
function undouble(stem: string): string | null {
  const m = /([bdgmnprtl])\1$/.exec(stem)
  if (!m) return null
  const single = stem.slice(0, -1)
  // Doubling only follows a consonant-vowel-consonant end ("stop", "refer"), never "ad" or "er".
  if (!/(?:^|[^aeiou]|qu)[aeiou][bdgmnprtl]$/.test(single) || /^[aeiou]{1,2}[^aeiou]$/.test(single))
    return null
  // Monosyllables keep "ll" (call, fill); longer verbs doubled it in British spelling (travel, control).
  if (m[1] === 'l' && syllables(single) < 2) return null
  return single
}

/** Base form of a past-tense verb, or null when unsure (the caller then avoids do-support). */
export function baseForm(verb: string): string | null {
  const v = verb.toLowerCase()
  if (IRREGULAR[v]) return IRREGULAR[v] ?? null
  if (!v.endsWith('ed') || v.length < 4) return null
  if (/^[^aeiou]ied$/.test(v)) return v.slice(0, -1) // died, lied, tied
  if (/[^aeiou]ied$/.test(v)) return `${v.slice(0, -3)}y`
  const stem = v.slice(0, -2)
  const single = undouble(stem)
  if (single) return single
  if (/([bdgmnprtlsfz])\1$/.test(stem) || /ee$/.test(stem)) return stem
  // "visited", "offered", "opened": unstressed endings never add an e.
  if (/(?:it|er|en|on|ow|ew|ay|ey)$/.test(stem) && syllables(stem) >= 2) return stem
  // A one-syllable consonant-vowel-consonant stem that did not double had a silent e: "ruled", "voted".
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(stem)) return `${stem}e`
  if (SILENT_E.test(stem)) return `${stem}e`
  return SAFE_REGULAR.test(stem) ? stem : null
}

export const AUXILIARIES = /^(?:was|were|is|are|has|have|had|will|would|can|could|may|might)$/i
const PARTICIPLE_IN_SUBJECT =
  /^(?:by|for|in|from|at|over|with|as|during|after)\s+(?:[^,;]+?\s)?(?:has|have|had|was|were|is|are|will|would|could|can|may|might)\s/
const MODALS = /^(?:will|would|can|could|may|might|should|must|shall)$/i

/** Verbs news writes in the present with a to- or that-complement ("plans to", "estimate that"). */
const PRESENT_VERBS = new Set(
  (
    'plan expect intend hope aim want need estimate say believe warn claim argue insist predict ' +
    'fear suggest propose seek oppose support deny reject refuse face hold require remain'
  ).split(' '),
)

/** "plans" → does plan; "estimate" (plural subject) → do estimate; null when not a listed verb. */
function presentBase(word: string, subject: string): { aux: string; base: string } | null {
  const w = word.toLowerCase()
  const plural = /(?:[^s']s|\bthey|\bwe)$/i.test(subject.trim()) || /\band\b/.test(subject)
  if (PRESENT_VERBS.has(w) && plural) return { aux: 'do', base: w }
  const base = w.endsWith('ies')
    ? `${w.slice(0, -3)}y`
    : /(?:sh|ch|ss|x)es$/.test(w)
      ? w.slice(0, -2)
      : w.replace(/s$/, '')
  if (w !== base && PRESENT_VERBS.has(base) && !plural) return { aux: 'does', base }
  return null
}

const SUBORDINATE = /\b(?:after|before|because|although|though|while|until|unless|since|if)\b/i

/** Removes adverbs that read oddly after do-support ("rockets also hit" → "rockets hit"). */
export function dropAdverbs(text: string): string {
  return text.replace(
    /\s+(?:also|reportedly|allegedly|then|later|earlier|again|already)(?=\s)/gi,
    '',
  )
}

/** Lower-cases a sentence-initial common word ("Rockets" → "rockets"); names are kept by the caller. */
export function lowerFirst(text: string): string {
  const [first = '', second = ''] = text.split(/\s/)
  // "Port Elling voted", "Environment Agency said": a capitalised word followed by another
  // is a multi-word name, unless the first is a determiner ("The US").
  if (
    /^[A-Z]/.test(second) &&
    !/^(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Some|Many|Both|All)$/.test(first)
  )
    return text
  // "Ghanaian lawmakers", "Chinese officials": a nationality keeps its capital.
  // "Kenyans", "Iraqis": a plural nationality is a name too.
  const single = first.replace(/s$/, '')
  if (
    /^[A-Z][a-z]+(?:ians?|eans?|ese|ish|is)$/.test(first) ||
    findDemonym(first) ||
    findDemonym(single) ||
    findCountry(first)
  )
    return text
  return /^[A-Z][a-z]*$/.test(first) && first !== 'I'
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text
}

/**
 * A date fixes a moment, so a present perfect is asked in the past: "has changed from X" →
 * did … change from X, "has been retired" → was … retired, "have been freed" → were … freed.
 */
function pastForPerfect(aux: string, after: string[]): { aux: string; rest: string } | null {
  const a = aux.toLowerCase()
  if (a !== 'has' && a !== 'have') return null
  const [next = '', ...more] = after
  if (next === 'been') return { aux: a === 'has' ? 'was' : 'were', rest: more.join(' ') }
  const base = baseForm(next)
  return base && /^[a-z]+$/.test(next) ? { aux: 'did', rest: [base, ...more].join(' ') } : null
}

/**
 * "SUBJ VERB REST" → "When did SUBJ base REST?"; "SUBJ was VERBED REST" → "When was SUBJ VERBED REST?".
 * Returns null when the clause does not have that simple shape.
 */
export function toQuestion(
  wh: string,
  clause: string,
  subjectIsName: (s: string) => boolean,
): string | null {
  const words = dropAdverbs(clause).replace(/\s+/g, ' ').trim().split(' ')
  if (words.length < 3 || words.length > 30) return null
  for (let i = 1; i < Math.min(words.length, 12); i++) {
    const w = (words[i] ?? '').replace(/[,.]$/, '')
    // Verbs are lower-case mid-sentence; "United" in "Riverton United" is a name.
    if (/^[A-Z]/.test(w)) continue
    const subject = words.slice(0, i).join(' ')
    if (/[,;:"]/.test(subject)) return null
    // "it comes two months after the two countries held talks": a pronoun or a subordinate
    // clause is never the subject the stem needs.
    if (/^(?:it|he|she|they|we|this|that)$/i.test(words[0] ?? '') || SUBORDINATE.test(subject))
      return null
    const rest = words.slice(i + 1).join(' ')
    const subj = subjectIsName(subject) ? subject : lowerFirst(subject)
    const perfect = wh === 'When' ? pastForPerfect(w, words.slice(i + 1)) : null
    if (perfect) return `${wh} ${perfect.aux} ${subj} ${perfect.rest}?`.replace(/\s+\?$/, '?')
    if (AUXILIARIES.test(w) || MODALS.test(w)) {
      return `${wh} ${w.toLowerCase()} ${subj} ${rest}?`.replace(/\s+\?$/, '?')
    }
    const base = baseForm(w)
    // "the groups blamed for such attacks have been …": a participle inside the subject.
    if (base && /ed$/.test(w) && PARTICIPLE_IN_SUBJECT.test(words.slice(i + 1).join(' '))) continue
    if (base) return `${wh} did ${subj} ${base}${rest ? ` ${rest}` : ''}?`
    const present = presentBase(w, subject)
    if (present) return `${wh} ${present.aux} ${subj} ${present.base}${rest ? ` ${rest}` : ''}?`
  }
  return null
}

const FINITE_AUX =
  /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|shall|should|must|did|does|do)$/i
const PRESENT_FINITE = /^(?:says|plans|expects|wants|needs|holds|remains|faces|seeks|argues|warns)$/
const DETERMINER_BEFORE =
  /^(?:the|a|an|its|their|his|her|our|this|that|these|those|some|many|newly|recently|so-called)$/i

/** A lower-case past form used as a verb: "voted", "lost", "welcomed" (not "the injured"). */
export function isPastVerb(word: string, previous = ''): boolean {
  if (!/^[a-z]+$/.test(word) || DETERMINER_BEFORE.test(previous)) return false
  const base = baseForm(word)
  return base !== null && (/ed$/.test(word) || pastOf(base) === word)
}

/**
 * Whether a stretch of text holds a finite verb (an auxiliary, a past form, a common
 * present form). "Councillors in" has none, so a participle after it is the main verb.
 */
export function hasFiniteVerb(text: string): boolean {
  const words = text.match(/[A-Za-z'’-]+/g) ?? []
  return words.some(
    (w, i) => FINITE_AUX.test(w) || PRESENT_FINITE.test(w) || isPastVerb(w, words[i - 1]),
  )
}
