/**
 * Word lists for English news: countries with their aliases (capitals and metonyms),
 * titles that name a post, organisation heads, and the verbs that attribute speech.
 * General vocabulary only: nothing here is tuned to one article.
 */

export type CountryEntry = {
  name: string
  aliases: string[]
  demonyms: string[]
  capital: string
  region: string
}

const C = (name: string, aliases: string, demonyms: string, capital: string, region: string) => ({
  name,
  aliases: aliases ? aliases.split('|') : [],
  demonyms: demonyms ? demonyms.split('|') : [],
  capital,
  region,
})

export const COUNTRIES: CountryEntry[] = [
  C(
    'the United States',
    'US|U.S.|USA|America|United States|Washington',
    'American|US|U.S.',
    'Washington',
    'americas',
  ),
  C('Canada', 'Ottawa', 'Canadian', 'Ottawa', 'americas'),
  C('Mexico', 'Mexico City', 'Mexican', 'Mexico City', 'americas'),
  C('Brazil', 'Brasilia', 'Brazilian', 'Brasilia', 'americas'),
  C('Argentina', 'Buenos Aires', 'Argentine|Argentinian', 'Buenos Aires', 'americas'),
  C(
    'the United Kingdom',
    'UK|U.K.|Britain|Great Britain|United Kingdom|London',
    'British|UK',
    'London',
    'europe',
  ),
  C('France', 'Paris', 'French', 'Paris', 'europe'),
  C('Germany', 'Berlin', 'German', 'Berlin', 'europe'),
  C('Italy', 'Rome', 'Italian', 'Rome', 'europe'),
  C('Spain', 'Madrid', 'Spanish', 'Madrid', 'europe'),
  C('the Netherlands', 'Netherlands|Holland|Amsterdam|The Hague', 'Dutch', 'Amsterdam', 'europe'),
  C('Belgium', 'Brussels', 'Belgian', 'Brussels', 'europe'),
  C('Poland', 'Warsaw', 'Polish', 'Warsaw', 'europe'),
  C('Sweden', 'Stockholm', 'Swedish', 'Stockholm', 'europe'),
  C('Norway', 'Oslo', 'Norwegian', 'Oslo', 'europe'),
  C('Ireland', 'Dublin', 'Irish', 'Dublin', 'europe'),
  C('Finland', 'Helsinki', 'Finnish', 'Helsinki', 'europe'),
  C('Denmark', 'Copenhagen', 'Danish', 'Copenhagen', 'europe'),
  C('Switzerland', 'Bern', 'Swiss', 'Bern', 'europe'),
  C('Austria', 'Vienna', 'Austrian', 'Vienna', 'europe'),
  C('Portugal', 'Lisbon', 'Portuguese', 'Lisbon', 'europe'),
  C('Hungary', 'Budapest', 'Hungarian', 'Budapest', 'europe'),
  C('Greece', 'Athens', 'Greek', 'Athens', 'europe'),
  C('Ukraine', 'Kyiv|Kiev', 'Ukrainian', 'Kyiv', 'europe'),
  C('Russia', 'Moscow|Kremlin|the Kremlin', 'Russian', 'Moscow', 'europe'),
  C('Turkey', 'Ankara|Turkiye', 'Turkish', 'Ankara', 'middle-east'),
  C('Iran', 'Tehran', 'Iranian', 'Tehran', 'middle-east'),
  C('Iraq', 'Baghdad', 'Iraqi', 'Baghdad', 'middle-east'),
  C('Syria', 'Damascus', 'Syrian', 'Damascus', 'middle-east'),
  C('Israel', 'Jerusalem', 'Israeli', 'Jerusalem', 'middle-east'),
  C('Lebanon', 'Beirut', 'Lebanese', 'Beirut', 'middle-east'),
  C('Jordan', 'Amman', 'Jordanian', 'Amman', 'middle-east'),
  C('Saudi Arabia', 'Riyadh', 'Saudi', 'Riyadh', 'middle-east'),
  C('Egypt', 'Cairo', 'Egyptian', 'Cairo', 'middle-east'),
  C('Qatar', 'Doha', 'Qatari', 'Doha', 'middle-east'),
  C('Yemen', 'Sanaa', 'Yemeni', 'Sanaa', 'middle-east'),
  C('the United Arab Emirates', 'UAE|Abu Dhabi', 'Emirati', 'Abu Dhabi', 'middle-east'),
  C('Afghanistan', 'Kabul', 'Afghan', 'Kabul', 'asia'),
  C('Pakistan', 'Islamabad', 'Pakistani', 'Islamabad', 'asia'),
  C('India', 'New Delhi|Delhi', 'Indian', 'New Delhi', 'asia'),
  C('China', 'Beijing', 'Chinese', 'Beijing', 'asia'),
  C('Japan', 'Tokyo', 'Japanese', 'Tokyo', 'asia'),
  C('South Korea', 'Seoul', 'South Korean', 'Seoul', 'asia'),
  C('North Korea', 'Pyongyang', 'North Korean', 'Pyongyang', 'asia'),
  C('Australia', 'Canberra', 'Australian', 'Canberra', 'oceania'),
  C('Nigeria', 'Abuja', 'Nigerian', 'Abuja', 'africa'),
  C('Kenya', 'Nairobi', 'Kenyan', 'Nairobi', 'africa'),
  C('South Africa', 'Pretoria', 'South African', 'Pretoria', 'africa'),
  C('Ethiopia', 'Addis Ababa', 'Ethiopian', 'Addis Ababa', 'africa'),
]

/** Head words of a post. Lower-case forms; matched case-insensitively. */
export const TITLES = (
  'prime minister|deputy prime minister|president|vice president|chancellor|foreign minister|' +
  'defence minister|defense minister|finance minister|interior minister|health minister|minister|' +
  'secretary of state|secretary|spokesman|spokeswoman|spokesperson|ambassador|envoy|governor|' +
  'senator|mayor|king|queen|prince|chief executive|chief executive officer|chief financial officer|' +
  'chief operating officer|chief scientist|chief economist|ceo|cfo|chairman|chairwoman|chair|founder|' +
  'co-founder|director|director general|managing director|general manager|manager|head coach|coach|' +
  'captain|striker|goalkeeper|judge|justice|chief justice|prosecutor|attorney general|attorney|lawyer|' +
  'defence lawyer|professor|lead author|researcher|scientist|analyst|economist|commander|general|' +
  'lieutenant|colonel|police chief|chief|leader|opposition leader|party leader|lawmaker|mp|' +
  'speaker|editor|correspondent|investor|executive|president and chief executive|head|' +
  'treasurer|councillor|councilor|council member|engineer|commissioner|foreign secretary|home secretary|general secretary'
)
  .split('|')
  .sort((a, b) => b.length - a.length)

/** Relations that describe a person only relative to another: never a post. */
export const RELATIVE_WORDS = new Set(
  'predecessor successor wife husband son daughter father mother brother sister friend rival colleague ally boss deputy aide partner'.split(
    ' ',
  ),
)

/**
 * A government's portfolios, as written after "Minister of" or before "Minister": part of the
 * post, never of the holder's name, and the wrong options of a portfolio blank.
 */
export const PORTFOLIOS = [
  'Agriculture',
  'Commerce',
  'Communications',
  'Culture',
  'Defence',
  'Defense',
  'Economy',
  'Education',
  'Energy',
  'Environment',
  'Finance',
  'Fisheries',
  'Foreign Affairs',
  'Health',
  'Home Affairs',
  'Homeland Security',
  'Housing',
  'Immigration',
  'Industry',
  'Information',
  'Infrastructure',
  'Interior',
  'Justice',
  'Labor',
  'Labour',
  'Mines',
  'Planning',
  'Science',
  'Sport',
  'Tourism',
  'Trade',
  'Transport',
  'Treasury',
  'Veterans',
  'Welfare',
]

export const ORG_HEADS = new Set(
  (
    'Department Ministry Institute Institution University College Council Court Agency Bank Inc Corp Corporation ' +
    'Group Company Co Party Committee Commission Office House Association Federation Club FC United City ' +
    'Hospital Foundation Fund Service Services Authority Board Union Organisation Organization Parliament ' +
    'Congress Senate Assembly Army Navy Force Forces Police Guard Times Post News Press Reuters Airlines ' +
    'Motors Technologies Systems Labs Laboratory Energy Power Securities Capital Holdings Partners Pharmaceuticals Observatory Centre Center Society Trust Network Bureau Tribunal Chamber'
  ).split(' '),
)

/** Common nouns that name an unnamed source ("a senior US military official"). */
/** Company heads that a story drops after the first mention ("Northwind Energy" → "Northwind"). */
export const COMPANY_HEADS = new Set(
  'Energy Power Inc Corp Corporation Group Holdings Securities Capital Motors Airlines Technologies Systems Labs Bank Pharmaceuticals Partners'.split(
    ' ',
  ),
)

export const SOURCE_NOUNS =
  'officials?|sources?|analysts?|diplomats?|experts?|witness(?:es)?|residents?|observers?|researchers?|investigators?|prosecutors?|lawmakers?|critics?|activists?|spokesperson|people familiar with the matter'

export const SPEECH_VERBS =
  'said|says|say|told|tells|tell|added|adds|stated|argued|argues|warned|warns|insisted|insists|noted|notes|explained|wrote|announced|claimed|confirmed|testified'

export const PERSON_PRONOUNS = new Set(['he', 'she'])
export const PLURAL_PRONOUNS = new Set(['they', 'both'])

export const STOP_CAPS = new Set(
  (
    'The A An In On At But And Or So Yet This That These Those There His Her Their Its Our My What When Where ' +
    'While After Before As If For By With Since Meanwhile However Also Last Next Some Many Most One Two ' +
    'Three No Not Now Then Still Even Only Both Each All Such Here Who Which How Why Earlier Later Despite ' +
    'Although Mr Mrs Ms Dr He She They We I It You Under Over From To Of Monday Tuesday Wednesday Thursday ' +
    'Friday Saturday Sunday January February March April May June July August September October November December'
  ).split(' '),
)

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]
export const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
]

/** Finds the country a word stands for: its name, an alias, a capital or a metonym. */
export function findCountry(word: string): CountryEntry | undefined {
  return countryByForm().get(word.replace(/^the\s+/i, ''))
}

let byForm: Map<string, CountryEntry> | undefined

/**
 * Every form that names a country (name without "the", alias, capital) → the first country
 * in the list with that form, as a scan of the list would find it. Built once: extraction
 * looks countries up for every capitalised chunk.
 */
function countryByForm(): Map<string, CountryEntry> {
  if (byForm) return byForm
  byForm = new Map()
  for (const c of COUNTRIES)
    for (const form of [c.name.replace(/^the /, ''), ...c.aliases, c.capital])
      if (!byForm.has(form)) byForm.set(form, c)
  return byForm
}

/** Finds the country a demonym ("Iraqi") belongs to. */
export function findDemonym(word: string): CountryEntry | undefined {
  return COUNTRIES.find((c) => c.demonyms.includes(word))
}
