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
