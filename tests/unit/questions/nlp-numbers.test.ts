/**
 * Table tests for numbers (lib/questions/nlp/numbers): parseNumber's values, distractors
 * of the answer's own form that never repeat the answer or the sentence, an answer that
 * does not always sit in the same rank among its options, tallies as other splits of the
 * same total, and the numbers findNumbers leaves alone (ranges, conversions, small counts,
 * years).
 */
import { describe, expect, test } from 'vitest'
import { extractFacts, type Fact } from '@/lib/questions'
import { type NumberDraft, numberDistractors, parseNumber } from '@/lib/questions/nlp/numbers'
import { docFrom } from './load'

type NumberFact = Extract<Fact, { type: 'number' }>

const numbersOf = (body: string) =>
  extractFacts(docFrom(body)).filter((f): f is NumberFact => f.type === 'number')

const draft = (
  kind: NumberDraft['kind'],
  text: string,
  unit: string | null = null,
): NumberDraft => {
  const value = kind === 'tally' ? Number(text.split(/[-–]/)[0]) : parseNumber(text)
  if (value === null) throw new Error(`unparsable ${text}`)
  return {
    type: 'number',
    kind,
    text,
    value,
    unit,
    evidence: { sentenceId: 'p1.s1', start: 0, end: 0 },
  }
}

describe('1. parseNumber', () => {
  test.each([
    ['$11.5 billion', 11.5e9],
    ['58%', 58],
    ['1,200', 1200],
    ['three', 3],
    ['39', 39],
    ['€2 million', 2e6],
    ['£450,000', 450_000],
    ['50 percent', 50],
    ['12.5 per cent', 12.5],
    ['US$4 trillion', 4e12],
    ['1.5 million', 1.5e6],
    ['four million', 4e6],
    ['twenty', 20],
    ['-4', -4],
  ])('%s → %d', (text, value) => {
    expect(parseNumber(text)).toBe(value)
  })

  test.each(['', 'abc', 'several', 'a few', 'dozens'])('%j → null', (text) => {
    expect(parseNumber(text)).toBeNull()
  })
})

/** The form of a number as written: currency, scale word, % sign and decimals. */
const formOf = (t: string) => ({
  currency: /^[$€£¥]|^US\$/.exec(t)?.[0] ?? '',
  scale: /\b(thousand|million|billion|trillion)\b/.exec(t)?.[1] ?? '',
  percent: /%|percent|per cent/.test(t),
  decimals: /\.(\d+)/.exec(t)?.[1]?.length ?? 0,
  digits: /\d/.test(t),
})

describe('2. numberDistractors: three options of the answer’s own form', () => {
  test.each([
    ['money', '$11.5 billion', 'Kmart will buy Sears for $11.5 billion.'],
    ['money', '£12 million', 'The club paid £12 million for the striker.'],
    ['money', '$450,000', 'He was fined $450,000 by the regulator.'],
    ['percent', '58%', 'The deal was backed by 58% of shareholders.'],
    ['percent', '3.5%', 'Growth was 3.5% in the last quarter.'],
    ['count', '39', 'The company will close 39 stores.'],
    ['count', '1,200', 'The firm cut 1,200 jobs.'],
    ['count', 'seven', 'The firm has seven stores in Ohio.'],
  ] as const)('%s %s', (kind, text, sentence) => {
    const f = draft(kind, text)
    const options = numberDistractors(f, [f], sentence)
    expect(options).toHaveLength(3)
    expect(new Set(options).size).toBe(3)
    expect(options).not.toContain(text)
    const form = formOf(text)
    for (const o of options) {
      expect(sentence, o).not.toContain(o)
      expect(formOf(o), o).toEqual(form)
      expect(parseNumber(o), o).not.toBe(f.value)
      if (kind === 'percent') expect(parseNumber(o)).toBeGreaterThan(0)
    }
  })

  test('another number of the same kind in the article is offered first', () => {
    const f = draft('money', '$11.5 billion')
    const other = draft('money', '$9 billion')
    expect(numberDistractors(f, [f, other], 'Kmart will buy Sears for $11.5 billion.')).toContain(
      '$9 billion',
    )
  })

  test('a number the sentence shows is never a distractor', () => {
    const f = draft('money', '$12 million')
    const sentence = 'The club paid $12 million, up from $9 million, and $15 million next year.'
    const options = numberDistractors(f, [f, draft('money', '$9 million')], sentence)
    expect(options).toHaveLength(3)
    for (const o of options) expect(sentence).not.toContain(o)
  })

  test('a count of another unit is not borrowed ("39 stores" gets no "40 justices")', () => {
    const f = draft('count', '39', 'stores')
    const options = numberDistractors(
      f,
      [f, draft('count', '40', 'justices')],
      'It shut 39 stores.',
    )
    expect(options).not.toContain('40')
  })

  test('over many facts the answer’s rank among the four options varies', () => {
    const ranks = new Set<number>()
    for (let i = 0; i < 24; i++) {
      const text = `$${i + 2}.5 million`
      const f = draft('money', text)
      const options = numberDistractors(f, [f], `The club paid ${text} for player number ${i}.`)
      expect(options).toHaveLength(3)
      const values = [text, ...options]
        .map((o) => parseNumber(o) ?? Number.NaN)
        .sort((a, b) => a - b)
      ranks.add(values.indexOf(f.value))
    }
    // Four ranks are possible; a fixed layout would give one.
    expect(ranks.size).toBeGreaterThanOrEqual(3)
  })

  test('the same fact always gets the same options (deterministic)', () => {
    const f = draft('percent', '58%')
    const s = 'The deal was backed by 58% of shareholders.'
    expect(numberDistractors(f, [f], s)).toEqual(numberDistractors(f, [f], s))
  })
})

describe('2b. spans of time keep their unit, in words or digits', () => {
  test.each([
    ['six weeks', 'weeks'],
    ['Seventeen years', 'years'],
    ['17 years', 'years'],
  ])('%s → three others in %s', (text, unit) => {
    const d = numberDistractors(draft('count', text, unit), [], '')
    expect(d).toHaveLength(3)
    for (const x of d) {
      expect(x.endsWith(` ${unit}`)).toBe(true)
      expect(x).not.toBe(text)
      expect(/^[A-Z]/.test(x)).toBe(/^[A-Z]/.test(text))
    }
  })
})

describe('3. tallies: other splits of the same total', () => {
  test.each([
    ['7-2', 'The court ruled 7-2 in favour of the baker.'],
    ['5–4', 'The court ruled 5–4 in favour of the baker.'],
    ['6-3', 'United won 6-3 at home.'],
  ])('%s', (text, sentence) => {
    const f = draft('tally', text)
    const options = numberDistractors(f, [f], sentence)
    expect(options).toHaveLength(3)
    const [a = 0, b = 0] = text.split(/[-–]/).map(Number)
    const sep = text.includes('–') ? '–' : '-'
    for (const o of options) {
      expect(o).not.toBe(text)
      const [x = 0, y = 0] = o.split(sep).map(Number)
      expect(x + y, o).toBe(a + b)
      expect(x, o).toBeGreaterThanOrEqual(y)
    }
  })

  test('a score with fewer than three other splits gets no options ("3-1": only 4-0 and 2-2)', () => {
    const f = draft('tally', '3-1')
    expect(numberDistractors(f, [f], 'United won 3-1 at home.')).toEqual([])
  })

  test('"7-2" in an article is a tally fact with its first figure as value', () => {
    const [f] = numbersOf('The court ruled 7-2 in favour of the baker.')
    expect(f).toMatchObject({ kind: 'tally', text: '7-2', value: 7 })
  })

  // Suspected bug: wink splits "5–4" (en dash, as most style guides write a vote) into three
  // tokens, so the token filter for tallies, which allows "–", never sees it.
  test.fails('"5–4" with an en dash is a tally fact too', () => {
    const facts = numbersOf('The court ruled 5–4 in favour of the baker.')
    expect(facts.map((f) => [f.kind, f.text])).toContainEqual(['tally', '5–4'])
  })
})

describe('4. findNumbers: what is blanked and what is not', () => {
  test.each([
    ['Kmart will buy Sears for $11.5 billion.', 'money', '$11.5 billion', null],
    ['Shareholders backed the deal by 58% on Monday.', 'percent', '58%', null],
    ['The company will close 39 stores.', 'count', '39', 'stores'],
    ['The firm was founded in 1998 and employs 2,500 people.', 'count', '2,500', 'people'],
    ['The strike lasted six weeks before a deal was reached.', 'count', 'six weeks', 'weeks'],
    ['The festival has been held for 17 years in the old town.', 'count', '17 years', 'years'],
  ])('%s → %s %s', (body, kind, text, unit) => {
    const facts = numbersOf(body)
    expect(facts.map((f) => [f.kind, f.text, f.unit])).toEqual([[kind, text, unit]])
    const doc = docFrom(body)
    const sentence = doc.paragraphs[0]?.sentences[0]?.text ?? ''
    const e = facts[0]?.evidence
    expect(sentence.slice(e?.start, e?.end)).toBe(text)
  })

  test.each([
    ['a range', 'The firm will close two or three stores.'],
    ['a range with "to"', 'The firm will close 12 to 15 stores in Ohio.'],
    [
      'a conversion in brackets',
      'The firm built a road of 500 miles (800 km) of which most is paved.',
    ],
    ['a count under four', 'The firm will close 3 stores.'],
    ['a year', 'The firm opened in 2019 after a long delay.'],
    ['a four-digit year-like count', 'The firm has 2019 employees.'],
    ['a count with no noun', 'The score was 45 at half time, said the coach.'],
  ])('%s: %s → no number fact for it', (_what, body) => {
    const texts = numbersOf(body).map((f) => f.text)
    for (const t of ['two', 'three', '12', '15', '800', '3', '2019', '45'])
      expect(texts, t).not.toContain(t)
  })

  // Neither the bracketed 800 nor the 500 before it is blanked: "(800 km)" would give it away.
  test('"500 miles (800 km)": the number before a bracketed conversion is not blanked', () => {
    expect(numbersOf('The road is 500 miles (800 km) long.').map((f) => f.text)).not.toContain(
      '500',
    )
  })

  // A repeat is a whole figure: "3.5%" does not repeat "5%".
  test('"5%" is not mistaken for a repeat of "3.5%"', () => {
    const texts = numbersOf('Growth was 3.5% this year, and prices rose 5% in June.').map(
      (f) => f.text,
    )
    expect(texts).toEqual(['3.5%', '5%'])
  })

  // wink's span for a hedged figure is "About 58%" / "nearly 4,000": the figure itself is
  // blanked, the hedge left in the sentence.
  test.each([
    ['About 58% of shareholders agreed.', '58%'],
    ['The firm cut nearly 4,000 jobs last year.', '4,000'],
  ])('a hedged figure is still a number fact: %s', (body, text) => {
    expect(numbersOf(body).map((f) => f.text)).toContain(text)
  })

  test('a number the sentence writes twice is not blanked', () => {
    expect(numbersOf('The firm closed 40 stores, and rivals closed 40 stores too.')).toEqual([])
  })
})
