/**
 * Table tests for the weaknesses a holdout review found, each a general pattern of English
 * news writing (never a rule for one text): base forms, reported-speech stems, dates tied to
 * the event they modify, missed dates and roles, prose explanations, plausible true/false
 * statements and place questions without giveaways.
 */
import { describe, expect, test } from 'vitest'
import { checkPool, generateQuestionPool, type Question } from '@/lib/questions'
import { baseForm } from '@/lib/questions/extract/grammar'
import { docFrom, findArticle, loadArticle } from './load'

const pool = (body: string, publishedAt?: string) =>
  generateQuestionPool(docFrom(body, publishedAt))
const glacier = loadArticle(findArticle('holdout-glacier-study'))
const glacierPool = generateQuestionPool(glacier)
const textOf = (q: Question) =>
  [q.prompt, q.format === 'true-false' ? q.statement : ''].filter(Boolean).join(' ')

describe('1. base forms of past-tense verbs (doubled consonants, silent e)', () => {
  test.each([
    ['added', 'add'],
    ['admitted', 'admit'],
    ['planned', 'plan'],
    ['stopped', 'stop'],
    ['referred', 'refer'],
    ['offered', 'offer'],
    ['visited', 'visit'],
    ['ruled', 'rule'],
    ['called', 'call'],
    ['controlled', 'control'],
    ['travelled', 'travel'],
    ['nodded', 'nod'],
    ['voted', 'vote'],
    ['stated', 'state'],
    ['pledged', 'pledge'],
    ['raised', 'raise'],
    ['failed', 'fail'],
    ['died', 'die'],
    ['denied', 'deny'],
    ['darkened', 'darken'],
    ['demanded', 'demand'],
  ])('%s → %s', (past, base) => {
    expect(baseForm(past)).toBe(base)
  })

  test.each(['developed', 'targeted', 'deleted'])('%s is unsure → null (no do-support)', (w) => {
    expect(baseForm(w)).toBeNull()
  })
})

describe('2. reported-speech stems are whole grammatical questions', () => {
  const doc = glacier
  const base = glacierPool.questions.find((q) => q.format === 'single')
  if (!base) throw new Error('needs a single-choice question')
  const flagged = (prompt: string) =>
    checkPool(doc, { ...glacierPool, questions: [{ ...base, prompt }] }).map((i) => i.code)

  test.each([
    'Who added dust blown from the Sahara in February had darkened the snow?',
    'When did Ricci ad that dust blown from the Sahara had darkened the snow?',
    'Who said: ‘We expected a bad year, but not a year this bad?',
    'Who said “a wake-up call for the whole country?',
    'When did Ricci added that the snow had darkened?',
  ])('the stem check flags: %s', (prompt) => {
    expect(flagged(prompt)).toContain('stem')
  })

  test.each([
    'Who added that dust blown from the Sahara in February had darkened the snow?',
    'Who said: ‘We expected a bad year, but not a year this bad’?',
    'When was the study published?',
  ])('the stem check accepts: %s', (prompt) => {
    expect(flagged(prompt)).not.toContain('stem')
  })

  test.each([
    ['Officials added that the bridge had been closed for repairs.', /\badded that the bridge\b/],
    ['Jane Roe, a lawyer at Acme Holdings, insisted the deal was fair.', /\binsisted that\b/],
    [
      'Jane Roe, a lawyer at Acme Holdings, warned the court would reject the claim.',
      /\bwarned that\b/,
    ],
  ])('a reporting verb keeps its "that": %s', (body, re) => {
    const people =
      'Tom Bell, a judge at the High Court, said the hearing was over.\n\nAnna Ray, a nurse at City Hospital, said she was tired.\n\nMark Stone, a teacher at Hill School, said pupils were happy.'
    const p = pool(`${people}\n\n${body}`)
    const stems = p.questions.map(textOf).filter((t) => /added|insisted|warned/.test(t))
    expect(stems.length).toBeGreaterThan(0)
    for (const t of stems) expect(t).toMatch(re)
  })
})

describe('6. explanations are plain prose that quote the article', () => {
  test('no explanation in any holdout question carries a sentence id', () => {
    for (const q of glacierPool.questions) {
      expect(q.explanation).not.toMatch(/\(p\d+\.s\d+\)/)
      expect(q.explanation).toMatch(/“/)
    }
  })

  test('the quality check flags a raw sentence id', () => {
    const q = glacierPool.questions[0]
    if (!q) throw new Error('empty pool')
    const bad = { ...q, explanation: 'The article says: “We expected a bad year” (p3.s1).' }
    expect(checkPool(glacier, { ...glacierPool, questions: [bad] }).map((i) => i.code)).toContain(
      'explanation',
    )
  })

  test('a long evidence sentence is quoted briefly', () => {
    const long = `The council said ${'that the plan '.repeat(20)}would be approved on Monday.`
    for (const q of pool(long).questions)
      expect(q.explanation.split(/\s+/).length).toBeLessThanOrEqual(60)
  })
})
