/**
 * Countries, their capitals, alternative spellings and demonyms, from the maintained
 * world-countries dataset (mledoze/countries, ODbL-1.0), indexed once for lookups by
 * the surface forms news uses ("Iraq", "the United States", "U.S.", "Iraqi", "Baghdad").
 */
import countries from 'world-countries'

export type CountryInfo = {
  name: string
  capital: string | null
  demonym: string | null
  subregion: string
  region: string
  area: number
  independent: boolean
}

type Index = {
  byName: Map<string, CountryInfo>
  byDemonym: Map<string, CountryInfo>
  capitals: Set<string>
  all: CountryInfo[]
}

let index: Index | null = null

const folded = new Map<string, string>()
/** Accents, a leading "the" and case dropped; memoised, since every token is looked up. */
function fold(s: string): string {
  let f = folded.get(s)
  if (f === undefined) {
    f = s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/^the\s+/i, '')
      .toLowerCase()
    if (folded.size < 50_000) folded.set(s, f)
  }
  return f
}

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
  ['Holland', 'Netherlands'],
]

function build(): Index {
  const byName = new Map<string, CountryInfo>()
  const byDemonym = new Map<string, CountryInfo>()
  const capitals = new Set<string>()
  const all: CountryInfo[] = []
  for (const c of countries) {
    const info: CountryInfo = {
      name: c.name.common,
      capital: c.capital[0] ?? null,
      demonym: c.demonyms?.eng?.m ?? null,
      subregion: c.subregion || c.region,
      region: c.region,
      area: c.area,
      independent: c.independent === true,
    }
    for (const n of [c.name.common, c.name.official, ...c.altSpellings])
      if (n.length > 3 || /^[A-Z]{2,3}$/.test(n) === false) byName.set(fold(n), info)
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d) byDemonym.set(fold(d), info)
    for (const cap of c.capital) capitals.add(fold(cap))
    all.push(info)
  }
  for (const [alias, name] of EXTRA) {
    const info = byName.get(fold(name))
    if (info) byName.set(fold(alias), info)
  }
  return { byName, byDemonym, capitals, all }
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

/**
 * Countries a reader could mistake for this one: independent countries of the same
 * subregion, largest first (a fixed, data-driven order, so pools stay deterministic), then,
 * where the subregion has fewer than three (Australia and New Zealand), of the same region.
 */
export function neighbourCountries(name: string): string[] {
  const c = findCountryByName(name)
  if (!c) return []
  const others = getIndex().all.filter((x) => x.name !== c.name && x.independent)
  const bySize = (a: CountryInfo, b: CountryInfo) => b.area - a.area || a.name.localeCompare(b.name)
  const near = others.filter((x) => x.subregion === c.subregion).sort(bySize)
  if (near.length >= 3) return near.map((x) => x.name)
  const region = others.filter((x) => x.region === c.region && x.subregion !== c.subregion)
  return [...near, ...region.sort(bySize)].map((x) => x.name)
}
