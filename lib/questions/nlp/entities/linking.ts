/**
 * Linking: every cleaned run joins the group of the name it stands for. Runs are taken
 * longest first, so a later short form meets its full name: a surname ("Phillips" → "Jack
 * Phillips"), the tail of an institution's name ("the Authority" → "Civil Defense
 * Authority") or its acronym ("NASA" → "National Aeronautics and Space Administration").
 * A short form that is a place on its own evidence ("Irving" in "Irving Police Department",
 * "United States" in "United States Navy") keeps a group of its own.
 */
import { isGivenName } from '../given-names'
import { findCountryByName } from '../places'
import { textOfRun } from './runs'
import { teamCue } from './teams'
import type { EntityKind, Run, Scores } from './types'
import { kindOf, scoreRun } from './typing'

export type Group = { key: string; name: string; runs: Run[]; scores: Scores; words: string[] }

export const foldName = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase()

const splitWords = (key: string) => key.split(/[\s-]+/).filter(Boolean)
const FUNCTION_WORDS = new Set(['of', 'and', 'the', 'for', 'on', 'in', '&', 'de', 'du', 'des'])

/** "National Aeronautics and Space Administration" → "nasa". */
export function acronymOf(words: string[]): string {
  return words
    .filter((w) => !FUNCTION_WORDS.has(w))
    .map((w) => w[0] ?? '')
    .join('')
}

const isAcronym = (name: string) => /^[A-Z][A-Z&]{1,7}$/.test(name.replace(/\./g, ''))

/** A short form two of the article's people share: it is linked to neither, nor kept alone. */
const AMBIGUOUS: Group = {
  key: '',
  name: '',
  runs: [],
  scores: { person: 0, organisation: 0, place: 0 },
  words: [],
}

function findFullName(groups: Group[], r: Run, key: string, sc: Scores): Group | undefined {
  const name = textOfRun(r)
  const words = splitWords(key)
  if (isAcronym(name)) {
    const letters = key.replace(/[.&]/g, '')
    const full = groups.find((x) => x.words.length >= 2 && acronymOf(x.words) === letters)
    if (full && kindOf(full.scores) !== 'person') return full
  }
  // "Korea" and "South Korea", "U.S." and "United States": one country under two names.
  const country = findCountryByName(name)
  if (country) {
    const same = groups.find((x) => findCountryByName(x.name)?.name === country.name)
    if (same) return same
  }
  if (r.tokens.length > 2) return undefined
  // A short form that is a place on its own ("Irving", "Canada") is no one's surname.
  const ownKind = kindOf(sc)
  const ownPlace = ownKind === 'place' && sc.place >= 3
  // "Phillips" → "Jack Phillips"; "Kennedy" → "Anthony Kennedy".
  const people = groups.filter(
    (x) =>
      x.words.length > words.length &&
      words.every((w) => x.words.includes(w)) &&
      x.words.at(-1) === words.at(-1) &&
      kindOf(x.scores) !== 'place' &&
      !(ownPlace && kindOf(x.scores) === 'organisation'),
  )
  // "Mohamed" beside "Ahmed Mohamed" and his father "Mohamed El-Hassan Mohamed": either.
  const persons = people.filter((x) => kindOf(x.scores) === 'person')
  if (persons.length >= 2) return AMBIGUOUS
  const person = people[0]
  if (person) return person
  // "Cool clock, Ahmed" after "Ahmed Mohamed": a given name alone is the one person it begins.
  if (words.length === 1 && ownKind !== 'place' && isGivenName(name)) {
    const given = groups.filter(
      (x) => x.words.length >= 2 && x.words[0] === words[0] && kindOf(x.scores) === 'person',
    )
    if (given.length === 1) return given[0]
    if (given.length > 1) return AMBIGUOUS
  }
  if (ownPlace) return undefined
  // "the Defense Authority" → "Civil Defense Authority": the tail of an institution's name.
  return groups.find(
    (x) =>
      x.words.length > words.length &&
      kindOf(x.scores) === 'organisation' &&
      x.words.slice(-words.length).join(' ') === words.join(' '),
  )
}

/** Groups the runs by the name they stand for, summing each group's evidence. */
export function linkRuns(runs: Run[]): Group[] {
  const groups: Group[] = []
  const byName = new Map<string, Group>()
  const ordered = [...runs].sort(
    (a, b) => b.tokens.length - a.tokens.length || a.sentence - b.sentence || a.first - b.first,
  )
  for (const r of ordered) {
    const name = textOfRun(r)
    const key = foldName(name)
    const sc = scoreRun(r)
    let g = byName.get(key) ?? findFullName(groups, r, key, sc)
    if (g === AMBIGUOUS) continue
    if (!g) {
      g = {
        key,
        name,
        runs: [],
        scores: { person: 0, organisation: 0, place: 0 },
        words: splitWords(key),
      }
      groups.push(g)
      byName.set(key, g)
    }
    g.runs.push(r)
    // "KSC" for "Kennedy Space Center": an acronym says nothing of the kind it abbreviates.
    if (g.key !== key && isAcronym(name)) continue
    // "Paris" after "Valeska Paris": a short form of a person's name is no capital city.
    const shortForm = g.key !== key && kindOf(g.scores) === 'person'
    for (const k of Object.keys(sc) as EntityKind[])
      if (!(shortForm && k === 'place')) g.scores[k] += sc[k]
  }
  // A country with two results or squads is a team throughout the article; once one is, the
  // article is a match report, and every country that plays at all is a team too.
  const cues = groups.map((g) => g.runs.map((r) => teamCue(r)))
  const report = cues.some((c) => c.filter((x) => x === 'strong').length >= 2)
  groups.forEach((g, i) => {
    const c = cues[i] ?? []
    const strong = c.filter((x) => x === 'strong').length
    if (strong >= 2 || (report && c.some(Boolean)))
      g.scores.organisation = Math.max(g.scores.organisation, g.scores.place + 1)
  })
  return groups
}
