/** Display formatting shared by pages and cards. Pure. */

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/** '2021-02-24' → '24 February 2021' (calendar dates carry no time zone). */
export function formatIsoDate(iso: string): string {
  return longDate.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`))
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
}

/** Scores with partial credit: 7 → '7', 7.5 → '7.5'. */
export function formatScore(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1)
}

export function percentOf(earned: number, possible: number): number {
  return possible === 0 ? 0 : Math.round((earned / possible) * 100)
}
