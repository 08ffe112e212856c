/**
 * Dates as written, blanked in their sentence: for every date span the "when" stems
 * could not ask (a weekday, a month, "February 15", a year), distractors of the same
 * form — other weekdays, months, days of that month, years — inside the article's time
 * frame (never after the publication year for a past event).
 */
import { MONTHS as LOWER_MONTHS, WEEKDAYS as LOWER_WEEKDAYS } from '../lexicon'
import type { AnnotatedSentence } from './annotate'
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

/** Distractors of the answer's own form, or [] when the form is not one we can vary fairly. */
export function dateDistractors(text: string, publishedYear: number, future: boolean): string[] {
  const t = text.trim()
  const wd = WEEKDAYS.indexOf(t)
  if (wd >= 0) return around(WEEKDAYS, wd, [-1, 1, -2])
  const mo = MONTHS.indexOf(t)
  if (mo >= 0) return around(MONTHS, mo, [-1, 1, 2])
  const md =
    /^(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2})$/.exec(
      t,
    )
  if (md) {
    const day = Number(md[2])
    return [day + 2, day - 3, day + 5].map((d) => `${md[1]} ${((d + 27) % 28) + 1}`)
  }
  const y = /^(?:in )?(\d{4})$/.exec(t)
  if (y) {
    const year = Number(y[1])
    const steps = future
      ? [1, 2, -1]
      : year >= publishedYear
        ? [-1, -2, -3]
        : year === publishedYear - 1
          ? [-1, -2, 1]
          : [-1, 1, -2]
    return steps.map((d) => String(year + d)).filter((x) => future || Number(x) <= publishedYear)
  }
  return []
}

export function findDateBlanks(sentences: AnnotatedSentence[], publishedAt: string): DateBlank[] {
  const year = Number(publishedAt.slice(0, 4))
  const out: DateBlank[] = []
  for (const s of sentences) {
    if (s.tokens.length > 45) continue
    for (const span of s.spans) {
      if (span.type !== 'DATE') continue
      if (repeated(s.ref.text, span.text)) continue
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
