/**
 * Date expressions and their resolution against the article's publishedAt:
 * absolute ("February 15", "in 2018"), relative ("on Monday", "last year", "this week"),
 * bare months by tense ("In October, X threatened" → past; "scheduled for October" → future).
 * Durations ("four months of calm", "just over a week") never match these patterns.
 */
import type { ArticleDoc } from '@/lib/content'
import type { Granularity, ResolvedDate } from '../facts'
import { MONTHS, WEEKDAYS } from '../lexicon'
import { detectTense, type Tense } from './tense'

export type { Tense } from './tense'

export type DateHit = {
  expression: string
  start: number
  end: number
  resolved: ResolvedDate
  tense: Tense
}

const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)'
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'
const PATTERNS: { kind: string; re: RegExp }[] = [
  {
    kind: 'mdy',
    re: new RegExp(
      `\\b(?:on |by |since |until )?${MONTH} (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b`,
      'g',
    ),
  },
  {
    kind: 'dmy',
    re: new RegExp(`\\b(?:on |by |since |until )?(\\d{1,2}) ${MONTH}(?:,? (\\d{4}))?\\b`, 'g'),
  },
  {
    kind: 'my',
    re: new RegExp(`\\b(?:[Ii]n |[Ss]ince |[Uu]ntil |[Bb]y )?${MONTH},? (\\d{4})\\b`, 'g'),
  },
  {
    kind: 'weekday',
    re: new RegExp(
      `\\b(?:(?:[Ll]ate|[Ee]arly) (?:on )?|[Oo]n |[Ll]ast |[Nn]ext |[Tt]his |[Bb]y |[Ss]ince |[Uu]ntil )?${WEEKDAY}(?:'s)?(?: (?:night|morning|afternoon|evening))?\\b`,
      'g',
    ),
  },
  {
    kind: 'month',
    re: new RegExp(
      `\\b(?:[Ii]n |[Ss]ince |[Uu]ntil |[Bb]y |[Ff]or |[Ll]ast |[Nn]ext |[Tt]his |[Ee]arly |[Ll]ate |[Mm]id-)${MONTH}(?! \\d)\\b`,
      'g',
    ),
  },
  {
    kind: 'year',
    re: /\b(?:[Ii]n |[Ss]ince |[Uu]ntil |[Bb]y |[Dd]uring |[Bb]efore |[Aa]fter |[Ff]rom )((?:19|20)\d{2})\b(?!\s*(?:-|–|to)\s*\d)/g,
  },
  // "in the 1990s", "since the 1990s": a decade, never a year ("1990s" is not 1990).
  {
    kind: 'decade',
    re: /\b(?:[Ii]n |[Ss]ince |[Uu]ntil |[Bb]y |[Dd]uring |[Ff]rom )?the ((?:19|20)\d)0s\b/g,
  },
  {
    kind: 'relative',
    re: /(?<!\bthe )\b(?:[Ll]ast|[Tt]his|[Nn]ext|[Ee]arlier this|[Ll]ater this) ([Ww]eek|[Mm]onth|[Yy]ear)\b/g,
  },
  { kind: 'deictic', re: /\b(?:[Yy]esterday|[Tt]omorrow)\b/g },
  // "two weeks ago", "a year ago": counted back from the publication date, at that unit.
  {
    kind: 'ago',
    re: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) (day|week|month|year)s? ago\b/gi,
  },
]

/** Index = value; "a"/"an" count as one. */
const NUMBER_WORDS = 'a one two three four five six seven eight nine ten eleven twelve'.split(' ')
const iso = (d: Date) => d.toISOString().slice(0, 10)
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d))
const monthIndex = (name: string) =>
  MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace(/\.$/, '').slice(0, 3)))

function range(start: Date, end: Date, granularity: Granularity): ResolvedDate {
  return { start: iso(start), end: iso(end), granularity }
}
const dayRange = (d: Date) => range(d, d, 'day')
const monthRange = (y: number, m: number) => range(utc(y, m, 1), utc(y, m + 1, 0), 'month')
const yearRange = (y: number) => range(utc(y, 0, 1), utc(y, 11, 31), 'year')
const decadeRange = (y: number) => range(utc(y, 0, 1), utc(y + 9, 11, 31), 'decade')
function weekRange(d: Date): ResolvedDate {
  const monday = utc(
    d.getUTCFullYear(),
    d.getUTCMonth(),
    d.getUTCDate() - ((d.getUTCDay() + 6) % 7),
  )
  return range(
    monday,
    utc(monday.getUTCFullYear(), monday.getUTCMonth(), monday.getUTCDate() + 6),
    'week',
  )
}

function resolve(kind: string, m: RegExpExecArray, pub: Date, tense: Tense): ResolvedDate | null {
  const y = pub.getUTCFullYear()
  const pm = pub.getUTCMonth()
  const text = m[0].toLowerCase()
  switch (kind) {
    case 'mdy':
    case 'dmy': {
      const [mon, day] = kind === 'mdy' ? [m[1], m[2]] : [m[2], m[1]]
      const mi = monthIndex(mon ?? '')
      let year = m[3] ? Number(m[3]) : y
      const d = utc(year, mi, Number(day))
      if (!m[3] && tense === 'past' && d > pub) year -= 1
      if (!m[3] && tense === 'future' && d < pub) year += 1
      return dayRange(utc(year, mi, Number(day)))
    }
    case 'my':
      return monthRange(Number(m[2]), monthIndex(m[1] ?? ''))
    case 'weekday': {
      const dow = WEEKDAYS.indexOf((m[1] ?? '').toLowerCase())
      const back = (pub.getUTCDay() - dow + 7) % 7
      const ahead = (dow - pub.getUTCDay() + 7) % 7
      // "next Saturday", "this Saturday": the coming one, whatever the verb's tense.
      const coming = /^(?:next|this) /.test(text)
      const delta = text.startsWith('last')
        ? -(back || 7)
        : coming
          ? ahead || 7
          : tense === 'future'
            ? ahead
            : -back
      return dayRange(utc(y, pm, pub.getUTCDate() + delta))
    }
    case 'month': {
      const mi = monthIndex(m[1] ?? '')
      if (text.startsWith('last')) return monthRange(mi < pm ? y : y - 1, mi)
      // The next occurrence on or after publication: "will open in March" published in March is this March.
      if (text.startsWith('next')) return monthRange(mi > pm ? y : y + 1, mi)
      if (tense === 'future') return monthRange(mi >= pm ? y : y + 1, mi)
      if (tense === 'past') return monthRange(mi <= pm ? y : y - 1, mi)
      return monthRange(y, mi)
    }
    case 'year':
      return yearRange(Number(m[1]))
    case 'decade':
      return decadeRange(Number(m[1]) * 10)
    case 'relative': {
      const shift = text.startsWith('last') ? -1 : text.startsWith('next') ? 1 : 0
      // "Last Year" opening a sentence is still a year, not a week.
      const unit = (m[1] ?? '').toLowerCase()
      if (unit === 'year') return yearRange(y + shift)
      if (unit === 'month') return monthRange(pm + shift < 0 ? y - 1 : y, (pm + shift + 12) % 12)
      return weekRange(utc(y, pm, pub.getUTCDate() + 7 * shift))
    }
    case 'ago': {
      const n = NUMBER_WORDS.indexOf((m[1] ?? '').toLowerCase().replace(/^an$/, 'a'))
      const count = n >= 0 ? Math.max(1, n) : Number(m[1])
      const unit = (m[2] ?? '').toLowerCase()
      if (unit === 'year') return yearRange(y - count)
      if (unit === 'month') return monthRange(y, pm - count)
      if (unit === 'week') return weekRange(utc(y, pm, pub.getUTCDate() - 7 * count))
      return dayRange(utc(y, pm, pub.getUTCDate() - count))
    }
    case 'deictic':
      return dayRange(utc(y, pm, pub.getUTCDate() + (text === 'yesterday' ? -1 : 1)))
  }
  return null
}

/** Every date expression in one sentence, resolved; overlapping matches keep the first pattern. */
export function findDates(text: string, publishedAt: string): DateHit[] {
  const pub = new Date(`${publishedAt}T00:00:00Z`)
  const hits: DateHit[] = []
  for (const { kind, re } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0
      const end = start + m[0].length
      if (hits.some((h) => start < h.end && end > h.start)) continue
      const tense = detectTense(text, start, end)
      const resolved = resolve(kind, m as RegExpExecArray, pub, tense)
      if (resolved) hits.push({ expression: m[0], start, end, resolved, tense })
    }
  }
  return hits.sort((a, b) => a.start - b.start)
}

const byArticle = new WeakMap<ArticleDoc, Map<string, DateHit[]>>()

/**
 * findDates for a quote-folded sentence of the article, against its publication date, found
 * once per article version: extraction reads every sentence's dates, and the pool's checks
 * read them again to confirm each date answer. Callers only read the hits.
 */
export function articleDates(doc: ArticleDoc, folded: string): DateHit[] {
  let known = byArticle.get(doc)
  if (!known) {
    known = new Map()
    byArticle.set(doc, known)
  }
  let hits = known.get(folded)
  if (!hits) {
    hits = findDates(folded, doc.meta.publishedAt)
    known.set(folded, hits)
  }
  return hits
}

/** A reader-facing label at the date's granularity: "Monday 22 February 2021", "October 2020". */
export function formatDate(r: ResolvedDate): string {
  const d = new Date(`${r.start}T00:00:00Z`)
  const month = MONTHS[d.getUTCMonth()] ?? ''
  const M = month.charAt(0).toUpperCase() + month.slice(1)
  const y = d.getUTCFullYear()
  if (r.granularity === 'decade') return `the ${y}s`
  if (r.granularity === 'year') return String(y)
  if (r.granularity === 'month') return `${M} ${y}`
  if (r.granularity === 'week') return `the week of ${d.getUTCDate()} ${M} ${y}`
  const wd = WEEKDAYS[d.getUTCDay()] ?? ''
  return `${wd.charAt(0).toUpperCase()}${wd.slice(1)} ${d.getUTCDate()} ${M} ${y}`
}

/** The same granularity shifted by n units: the source of "a date ±1 unit" distractors. */
export function shiftDate(r: ResolvedDate, n: number): ResolvedDate {
  const d = new Date(`${r.start}T00:00:00Z`)
  const y = d.getUTCFullYear()
  const mo = d.getUTCMonth()
  if (r.granularity === 'decade') return decadeRange(y + 10 * n)
  if (r.granularity === 'year') return yearRange(y + n)
  if (r.granularity === 'month')
    return monthRange(y + Math.floor((mo + n) / 12), (mo + n + 12) % 12)
  if (r.granularity === 'week') return weekRange(utc(y, mo, d.getUTCDate() + 7 * n))
  return dayRange(utc(y, mo, d.getUTCDate() + n))
}
