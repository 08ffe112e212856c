/**
 * Stem patterns of news English that came out broken in corpus pools, each as a table
 * test on invented sentences: a sentence-initial "The"/"A" taken for a name, a city with its
 * initialism ("Washington, D.C."), a present perfect asked with a date, "back on" before a
 * date, a gap measured before a cut clause ("shortly before"), a predicate cut at a quotation
 * inside its clause, and clauses the sentence does not assert ("no evidence that", "if").
 */
import { describe, expect, test } from 'vitest'
import { extractFacts, type Fact, generateQuestionPool, type Question } from '@/lib/questions'
import { namesOneHolder } from '@/lib/questions/build/posts'
import { docFrom } from './load'

type Of<T extends Fact['type']> = Extract<Fact, { type: T }>
const factsOf = <T extends Fact['type']>(body: string, type: T) =>
  extractFacts(docFrom(body, '2024-03-14')).filter((f): f is Of<T> => f.type === type)
const stems = (body: string, type: 'date' | 'place') =>
  factsOf(body, type)
    .map((f) => f.stem)
    .filter(Boolean)
const predicates = (body: string) => factsOf(body, 'event').map((f) => f.predicate)

describe('a sentence-initial function word names nobody, so the stem lower-cases it', () => {
  test.each([
    [
      'A group of nurses walked out of the hospital. The strike ended on Tuesday.',
      'When did the strike end?',
    ],
    ['The delegation arrived in Nairobi on Monday.', 'On Monday, where did the delegation arrive?'],
    ['The vote was held on March 3. A group of voters complained.', 'When was the vote held?'],
  ])('%s', (body, stem) => {
    expect([...stems(body, 'date'), ...stems(body, 'place')]).toContain(stem)
  })

  test('a word the article capitalises mid-sentence keeps its capital at the start', () => {
    const body =
      'The crew of Endeavour trained for a year. Endeavour was retired in 2011 after its last flight.'
    expect(stems(body, 'date')).toContain('When was Endeavour retired after its last flight?')
  })
})

describe('a date fixes a moment, so a present perfect is asked in the past', () => {
  test.each([
    [
      'The council has changed its parking rules in January.',
      'When did the council change its parking rules?',
    ],
    ['The old ferry has been retired in February.', 'When was the old ferry retired?'],
    ['The hostages have been freed on Sunday.', 'When were the hostages freed?'],
  ])('%s', (body, stem) => {
    expect(stems(body, 'date')).toContain(stem)
  })
})

describe('"back" before a date goes with the date', () => {
  test.each([
    [
      'The bridge was closed back in 2009 after a flood.',
      'When was the bridge closed after a flood?',
    ],
    [
      'The factory opened back on June 3, 1998 with 40 workers.',
      'When did the factory open with 40 workers?',
    ],
  ])('%s', (body, stem) => {
    expect(stems(body, 'date')).toContain(stem)
  })
})

describe('a city keeps the initialism after it', () => {
  test.each([
    'The team arrived in Washington D.C. after a long journey.',
    'The team arrived in Washington, D.C. after a long journey.',
  ])('%s', (body) => {
    const places = factsOf(body, 'place')
    expect(places.map((p) => p.place)).toEqual([expect.stringMatching(/^Washington,? D\.C\.$/)])
    expect(places[0]?.stem).toBe('Where did the team arrive after a long journey?')
  })
})

describe('what measures the gap to a cut clause goes with that clause', () => {
  test.each([
    ['Maria Lopez was taken to hospital shortly before the match.', 'was taken to hospital'],
    ['Maria Lopez left the country two days after the verdict.', 'left the country'],
    ['Maria Lopez resigned from the board just before the vote.', 'resigned from the board'],
  ])('%s', (body, predicate) => {
    expect(predicates(body)).toEqual([predicate])
  })
})

describe('a predicate is not cut at a quotation inside its clause', () => {
  test.each([
    'Minister John Baird asked officials how papers that are meant to be kept in "secure rooms" ended up outside.',
    'Maria Lopez described the plan as "a disaster" for the town.',
  ])('%s', (body) => {
    expect(predicates(body)).toEqual([])
  })

  test('a quotation after a comma ends the clause, and the deed before it stands', () => {
    expect(
      predicates('Maria Lopez rejected the offer on Monday, "We will not sell," she said.'),
    ).toEqual(['rejected the offer on Monday'])
  })
})

describe('a clause the sentence does not assert is no deed', () => {
  test.each([
    'There is still no evidence that Maria Lopez approved the payments.',
    'Officials denied that Maria Lopez approved the payments.',
    'The deal would collapse if Maria Lopez rejected the terms.',
  ])('%s', (body) => {
    const lopez = factsOf(body, 'event').filter((f) => f.actorName === 'Maria Lopez')
    expect(lopez).toEqual([])
  })

  test('an asserted "that" clause still is one', () => {
    expect(predicates('Records show that Maria Lopez approved the payments.')).toEqual([
      'approved the payments',
    ])
  })
})

describe('a short article with too few names for a choice still asks who did what', () => {
  // Two people, one who acts: no "Who …?" with three wrong options, so statements made false by
  // swapping in the other.
  const SHORT = `Nurse Ellen Marsh resigned from the hospital board on Monday after eleven years. Ellen Marsh also closed the town's first walk-in clinic last year.

The board is led by chairman Victor Hale. Hale was not available for comment on Tuesday.`

  const statements = generateQuestionPool(docFrom(SHORT, '2024-03-14')).questions.filter(
    (q) => q.format === 'true-false',
  )

  test('each statement is the article’s claim or one made false by the other person', () => {
    expect(statements.length).toBeGreaterThanOrEqual(2)
    for (const q of statements) {
      if (q.format !== 'true-false') continue
      const truth = q.options.find((o) => o.id === (q.key as { optionId: string }).optionId)?.text
      // Swapped: Marsh's deeds given to Hale, or Hale's board given to Marsh.
      const swapped =
        /Hale (?:resigned|also closed|closed)/.test(q.statement) ||
        /led by chairman (?:Ellen )?Marsh/.test(q.statement)
      expect(truth === 'False').toBe(swapped)
    }
  })

  test('the keys are balanced, not all True', () => {
    const keys = statements.map(
      (q) => q.options.find((o) => o.id === (q.key as { optionId: string }).optionId)?.text,
    )
    expect(keys).toContain('True')
    expect(keys).toContain('False')
  })
})

describe('a sentence another question asks about can still give a blank for another fact', () => {
  const BOARD = `Ellen Marsh resigned from the hospital board on Monday, and the board appointed Victor Hale in her place.

Surgeon Omar Reyes praised the decision. Nurse Lucy Grant said the staff were relieved. Union leader Tom Ashby called for a vote. Ruth Jansen, a patient, welcomed the change.`
  const pool = generateQuestionPool(docFrom(BOARD, '2024-03-14')).questions
  const onFirst = pool.filter((q) => q.evidence[0]?.sentenceId === 'p1.s1')

  test('the name no other question shows is blanked', () => {
    const blanks = onFirst.filter((q) => q.format === 'cloze')
    expect(blanks.map((q) => q.format === 'cloze' && q.after)).toEqual([' in her place.'])
    expect(onFirst.some((q) => q.prompt.startsWith('When did Ellen Marsh resign'))).toBe(true)
  })

  test('the name another question asks for is not blanked again', () => {
    const marsh = onFirst.filter((q) => q.format === 'cloze' && q.before === '')
    expect(marsh).toEqual([])
  })
})

describe('one speaker: statements are made false by another person the article names', () => {
  const ONE_VOICE = `Professor Alan Frost says schools should test every child's hearing. Frost says the tests cost little.

The study was led by Dr Maya Singh at the University of Leeds. Frost said the results surprised him.`
  const statements = generateQuestionPool(docFrom(ONE_VOICE, '2024-03-14')).questions.filter(
    (q): q is Extract<Question, { format: 'true-false' }> =>
      q.format === 'true-false' && q.statement.startsWith('According to the article'),
  )
  const keyOf = (q: (typeof statements)[number]) =>
    q.options.find((o) => o.id === (q.key as { optionId: string }).optionId)?.text

  test('a statement is False exactly when it gives Frost’s words to Maya Singh', () => {
    expect(statements.length).toBeGreaterThan(0)
    for (const q of statements) expect(/Maya Singh/.test(q.statement)).toBe(keyOf(q) === 'False')
  })

  test('over every statement of the pool, the keys are not all True', () => {
    const all = generateQuestionPool(docFrom(ONE_VOICE, '2024-03-14')).questions.filter(
      (q): q is Extract<Question, { format: 'true-false' }> => q.format === 'true-false',
    )
    expect(all.map(keyOf)).toContain('False')
    expect(all.map(keyOf)).toContain('True')
  })

  test('no swap under a him that fits the real speaker alone', () => {
    expect(
      statements.some((q) => q.format === 'true-false' && /Singh.*\bhim\b/.test(q.statement)),
    ).toBe(false)
  })
})

describe('more cuts a stem or deed must not keep', () => {
  test('a word capitalised once but also written in lower case is a common word at the start', () => {
    const body =
      'News of the strike reached the capital on Monday. The story ran on ABC News and in the news.'
    expect(stems(body, 'date')).toContain('When did news of the strike reach the capital?')
  })

  test('what follows a last comma without a verb of its own is cut from the deed', () => {
    expect(
      predicates(
        'YouTube is complying with the studio’s requests to remove the film, other sites such as Vimeo.',
      ),
    ).toEqual(['is complying with the studio’s requests to remove the film'])
  })

  test.each(['Sweden made a change.', 'Maria Lopez took a step.', 'Maria Lopez gave a speech.'])(
    'a light verb with a bare noun is too thin to ask: %s',
    (body) => {
      expect(predicates(body)).toEqual([])
    },
  )

  test('a light verb with more to it is still a deed', () => {
    expect(predicates('Sweden made a change in the second half.')).toEqual([
      'made a change in the second half',
    ])
  })
})

describe('"who is described as the X" needs a post that names one person', () => {
  test.each([
    ['Governor', true],
    ['Swedish captain', true],
    ['Facebook co-founder', true],
    ['professor', false],
    ['coach', false],
    ['goalkeeper', false],
  ])('%s → %s', (role, one) => {
    expect(namesOneHolder(role)).toBe(one)
  })
})

describe('a sentence about someone that nothing else asks: true as written, or denied', () => {
  const BODY =
    'Ellen Marsh was elected mayor of the town in a close vote. Ellen Marsh is a former nurse at the county hospital. The new library will be named after Ellen Marsh. Critics say Ellen Marsh has not done enough for the harbour.'
  const statements = generateQuestionPool(docFrom(BODY, '2024-03-14')).questions.filter(
    (q): q is Extract<Question, { format: 'true-false' }> => q.format === 'true-false',
  )
  const keyOf = (q: (typeof statements)[number]) =>
    q.options.find((o) => o.id === (q.key as { optionId: string }).optionId)?.text
  const sentences = docFrom(BODY).paragraphs.flatMap((p) => p.sentences.map((s) => s.text))

  test('a True statement is the sentence; a False one is it with "not" after its verb', () => {
    // Three deniable sentences: as near half True as three statements get.
    const keys = statements.map(keyOf)
    expect(keys.length).toBeGreaterThanOrEqual(2)
    const truths = keys.filter((k) => k === 'True').length
    expect(Math.abs(2 * truths - keys.length)).toBeLessThanOrEqual(1)
    for (const q of statements) {
      if (keyOf(q) === 'True') expect(sentences).toContain(q.statement)
      else expect(sentences).toContain(q.statement.replace(/ not\b/, ''))
    }
  })

  test.each([
    'Critics say Ellen Marsh has not done enough for the harbour.',
    'Ellen Marsh reportedly was paid twice.',
    'He was elected mayor of the town in a close vote.',
    '“Ellen Marsh is the best mayor we have had,” a resident said.',
  ])('no denial of a negated, hedged, pointing or quoted sentence: %s', (sentence) => {
    const pool = generateQuestionPool(docFrom(sentence, '2024-03-14')).questions
    const restated = pool.filter(
      (q) =>
        q.format === 'true-false' &&
        [q.statement, q.statement.replace(/ not\b/, '')].includes(sentence),
    )
    expect(restated).toEqual([])
  })
})

describe('a clause that is the subject of a later verb is no event of its own', () => {
  test('"The results … published in the journal this week, revealed that …" gives no stem', () => {
    const body =
      'The results of the national survey published in the Medical Journal this week, revealed that children lack iodine.'
    expect(stems(body, 'date')).toEqual([])
  })

  test('a clause followed by a comma and a subject keeps its stem', () => {
    const body = 'The council published the survey this week, and officials welcomed it.'
    expect(stems(body, 'date')).toEqual(['When did the council publish the survey?'])
  })
})
