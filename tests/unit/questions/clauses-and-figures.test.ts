/**
 * Patterns of news English that left sentences unasked: a statement made of the main clause
 * when the sentence opens on a scene ("In the second half, …") or closes on a modifier
 * ("…, putting Sweden 1 – 0 up"), and never of a clause one "not" cannot deny; ages, hedged
 * figures and hyphenated numbers as number blanks; plural common nouns that open a sentence
 * ("Critics say …") taken for names; a pool with an odd number of statements.
 */
import { describe, expect, test } from 'vitest'
import { splitSentences } from '@/lib/content/sentences'
import { extractFacts, type Fact, generateQuestionPool, type Question } from '@/lib/questions'
import { statementOf } from '@/lib/questions/build/negation'
import { analyse, findEntities } from '@/lib/questions/nlp'
import { isCommonPlural } from '@/lib/questions/nlp/annotate'
import { type NumberDraft, numberDistractors } from '@/lib/questions/nlp/numbers'
import { docFrom } from './load'

const statement = (text: string) => statementOf(analyse(docFrom(text)).sentences[0] as never)

describe('a statement is the main clause of its sentence', () => {
  test.each([
    // A scene-setting opening stays; the claim after it is denied.
    [
      'In the second half, the striker was booked for a late tackle.',
      'In the second half, the striker was booked for a late tackle.',
      'In the second half, the striker was not booked for a late tackle.',
    ],
    [
      'On Monday, the council approved the new budget for the harbour.',
      'On Monday, the council approved the new budget for the harbour.',
      'On Monday, the council did not approve the new budget for the harbour.',
    ],
    // A trailing modifier is cut: the main clause alone is still true as written.
    [
      'The team captain scored from the penalty spot, putting the hosts ahead.',
      'The team captain scored from the penalty spot.',
      'The team captain did not score from the penalty spot.',
    ],
    [
      'The storm damaged the old harbour wall, which had stood for a century.',
      'The storm damaged the old harbour wall.',
      'The storm did not damage the old harbour wall.',
    ],
    [
      'The mayor opened the new bridge over the river, according to the city council.',
      'The mayor opened the new bridge over the river.',
      'The mayor did not open the new bridge over the river.',
    ],
    // "has" and "had" as full verbs take do-support.
    [
      'The home side had more of the ball in the first half.',
      'The home side had more of the ball in the first half.',
      'The home side did not have more of the ball in the first half.',
    ],
    [
      'The visiting team had to rebuild its robot before the contest.',
      'The visiting team had to rebuild its robot before the contest.',
      'The visiting team did not have to rebuild its robot before the contest.',
    ],
    // A clause inside after a subordinator is no second claim.
    [
      'The accident occurred at a time when the square was nearly empty.',
      'The accident occurred at a time when the square was nearly empty.',
      'The accident did not occur at a time when the square was nearly empty.',
    ],
  ])('%s', (sentence, text, denied) => {
    expect(statement(sentence)).toMatchObject({ text, denied })
  })

  test.each([
    // Two verbs of one subject, or a second clause: one "not" denies only half.
    'Police arrested and questioned the student at the school.',
    'The attention led to an offer from the company and the boy was invited to its fair.',
    'The shuttle is undergoing repairs and currently being prepared for display.',
    // A participle the tagger read as the verb: the real verb comes later.
    'Photos released of the scene showed damaged cars and scattered debris.',
    'Other candidates elected in this district were two former ministers.',
    // A quantifier in or after the subject: "not all" is no opposite.
    'Teams from both countries both had trouble crossing the border.',
    'The paintings were all donated by the foundation in the spring.',
    'About 12 helicopters are involved in the rescue operation.',
    'Other languages should appear in the next version of the browser.',
    // A subject that opens on a preposition, or a headless possessive.
    'At eight in the evening there was a dinner for the two presidents.',
    // A comma inside a reported clause ends no main clause.
    'The curator observed that the starting date of the program, coinciding with the anniversary, was chosen.',
  ])('no statement: %s', (sentence) => {
    expect(statement(sentence)).toBeNull()
  })

  test('the evidence of a cut statement ends where the main clause ends', () => {
    const text = 'The team captain scored from the penalty spot, putting the hosts ahead.'
    const pool = generateQuestionPool(docFrom(text)).questions
    const tf = pool.find((q) => q.format === 'true-false')
    expect(tf?.evidence[0]).toMatchObject({ start: 0, end: text.indexOf(',') })
  })
})

type NumberFact = Extract<Fact, { type: 'number' }>
const numbersOf = (body: string) =>
  extractFacts(docFrom(body)).filter((f): f is NumberFact => f.type === 'number')

describe('ages, hedged figures and hyphenated numbers are number facts', () => {
  test.each([
    ['Ahmed Rahman, a 14-year-old pupil from Leeds, was arrested.', '14-year-old', 'age'],
    ['Their nine-month-old daughter died in hospital last week.', 'nine-month-old', 'age'],
    ['She joined the movement aged 14 and left it later.', '14', 'age'],
    ['At age seventeen, he was sent abroad to study law.', 'seventeen', 'age'],
    ['Thomas Sam, 42, was sentenced by the court on Friday.', '42', 'age'],
    ['Traffic to the website had increased 18-fold before the attack.', '18-fold', 'count'],
    ['The city expects about 6 million visitors this year.', '6 million', 'count'],
    ['Children lacking iodine lose 15 IQ points on average.', '15', 'count'],
    ['He retired after 22 consecutive years in the post.', '22', 'count'],
  ])('%s → %s', (body, text, kind) => {
    const found = numbersOf(body).find((f) => f.text === text)
    expect(found?.kind).toBe(kind)
  })

  test.each([
    // A number that is part of a name, or a range that gives itself away, is no age.
    ['The site was a spinoff of 4chan, a forum for images.', '4'],
    ['The seats rose from 9 to 10 in the functional constituencies.', '9'],
  ])('not a number fact: %s', (body, text) => {
    expect(numbersOf(body).map((f) => f.text)).not.toContain(text)
  })

  const age = (text: string, value: number): NumberDraft => ({
    type: 'number',
    kind: 'age',
    text,
    value,
    unit: 'years',
    evidence: { sentenceId: 'p1.s1', start: 0, end: text.length },
  })

  test('an age is offered against ages a few years either side, in its own form', () => {
    const picks = numberDistractors(age('14-year-old', 14), [age('16', 16)], 'a 14-year-old boy')
    expect(picks).toHaveLength(3)
    for (const p of picks) expect(p).toMatch(/^\d+-year-old$/)
    const plain = numberDistractors(age('42', 42), [], 'Thomas Sam, 42, was sentenced.')
    for (const p of plain) expect(Math.abs(Number(p) - 42)).toBeLessThanOrEqual(6)
  })

  test('no distractor is twice or half the answer', () => {
    const f: NumberDraft = {
      type: 'number',
      kind: 'count',
      text: '40',
      value: 40,
      unit: 'stores',
      evidence: { sentenceId: 'p1.s1', start: 0, end: 2 },
    }
    const picks = numberDistractors(f, [], 'The firm will close 40 stores.')
    expect(picks).toHaveLength(3)
    expect(picks).not.toContain('80')
    expect(picks).not.toContain('20')
  })
})

describe('a plural common noun opening a sentence is no name', () => {
  test.each([
    'Critics say the mayor has done too little for the harbour.',
    'Officials said the road would reopen on Monday.',
    'Commentators have suggested that the vote was rigged.',
    'Protesters gathered outside the parliament building.',
  ])('%s', (body) => {
    const names = findEntities(docFrom(body)).map((e) => e.name)
    expect(names).toEqual([])
  })

  test.each([
    ['Critics', true],
    ['Residents', true],
    ['Reuters', false],
    ['Siemens', false],
    ['Texans', false],
  ])('%s → %s', (word, plural) => {
    expect(isCommonPlural(word)).toBe(plural)
  })
})

describe('true/false keys', () => {
  const keyOf = (q: Question) =>
    'options' in q && 'optionId' in q.key
      ? q.options.find((o) => 'optionId' in q.key && o.id === q.key.optionId)?.text
      : undefined

  test('three statements are kept as two of one key and one of the other', () => {
    const body = [
      'The council approved the new budget for the harbour.',
      'The old bridge will be closed for repairs in the spring.',
      'The ferry company raised its fares for the winter season.',
    ].join(' ')
    const keys = generateQuestionPool(docFrom(body))
      .questions.filter((q) => q.format === 'true-false')
      .map(keyOf)
    expect(keys).toHaveLength(3)
    const truths = keys.filter((k) => k === 'True').length
    expect([1, 2]).toContain(truths)
  })

  test('a statement is never made false with a plural noun as its actor', () => {
    const body =
      'Ellen Marsh was elected mayor of the town in a close vote. Critics say Ellen Marsh has not done enough for the harbour.'
    const statements = generateQuestionPool(docFrom(body))
      .questions.filter((q) => q.format === 'true-false')
      .map((q) => ('statement' in q ? q.statement : ''))
    for (const s of statements) expect(s).not.toMatch(/^Critics was\b/)
  })
})

describe('sentences and stems around titles and adverbs', () => {
  test.each([
    [
      "The video for the single Do They Know It's Christmas? was launched today on several channels.",
      1,
    ],
    ['"How can people look at both sides if one side is gone?" one poster wrote.', 1],
    ['Who won? The home side did, by two goals.', 2],
  ])('%s → %i sentence(s)', (text, n) => {
    expect(splitSentences(text)).toHaveLength(n)
  })

  test('a passive stem with an adverb before its participle is kept', () => {
    const body =
      'The song was originally recorded in 1984 by several of the biggest artists of the time.'
    const prompts = generateQuestionPool(docFrom(body, '2004-11-18')).questions.map((q) => q.prompt)
    expect(prompts).toContain(
      'When was the song originally recorded by several of the biggest artists of the time?',
    )
  })
})

describe('a work noun names a work only as a noun', () => {
  const names = (body: string) => findEntities(docFrom(body)).map((e) => e.name)
  test('"Results show Viktor Yushchenko leading": "show" is the verb, the name a person', () => {
    expect(names('Results show Viktor Yushchenko leading with half of the vote.')).toContain(
      'Viktor Yushchenko',
    )
  })
  test.each([
    'Unofficial results show Viktor Yushchenko leading with 52% of the vote.',
    'Early polls show Viktor Yushchenko ahead in the west.',
    'Exit polls show Viktor Yushchenko winning by two million votes.',
  ])('after a plural subject "show" is the verb: %s', (body) => {
    expect(names(body)).toContain('Viktor Yushchenko')
  })
  test.each([
    'She starred in the TV show Blue Harbour for six years.',
    'The comedy show Blue Harbour returns in May.',
    'Fans of the show Blue Harbour queued outside.',
  ])('the noun "show" still names a work: %s', (body) => {
    expect(names(body)).not.toContain('Blue Harbour')
  })
  test('"her graphic novel Angel Catbird" is still a work', () => {
    expect(names('Atwood was there to launch her graphic novel Angel Catbird.')).not.toContain(
      'Angel Catbird',
    )
  })
})
