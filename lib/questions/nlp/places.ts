/**
 * Countries, their capitals, alternative spellings and demonyms, from the maintained
 * world-countries dataset (mledoze/countries, ODbL-1.0), indexed once for lookups by
 * the surface forms news uses ("Iraq", "the United States", "U.S.", "Iraqi", "Baghdad").
 */
import countries from 'world-countries'

export type CountryInfo = { name: string; capital: string | null; demonym: string | null }

type Index = {
  byName: Map<string, CountryInfo>
  byDemonym: Map<string, CountryInfo>
  capitals: Set<string>
}

let index: Index | null = null

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/^the\s+/i, '')
    .toLowerCase()

/** Short forms news writes that the dataset spells differently. */
const EXTRA: [string, string][] = [
  ['US', 'United States'],
  ['U.S.', 'United States'],
  ['U.S.A.', 'United States'],
  ['America', 'United States'],
  ['UK', 'United Kingdom'],
  ['U.K.', 'United Kingdom'],
  ['Britain', 'United Kingdom'],
  ['Great Britain', 'United Kingdom'],
  ['UAE', 'United Arab Emirates'],
  ['South Korea', 'South Korea'],
  ['North Korea', 'North Korea'],
  ['Russia', 'Russia'],
  ['Holland', 'Netherlands'],
]

function build(): Index {
  const byName = new Map<string, CountryInfo>()
  const byDemonym = new Map<string, CountryInfo>()
  const capitals = new Set<string>()
  for (const c of countries) {
    const info: CountryInfo = {
      name: c.name.common,
      capital: c.capital[0] ?? null,
      demonym: c.demonyms?.eng?.m ?? null,
    }
    for (const n of [c.name.common, c.name.official, ...c.altSpellings])
      if (n.length > 3 || /^[A-Z]{2,3}$/.test(n) === false) byName.set(fold(n), info)
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d) byDemonym.set(fold(d), info)
    for (const cap of c.capital) capitals.add(fold(cap))
  }
  for (const [alias, name] of EXTRA) {
    const info = byName.get(fold(name))
    if (info) byName.set(fold(alias), info)
  }
  return { byName, byDemonym, capitals }
}

function getIndex(): Index {
  index ??= build()
  return index
}

export function findCountryByName(text: string): CountryInfo | undefined {
  return getIndex().byName.get(fold(text))
}

export function findCountryByDemonym(text: string): CountryInfo | undefined {
  return getIndex().byDemonym.get(fold(text))
}

export function isCapitalCity(text: string): boolean {
  return getIndex().capitals.has(fold(text))
}
