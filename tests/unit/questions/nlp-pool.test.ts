/**
 * Pool-level tests for the token-based kinds (lib/questions/pool via generateQuestionPool):
 * the same article gives the same pool, no two questions of one format rest on the same
 * evidence span, no question with a hard defect survives, true/false keys of a pool with
 * several statements stay within 40–60% True, and money and percentages give 'number' blanks.
 */
import { describe, expect, test } from 'vitest'
import { generateQuestionPool, type Question } from '@/lib/questions'
import { hardDefects } from '@/lib/questions/check/defects'
import { docFrom, FIRST, loadArticle } from './load'

const MERGER = `Kmart Holding Corp will buy Sears for $11.5 billion, the companies said on Wednesday. About 58% of Sears shareholders backed the deal, and the firm will close 39 stores in Ohio.

Analysts at Cobalt Securities said the price was 20% above the market value. Kmart chairman Edward Lampert said the merger would create the third-largest retailer.

Sears chief executive Alan Lacy said: "This is a good day for our customers." Shareholder Ruth Jansen said the deal was unfair. Union leader Tom Ashby said 4,000 jobs were at risk.`

const MATCH = `Sweden faced South Korea at the Nizhny Novgorod Stadium on Monday. Sweden coach Janne Andersson said his side had deserved the win.

Andreas Granqvist scored the only goal from the penalty spot. South Korea coach Shin Tae-yong said the referee had made a mistake. Ben Wallace shoved Ron Artest during a charity game in Detroit.`

const poolOf = (body: string, publishedAt = '2021-02-24') =>
  generateQuestionPool(docFrom(body, publishedAt)).questions

const isTrue = (q: Question) =>
  q.format === 'true-false' &&
  q.key.format === 'true-false' &&
  q.options.find((o) => o.id === (q.key as { optionId: string }).optionId)?.text === 'True'

describe('1. determinism', () => {
  test.each([
    ['merger', MERGER],
    ['match', MATCH],
  ])('%s: the same article twice gives identical JSON', (_name, body) => {
    const a = generateQuestionPool(docFrom(body))
    const b = generateQuestionPool(docFrom(body))
    expect(a.questions.length).toBeGreaterThan(3)
    expect(JSON.stringify(a)).toBe(JSON.stringify(b))
  })

  test('question ids are unique', () => {
    const ids = poolOf(MERGER).map((q) => q.id)
    expect(new Set(ids).size).toBe(ids.length)
  })
})

describe('2. one question per evidence span and format', () => {
  test.each([
    ['merger', MERGER],
    ['match', MATCH],
  ])('%s', (_name, body) => {
    const seen = new Map<string, string>()
    for (const q of poolOf(body)) {
      if (q.format === 'match' || q.format === 'order') continue
      const e = q.evidence[0]
      expect(e, q.prompt).toBeDefined()
      const key = `${q.format}|${e?.sentenceId}|${e?.start}|${e?.end}`
      expect(seen.get(key), `${q.prompt} ${'statement' in q ? q.statement : ''}`).toBeUndefined()
      seen.set(key, q.prompt)
    }
  })
})

describe('2b. one claim is stated once, however it is attributed', () => {
  test('the first article does not state "the US holds Iran responsible" twice', () => {
    const doc = loadArticle(FIRST)
    const claims = generateQuestionPool(doc)
      .questions.filter((q) => q.format === 'true-false')
      .map((q) => (q.format === 'true-false' ? q.statement : ''))
      .filter((t) => /holds Iran responsible/.test(t))
    expect(claims.length).toBeLessThanOrEqual(1)
  })
})

describe('3. no question with a hard defect survives', () => {
  test.each([
    ['merger', MERGER],
    ['match', MATCH],
  ])('%s', (_name, body) => {
    const qs = poolOf(body)
    expect(qs.length).toBeGreaterThan(0)
    for (const q of qs) expect(hardDefects(q), q.prompt).toEqual([])
  })
})

describe('4. true/false balance', () => {
  test('a multi-speaker article keeps its true/false keys within 40–60% True', () => {
    const tf = poolOf(MERGER).filter((q) => q.format === 'true-false')
    expect(tf.length).toBeGreaterThanOrEqual(4)
    const share = tf.filter(isTrue).length / tf.length
    expect(share).toBeGreaterThanOrEqual(0.4)
    expect(share).toBeLessThanOrEqual(0.6)
  })

  test('each true/false question is keyed to one of its own two options', () => {
    for (const q of poolOf(MERGER))
      if (q.format === 'true-false' && q.key.format === 'true-false') {
        expect(q.options.map((o) => o.text)).toEqual(['True', 'False'])
        expect(q.options.map((o) => o.id)).toContain(q.key.optionId)
      }
  })
})

describe("5. the 'number' category", () => {
  test('money and percentages are blanked with options of the same form', () => {
    const numbers = poolOf(MERGER).filter((q) => q.category === 'number')
    expect(numbers.length).toBeGreaterThan(0)
    const answers = numbers.map((q) => {
      if (q.format !== 'cloze' || q.key.format !== 'cloze') throw new Error(`not a cloze: ${q.id}`)
      const key = q.key.optionId
      return q.options.find((o) => o.id === key)?.text ?? ''
    })
    expect(answers).toContain('$11.5 billion')
    expect(answers).toContain('20%')
    for (const q of numbers) {
      if (q.format !== 'cloze') continue
      expect(q.options).toHaveLength(4)
      const money = q.options.filter((o) => /^\$[\d.]+ billion$/.test(o.text)).length
      const percent = q.options.filter((o) => /^\d+%$/.test(o.text)).length
      expect([0, 4]).toContain(money)
      expect([0, 4]).toContain(percent)
      // The blank is where the answer stands in the sentence, and the sentence does not repeat it.
      const key = q.key.format === 'cloze' ? q.key.optionId : ''
      const answer = q.options.find((o) => o.id === key)?.text ?? ''
      expect(`${q.before}${q.after}`).not.toContain(answer)
    }
  })

  test('an article with no figures has no number questions', () => {
    expect(poolOf(MATCH).filter((q) => q.category === 'number')).toEqual([])
  })
})

describe('6. datelines and capitals in stems', () => {
  // Suspected bug: a sentence that opens on a dateline gets no clean date question. Once its
  // stem kept the dateline ("When did WASHINGTON — The Supreme Court rule?"); now no date stem
  // is built for it at all (the court is asked as a blank among courts, the date not at all).
  test.fails.each([
    'WASHINGTON — The Supreme Court ruled on Monday.',
    'LONDON (Reuters) - Prime Minister Boris Johnson resigned on Thursday.',
  ])('its date is asked, and no stem carries the dateline: %s', (body) => {
    const pool = poolOf(body)
    expect(pool.filter((q) => q.category === 'date').length).toBeGreaterThan(0)
    for (const q of pool) expect(q.prompt).not.toMatch(/WASHINGTON|LONDON|\(Reuters\)/)
  })

  // Suspected bug: a sentence-initial country is lower-cased in its date stem ("When did england
  // top Group G after winning the group?").
  test.fails('a country opening the sentence keeps its capital in a stem', () => {
    const prompts = poolOf('England topped Group G after winning the group on Sunday.').map(
      (q) => q.prompt,
    )
    expect(prompts.length).toBeGreaterThan(0)
    for (const p of prompts) expect(p).not.toMatch(/\bengland\b/)
  })
})
