/**
 * Coverage of the first article: every named person's role, every dated event and every
 * attributed stance has at least one question, with the resolved dates a reader expects.
 */
import { describe, expect, test } from 'vitest'
import { generateQuestionPool, type Question } from '@/lib/questions'
import { expected } from '../../fixtures/articles/biden-al-kadhimi-rocket-attacks.expected'
import { FIRST, loadArticle } from './load'

const doc = loadArticle(FIRST)
const pool = generateQuestionPool(doc)
const texts = (q: Question): string =>
  [
    q.prompt,
    q.format === 'true-false' ? q.statement : '',
    q.format === 'cloze' ? `${q.before} ${q.after}` : '',
    ...(q.format === 'match' ? [...q.left, ...q.right].map((o) => o.text) : []),
    ...(q.format === 'order' ? q.items.map((o) => o.text) : []),
    ...(q.format === 'single' || q.format === 'cloze' ? q.options.map((o) => o.text) : []),
  ].join(' \n ')
const sentence = (id: string) =>
  doc.paragraphs.flatMap((p) => p.sentences).find((s) => s.id === id)?.text ?? ''

describe('first article coverage', () => {
  test.each(expected.roles)('a question asks about $person as $role', ({ person, role }) => {
    expect(pool.questions.some((q) => texts(q).includes(person) && texts(q).includes(role))).toBe(
      true,
    )
  })

  test('Aniseh Bassiri and Donald Trump (no stand-alone post) are still asked about', () => {
    expect(pool.questions.some((q) => texts(q).includes('Aniseh Bassiri'))).toBe(true)
    expect(pool.questions.some((q) => texts(q).includes('Donald Trump abandon'))).toBe(true)
  })

  test('"predecessor" is never offered as a post', () => {
    for (const q of pool.questions)
      expect(texts(q).toLowerCase()).not.toMatch(
        /\bpredecessor\b.*\bpost\b|\bpost\b.*\bpredecessor\b/,
      )
  })

  test.each([
    ['When were at least three rockets fired', 'Monday 22 February 2021'],
    ['When did the two leaders’ call take place', 'Tuesday 23 February 2021'],
    ['When did rockets hit a military complex', 'Monday 15 February 2021'],
    ['When did the US threaten to close its embassy', 'October 2020'],
    ['When are parliamentary elections scheduled', 'October 2021'],
    ['When did Donald Trump abandon the Iran nuclear deal', '2018'],
    ['When did Iran strike a tough tone', 'the week of 22 February 2021'],
    ['When did the dozens of attacks take place', '2020'],
  ])('%s → %s', (stem, answer) => {
    const q = pool.questions.find((x) => x.prompt.startsWith(stem))
    expect(q?.format).toBe('single')
    if (q?.format !== 'single' || q.key.format !== 'single') return
    const key = q.key
    expect(q.options.find((o) => o.id === key.optionId)?.text).toBe(answer)
  })

  test('every dated event (with a safe stem) has a date question', () => {
    const dateQs = pool.questions.filter((q) => q.category === 'date')
    const covered = new Set(dateQs.flatMap((q) => q.evidence.map((e) => e.sentenceId)))
    for (const d of expected.dates) {
      const s = doc.paragraphs
        .flatMap((p) => p.sentences)
        .find((x) => x.text.includes(d.expression) && !x.text.startsWith('“'))
      if (s) expect(covered.has(s.id), `${d.expression} in ${s.id}`).toBe(true)
    }
  })

  test.each(expected.stances)('stance of $holders ($contains) has a question', ({ contains }) => {
    const hit = pool.questions.some(
      (q) =>
        q.evidence.some((e) => sentence(e.sentenceId).includes(contains)) && q.category !== 'date',
    )
    expect(hit).toBe(true)
  })

  test('"whom does the US hold responsible" never offers the groups the article says are blamed', () => {
    for (const q of pool.questions.filter((x) => /responsible/.test(texts(x)))) {
      expect(texts(q)).not.toMatch(/Kataib Hezbollah|Asaib Ahl al-Haq/)
    }
  })

  test('the unnamed source is kept as a description, never collapsed into a country', () => {
    const q = pool.questions.filter((x) => texts(x).includes('It seems we’re back to last year'))
    expect(q.length).toBeGreaterThan(0)
    for (const x of q)
      expect(texts(x)).not.toMatch(/^According to the article, (?:the )?(?:US|United States) said/m)
  })
})
