/**
 * Countries, their capitals, alternative spellings and demonyms, from the maintained
 * world-countries dataset (mledoze/countries, ODbL-1.0), indexed once for lookups by
 * the surface forms news uses ("Iraq", "the United States", "U.S.", "Iraqi", "Baghdad");
 * cities of 50,000 people or more and first-level provinces and states from the maintained
 * city-timezones dataset (Natural Earth populated places, MIT), for "Volgograd", "Ontario".
 */
import { cityMapping } from 'city-timezones'
import countries from 'world-countries'
import { BUILT_PLACE_HEADS, NATURAL_HEADS } from './words'

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
  /** Folded capital → its country. */
  capitals: Map<string, CountryInfo>
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
  ['Korea', 'South Korea'],
]

function build(): Index {
  const byName = new Map<string, CountryInfo>()
  const byDemonym = new Map<string, CountryInfo>()
  const capitals = new Map<string, CountryInfo>()
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
    // "Washington D.C." is written "Washington" too.
    for (const cap of c.capital)
      for (const n of [cap, cap.replace(/,?\s+D\.C\.$/, '')]) capitals.set(fold(n), info)
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
 * Capitals a reader could mistake for this one, which news writes for its government ("talks
 * with Washington", "a message from Tehran"): those of the neighbouring countries.
 */
export function neighbourCapitals(name: string): string[] {
  const c = getIndex().capitals.get(fold(name))
  if (!c) return []
  return neighbourCountries(c.name)
    .map((n) => findCountryByName(n)?.capital?.replace(/,?\s+D\.C\.$/, ''))
    .filter((x): x is string => !!x)
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

/** Cities with at least this many people: smaller towns share too many names with words. */
const MIN_CITY_POPULATION = 50_000

type Gazetteer = {
  /** Folded city name → the largest city of that name: its country and people. */
  cities: Map<string, { name: string; country: string; pop: number }>
  /** Folded province name → its country (the most populous where names repeat). */
  provinces: Map<string, { name: string; country: string; pop: number }>
  citiesOf: Map<string, string[]>
  provincesOf: Map<string, string[]>
}

let gazetteer: Gazetteer | null = null

function getGazetteer(): Gazetteer {
  if (gazetteer) return gazetteer
  const cities: Gazetteer['cities'] = new Map()
  const provinceTotals = new Map<string, { name: string; country: string; pop: number }>()
  for (const c of cityMapping) {
    if (c.pop >= MIN_CITY_POPULATION)
      for (const n of new Set([c.city, c.city_ascii])) {
        const known = cities.get(fold(n))
        if (!known || known.pop < c.pop)
          cities.set(fold(n), { name: n, country: c.country, pop: c.pop })
      }
    if (!c.province) continue
    const key = `${c.country}|${c.province}`
    const t = provinceTotals.get(key) ?? { name: c.province, country: c.country, pop: 0 }
    t.pop += c.pop
    provinceTotals.set(key, t)
  }
  const provinces: Gazetteer['provinces'] = new Map()
  for (const t of provinceTotals.values()) {
    const known = provinces.get(fold(t.name))
    if (!known || known.pop < t.pop) provinces.set(fold(t.name), t)
  }
  const byCountry = (xs: Iterable<{ name: string; country: string; pop: number }>) => {
    const out = new Map<string, string[]>()
    const sorted = [...xs].sort((a, b) => b.pop - a.pop || a.name.localeCompare(b.name))
    for (const x of sorted) out.set(x.country, [...(out.get(x.country) ?? []), x.name])
    return out
  }
  gazetteer = {
    cities,
    provinces,
    citiesOf: byCountry(new Map([...cities.values()].map((c) => [c.name, c])).values()),
    provincesOf: byCountry(provinceTotals.values()),
  }
  return gazetteer
}

/** A city of 50,000 or more somewhere in the world ("Volgograd", "Greensboro", "Toronto"). */
export function isCity(text: string): boolean {
  return getGazetteer().cities.has(fold(text))
}

/** A state, province or other first-level division ("Ontario", "Liguria", "Guangdong"). */
export function isProvince(text: string): boolean {
  return getGazetteer().provinces.has(fold(text))
}

/**
 * Places a reader could mistake for this city or province: the largest other cities, or the
 * most populous other provinces, of the same country (a fixed, data-driven order).
 */
export function neighbourPlaces(name: string, sort?: 'province'): string[] {
  const g = getGazetteer()
  const province = g.provinces.get(fold(name))
  const city = sort === 'province' ? undefined : g.cities.get(fold(name))
  const pick = city
    ? g.citiesOf.get(city.country)
    : province
      ? g.provincesOf.get(province.country)
      : []
  return (pick ?? []).filter((n) => fold(n) !== fold(name) && !/\d/.test(n)).slice(0, 12)
}

/**
 * What sort of place a name is, for options of one sort: a country, a built place, a natural
 * feature, or land (a city, province or region). A space centre is not offered against states.
 */
export function placeSort(name: string): 'country' | 'facility' | 'natural' | 'land' {
  if (findCountryByName(name)) return 'country'
  const words = name.split(/\s+/)
  const heads = [words[0] ?? '', words.at(-1) ?? '']
  if (heads.some((w) => BUILT_PLACE_HEADS.has(w))) return 'facility'
  if (heads.some((w) => NATURAL_HEADS.has(w))) return 'natural'
  return 'land'
}
