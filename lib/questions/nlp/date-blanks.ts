/**
 * Dates as written, blanked in their sentence: for every date span the "when" stems
 * could not ask (a weekday, a month, "February 15", a year), distractors of the same
 * form — other weekdays, months, days of that month, years — inside the article's time
 * frame (never after the publication year for a past event).
 */
import { MONTHS as LOWER_MONTHS, WEEKDAYS as LOWER_WEEKDAYS } from '../lexicon'
import { insideQuote } from '../text'
import type { AnnotatedSentence, NumberSpan } from './annotate'
import { repeated } from './numbers'

export type DateBlank = {
  sentenceId: string
  start: number
  end: number
  text: string
  distractors: string[]
}

const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1)
/** Monday first: the order readers count weekdays in. */
const WEEKDAYS = [...LOWER_WEEKDAYS.slice(1), LOWER_WEEKDAYS[0] as string].map(title)
const MONTHS = LOWER_MONTHS.map(title)

function around<T>(list: T[], at: number, steps: number[]): T[] {
  return steps.map((d) => list[(at + d + list.length * 4) % list.length] as T)
}

const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December)'
/** Days of a month as distractors: near the answer, inside 1–28, never the answer. */
const otherDays = (day: number) => [day + 2, day - 3, day + 5].map((d) => ((d + 27) % 28) + 1)
const ordinal = (d: number) =>
  `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`
/** Neighbouring years inside the article's time frame: never after it for a past event. */
function otherYears(year: number, publishedYear: number, tensedFuture: boolean): number[] {
  // A year after publication ("by 2050") dates what is to come, whatever the verb.
  const future = tensedFuture || year > publishedYear
  const steps = future
    ? [1, 2, -1]
    : year >= publishedYear
      ? [-1, -2, -3]
      : year === publishedYear - 1
        ? [-1, -2, 1]
        : [-1, 1, -2]
  return steps.map((d) => year + d).filter((y) => future || y <= publishedYear)
}

/**
 * Words that date by the publication day: each is offered against others of its kind
 * ("yesterday" against "today", "last week"), all fitting the clause's tense.
 */
const RELATIVE: Record<string, string[]> = {
  yesterday: ['today', 'last week', 'two days ago'],
  today: ['yesterday', 'last week', 'this month'],
  tomorrow: ['today', 'next week', 'next month'],
  'last week': ['this week', 'last month', 'last year'],
  'this week': ['last week', 'this month', 'last month'],
  'next week': ['next month', 'tomorrow', 'next year'],
  'last month': ['last week', 'last year', 'this week'],
  'next month': ['next week', 'next year', 'tomorrow'],
  'last year': ['this year', 'last month', 'two years ago'],
  'next year': ['this year', 'next month', 'in two years'],
}

/** Distractors of the answer's own form, or [] when the form is not one we can vary fairly. */
export function dateDistractors(text: string, publishedYear: number, future: boolean): string[] {
  const t = text.trim()
  const relative = RELATIVE[t.toLowerCase()]
  if (relative) return /^[A-Z]/.test(t) ? relative.map(title) : relative
  const monthYear = new RegExp(`^${MONTH} (\\d{4})$`).exec(t)
  if (monthYear) {
    const [, month = '', y] = monthYear
    const at = MONTHS.indexOf(month)
    const year = Number(y)
    // Stepping back past January or on past December changes the year too.
    const near = [-1, 1, -2].map((d) => {
      const i = at + d
      return `${MONTHS[(i + 12) % 12]} ${year + Math.floor(i / 12)}`
    })
    return near.filter((x) => future || Number(x.slice(-4)) <= publishedYear)
  }
  const full = new RegExp(`^${MONTH} (\\d{1,2}), (\\d{4})$`).exec(t)
  if (full) return otherDays(Number(full[2])).map((d) => `${full[1]} ${d}, ${full[3]}`)
  const british = new RegExp(`^(\\d{1,2}) ${MONTH} (\\d{4})$`).exec(t)
  if (british) return otherDays(Number(british[1])).map((d) => `${d} ${british[2]} ${british[3]}`)
  const nth = new RegExp(`^${MONTH} (\\d{1,2})(?:st|nd|rd|th)$`).exec(t)
  if (nth) return otherDays(Number(nth[2])).map((d) => `${nth[1]} ${ordinal(d)}`)
  const decade = /^(\d{3})0s$/.exec(t)
  if (decade) {
    const start = Number(decade[1]) * 10
    return [-10, 10, -20]
      .map((d) => start + d)
      .filter((y) => future || y <= publishedYear)
      .map((y) => `${y}s`)
  }
  const wd = WEEKDAYS.indexOf(t)
  if (wd >= 0) return around(WEEKDAYS, wd, [-1, 1, -2])
  const mo = MONTHS.indexOf(t)
  if (mo >= 0) return around(MONTHS, mo, [-1, 1, 2])
  const md = new RegExp(`^${MONTH} (\\d{1,2})$`).exec(t)
  if (md) return otherDays(Number(md[2])).map((d) => `${md[1]} ${d}`)
  const y = /^(?:in )?(\d{4})$/.exec(t)
  if (y) return otherYears(Number(y[1]), publishedYear, future).map(String)
  return []
}

/**
 * "since 1958", "until 2010": a year after a preposition of time that the tagger left
 * without a date span.
 */
function bareYears(s: AnnotatedSentence): Pick<NumberSpan, 'type' | 'text' | 'start' | 'end'>[] {
  const text = s.ref.text
  return [
    ...text.matchAll(
      /\b(?:in|since|until|by|from|before|after)\s((?:1[89]|20)\d\d)\b(?![\d,.]\d)/gi,
    ),
  ]
    .map((m) => {
      const start = (m.index ?? 0) + m[0].length - (m[1]?.length ?? 0)
      return { type: 'DATE' as const, text: m[1] ?? '', start, end: start + (m[1]?.length ?? 0) }
    })
    .filter((y) => !s.spans.some((x) => x.type === 'DATE' && x.start < y.end && x.end > y.start))
}

export function findDateBlanks(sentences: AnnotatedSentence[], publishedAt: string): DateBlank[] {
  const year = Number(publishedAt.slice(0, 4))
  const out: DateBlank[] = []
  for (const s of sentences) {
    if (s.tokens.length > 45) continue
    for (const found of [...s.spans, ...bareYears(s)]) {
      if (found.type !== 'DATE') continue
      // "by 2050", "in 1998": the blank is the date, the preposition stays in the sentence.
      const lead =
        /^(?:in|by|from|until|since|before|after|on)\s+(?=\d)/i.exec(found.text)?.[0] ?? ''
      const span = {
        ...found,
        text: found.text.slice(lead.length),
        start: found.start + lead.length,
      }
      if (repeated(s.ref.text, span.text)) continue
      // "today's game", "from yesterday's match", a date in someone's words: no fair blank.
      if (/^['’]s\b/.test(s.ref.text.slice(span.end))) continue
      // "a 2000 year old tradition", "a 50-year plan": a length of time, not a date.
      if (/^[\s-]*years?\b/i.test(s.ref.text.slice(span.end))) continue
      // "yesterday afternoon": "last week afternoon" is no English, so no option would fit.
      if (/^\s+(?:morning|afternoon|evening|night)\b/i.test(s.ref.text.slice(span.end))) continue
      if (insideQuote(s.ref.text, span.start, span.end)) continue
      const future = s.tokens.some((t) => t.lower === 'will' || t.lower === 'scheduled')
      const distractors = dateDistractors(span.text, year, future)
      if (distractors.length < 3 || new Set(distractors).size < 3) continue
      if (distractors.some((d) => s.ref.text.includes(d))) continue
      out.push({
        sentenceId: s.ref.id,
        start: span.start,
        end: span.end,
        text: span.text,
        distractors,
      })
    }
  }
  return out
}
