/** lib/format: long dates as en-GB writes them, checked against Intl day by day. */
import { describe, expect, test } from 'vitest'
import { formatIsoDate } from '@/lib/format'

const intl = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

describe('formatIsoDate', () => {
  test('matches Intl en-GB for every day from 1999 to 2032, leap days included', () => {
    const day = 86_400_000
    for (let t = Date.UTC(1999, 0, 1); t <= Date.UTC(2032, 11, 31); t += day) {
      const iso = new Date(t).toISOString()
      expect(formatIsoDate(iso.slice(0, 10))).toBe(intl.format(new Date(t)))
    }
  })

  test('reads the calendar date of a timestamp, whatever its time', () => {
    expect(formatIsoDate('2021-02-24')).toBe('24 February 2021')
    expect(formatIsoDate('2021-02-24T23:59:59.999Z')).toBe('24 February 2021')
  })

  test('refuses what is not a date', () => {
    for (const bad of ['', 'yesterday', '2021-13-01', '2021-00-10'])
      expect(() => formatIsoDate(bad)).toThrow(RangeError)
  })
})
