/**
 * Table tests for date blanks (lib/questions/nlp/date-blanks): distractors of the answer's
 * own form (weekday, month, "February 15", year), years of a past event never after the
 * publication year, and blanks whose distractors the sentence would give away left out.
 */
import { describe, expect, test } from 'vitest'
import { analyse } from '@/lib/questions/nlp'
import { dateDistractors, findDateBlanks } from '@/lib/questions/nlp/date-blanks'
import { docFrom } from './load'

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
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

describe('1. distractors of the same form', () => {
  test.each(['Monday', 'Sunday', 'Wednesday'])('weekday %s → three other weekdays', (day) => {
    const d = dateDistractors(day, 2021, false)
    expect(d).toHaveLength(3)
    expect(new Set(d).size).toBe(3)
    expect(d).not.toContain(day)
    for (const x of d) expect(WEEKDAYS).toContain(x)
  })

  test.each(['January', 'May', 'December'])('month %s → three other months', (month) => {
    const d = dateDistractors(month, 2021, false)
    expect(d).toHaveLength(3)
    expect(new Set(d).size).toBe(3)
    expect(d).not.toContain(month)
    for (const x of d) expect(MONTHS).toContain(x)
  })

  test.each(['February 15', 'February 2', 'June 28', 'October 1'])(
    '%s → three other days of that month',
    (date) => {
      const [month] = date.split(' ')
      const d = dateDistractors(date, 2021, false)
      expect(d).toHaveLength(3)
      expect(new Set(d).size).toBe(3)
      expect(d).not.toContain(date)
      for (const x of d) {
        expect(x).toMatch(new RegExp(`^${month} ([1-9]|1\\d|2[0-8])$`))
      }
    },
  )

  test.each([
    ['2019', 2021],
    ['2020', 2021],
    ['2021', 2021],
    ['2015', 2021],
    ['in 2019', 2021],
  ])('past event in %s (published %d) → three years, none after publication', (text, year) => {
    const d = dateDistractors(text, year, false)
    expect(d).toHaveLength(3)
    expect(new Set(d).size).toBe(3)
    expect(d).not.toContain(text.replace(/^in /, ''))
    for (const x of d) {
      expect(x).toMatch(/^\d{4}$/)
      expect(Number(x)).toBeLessThanOrEqual(year)
    }
  })

  test('a future event may be given later years', () => {
    const d = dateDistractors('2022', 2021, true)
    expect(d).toHaveLength(3)
    expect(d.some((x) => Number(x) > 2022)).toBe(true)
  })

  test.each([
    ['July 2003', 2021, ['June 2003', 'August 2003', 'May 2003']],
    ['January 2008', 2021, ['December 2007', 'February 2008', 'November 2007']],
    ['December 2020', 2021, ['November 2020', 'January 2021', 'October 2020']],
    ['April 12, 1981', 2021, ['April 14, 1981', 'April 9, 1981', 'April 17, 1981']],
    ['14 March 2007', 2021, ['16 March 2007', '11 March 2007', '19 March 2007']],
    ['December 21st', 2021, ['December 23rd', 'December 18th', 'December 26th']],
    ['1960s', 2021, ['1950s', '1970s', '1940s']],
    ['Yesterday', 2021, ['Today', 'Last week', 'Two days ago']],
    ['last week', 2021, ['this week', 'last month', 'last year']],
  ])('%s → %j: the same form, near it', (text, year, expected) => {
    expect(dateDistractors(text, year, false)).toEqual(expected)
  })

  test('a past month or decade gets no distractor after the publication year', () => {
    expect(dateDistractors('December 2021', 2021, false)).toEqual(['November 2021', 'October 2021'])
    expect(dateDistractors('2010s', 2015, false)).toEqual(['2000s', '1990s'])
  })

  test.each(['Monday, June 4', 'the 1990s', 'spring', ''])(
    '%j is not a form we vary → []',
    (text) => {
      expect(dateDistractors(text, 2021, false)).toEqual([])
    },
  )
})

describe('2. findDateBlanks in sentences', () => {
  const blanksOf = (body: string, publishedAt = '2021-02-24') =>
    findDateBlanks(analyse(docFrom(body, publishedAt)).sentences, publishedAt)

  test.each([
    ['The firm opened its first store in 2019 after a long delay.', '2019'],
    ['The talks will resume on Monday in Geneva.', 'Monday'],
    ['The law took effect on February 15 after a vote.', 'February 15'],
    ['The survey was carried out in July 2003 in eleven schools.', 'July 2003'],
    ['Sweden have not reached the final since 1958 in any tournament.', '1958'],
    ['Rockets struck the base last week near the airport.', 'last week'],
  ])('%s → blank "%s"', (body, text) => {
    const blanks = blanksOf(body)
    expect(blanks.map((b) => b.text)).toEqual([text])
    const sentence = docFrom(body).paragraphs[0]?.sentences[0]?.text ?? ''
    const [b] = blanks
    expect(sentence.slice(b?.start, b?.end)).toBe(text)
    for (const d of b?.distractors ?? []) expect(sentence).not.toContain(d)
  })

  test('a distractor the sentence itself shows drops the blank ("March … May")', () => {
    const texts = blanksOf('The strike began in March and ended in May.').map((b) => b.text)
    expect(texts).not.toContain('March')
  })

  test('years of a past event stay at or before the publication year', () => {
    for (const b of blanksOf('The firm opened its first store in 2021 after a long delay.'))
      for (const d of b.distractors) expect(Number(d)).toBeLessThanOrEqual(2021)
  })
})
