/**
 * Names run together with no comma between them: "a psychology major at University of Texas
 * Arlington Amneh Jafari heard …". clean.ts splits such a run where a given name it knows
 * opens the person; this pass splits it where the article names the person again by the
 * surname alone ("Jafari said"), whatever the given name.
 */
import { ORG_HEADS, PLACE_HEADS } from '../words'
import { isKnownPlace } from './cues'
import type { Run } from './types'

/** A word that could be a given name or surname: capitalised, proper, no head of a body or place. */
const personal = (text: string, pos: string) =>
  /^\p{Lu}\p{Ll}+$/u.test(text) &&
  pos === 'PROPN' &&
  !ORG_HEADS.has(text) &&
  !PLACE_HEADS.has(text) &&
  !isKnownPlace(text)

/** The run split into the body or place and the two-word person after it, or null. */
function splitRunOn(r: Run, surnames: Set<string>): Run[] | null {
  const n = r.tokens.length
  const given = r.tokens[n - 2]
  const surname = r.tokens[n - 1]
  if (n < 4 || !given || !surname || !surnames.has(surname.text)) return null
  if (!personal(given.text, given.pos) || !personal(surname.text, surname.pos)) return null
  const owner = r.tokens.slice(0, -2)
  if (!owner.some((t) => ORG_HEADS.has(t.text) || PLACE_HEADS.has(t.text))) return null
  const cut = r.first + n - 2
  return [
    { ...r, last: cut, tokens: owner },
    { ...r, first: cut, tokens: r.tokens.slice(-2), title: '' },
  ]
}

/** Splits every run that ends in a person the article also names by the surname alone. */
export function splitRunOns(runs: Run[]): Run[] {
  const surnames = new Set(
    runs.filter((r) => r.tokens.length === 1).map((r) => r.tokens[0]?.text ?? ''),
  )
  return runs.flatMap((r) => splitRunOn(r, surnames) ?? [r])
}
