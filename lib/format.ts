/** Display formatting shared by pages and cards. Pure. */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/**
 * '2021-02-24' → '24 February 2021' (calendar dates carry no time zone), as en-GB writes a
 * long date. Spelt out rather than through Intl, which costs ~15 µs a call on every result.
 */
export function formatIsoDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number)
  const name = MONTHS[(month ?? 0) - 1]
  if (!year || !name || !day) throw new RangeError(`not an ISO date: ${iso}`)
  return `${day} ${name} ${year}`
}

export function formatReadingTime(minutes: number): string {
  return `${minutes} min read`
}

/** The DOM id of a sentence's element, from its stable id (`p4.s2` → `s-p4-s2`). */
export function sentenceDomId(sentenceId: string): string {
  return `s-${sentenceId.replace(/\./g, '-')}`
}

export const CATEGORY_LABEL: Record<string, string> = {
  actor: 'Actors',
  date: 'Dates',
  position: 'Positions',
  place: 'Places',
  number: 'Numbers',
}

/** Scores with partial credit: 7 → '7', 7.5 → '7.5'. */
export function formatScore(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1)
}

export function percentOf(earned: number, possible: number): number {
  return possible === 0 ? 0 : Math.round((earned / possible) * 100)
}
