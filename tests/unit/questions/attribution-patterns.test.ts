/**
 * Table tests from an unseen article (a tram strike): general patterns of English news
 * writing around who said what. A post written before a name after a possessive ("The
 * city's transport commissioner, Priya Natarajan,"), he/she resolved only to a compatible
 * person, "Its chief executive" owned by the organisation just named, qualified posts
 * ("Union regional secretary"), trailing attributions and appositive years.
 */
import { describe, expect, test } from 'vitest'
import {
  checkPool,
  extractFacts,
  type Fact,
  generateQuestionPool,
  type Question,
} from '@/lib/questions'
import { articleWordSet, stemProblems } from '@/lib/questions/check/stems'
import { docFrom, findArticle, loadArticle } from './load'

const factsOf = (body: string, publishedAt = '2024-06-05') =>
  extractFacts(docFrom(body, publishedAt))
const of = <T extends Fact['type']>(facts: Fact[], t: T) =>
  facts.filter((f): f is Extract<Fact, { type: T }> => f.type === t)
const roles = (facts: Fact[]) => of(facts, 'role').map((r) => [r.actorName, r.role])
const stanceBy = (facts: Fact[], phrase: string) =>
  of(facts, 'stance')
    .filter((s) => s.content.includes(phrase))
    .map((s) => s.holders.map((h) => h.name))

describe('1a. a post before the name after a possessive is a person with that post', () => {
  test.each([
    [
      "The city's transport commissioner, Priya Natarajan, urged both sides to return to talks.",
      'Priya Natarajan',
      'City transport commissioner',
    ],
    [
      "The company's chief financial officer, Ana Ruiz, said costs had risen.",
      'Ana Ruiz',
      'Company chief financial officer',
    ],
    [
      "Britain's foreign secretary, David Lammy, said the talks were useful.",
      'David Lammy',
      'Britain foreign secretary',
    ],
    [
      "The region's health commissioner, Olu Bankole, said clinics would stay open.",
      'Olu Bankole',
      'Region health commissioner',
    ],
  ])('%s', (body, person, role) => {
    expect(roles(factsOf(body))).toContainEqual([person, role])
  })
})

describe('1a′. "the country’s" post belongs to the country the story names; an honorific may open the name', () => {
  test.each([
    [
      'Ukraine held a vote on Sunday. The result was announced by the country’s foreign minister, Petro Bilyk, on Monday.',
      'Petro Bilyk',
      'Ukraine foreign minister',
    ],
    [
      "The nation's finance minister, Ana Ruiz, said costs had risen.",
      'Ana Ruiz',
      'Finance minister',
    ],
    [
      "The policy was announced yesterday by the country's Minister of Agriculture & Co-Operatives, Mr. Mundia Sikatana.",
      'Mundia Sikatana',
      'Agriculture & Co-Operatives Minister',
    ],
    [
      "The deal was signed by the bank's chief executive, Dr. Amara Okafor, on Monday.",
      'Amara Okafor',
      'Bank chief executive',
    ],
  ])('%s', (body, person, role) => {
    expect(roles(factsOf(body))).toContainEqual([person, role])
  })
})

describe('1b. he/she resolves to a compatible person, or to nobody', () => {
  test.each([
    // The woman introduced by an apposition, not the man named two sentences earlier.
    [
      'Its chief executive, Tom Hadley, said he was disappointed. Hadley said he would attend. ' +
        "The city's transport commissioner, Priya Natarajan, urged both sides to talk. " +
        'She said the city would host a meeting on June 12.',
      'the city would host a meeting',
      ['Priya Natarajan'],
    ],
    // Gender from an honorific: "Ms" rules out the man who is mentioned last.
    [
      'Ms Clara Voss met the minister, Mr Paul Grant, on Monday. Grant left early. ' +
        'Voss spoke to reporters later. She said the deal was close.',
      'the deal was close',
      ['Clara Voss'],
    ],
    // Gender from "his"/"her" with a name: "he" skips the woman who is mentioned last.
    [
      'Coach Ben Adler praised his players. Striker Nia Cole said her goals came late. ' +
        'He said the team had earned the win.',
      'the team had earned the win',
      ['Ben Adler'],
    ],
    // Unknown genders, the pronoun's sentence follows one whose subject is a person: that person.
    [
      'Linda Moss, chair of the Riverside Hospital Trust, said the verdict brought relief. She said donors were patient.',
      'donors were patient',
      ['Linda Moss'],
    ],
  ])('%s', (body, phrase, holders) => {
    expect(stanceBy(factsOf(body), phrase)).toEqual([holders])
  })

  test.each([
    // Two people of unknown gender as subjects of the previous sentence: ambiguous, dropped.
    'Sam Ilori and Maria Okonjo met on Monday. She said the talks had gone well.',
    // The only person in reach is known to be a man: "she" is not him.
    'Mr Tom Hadley said he would attend. She said the talks had gone well.',
    // A known man earlier, a person of unknown gender after him: either could be "he".
    'Coach Ben Adler praised his players. Striker Nia Cole scored twice on Saturday. He said the talks had gone well.',
    // The only person of unknown gender is neither subject nor speaker of the previous sentence.
    'The union wrote to Priya Natarajan on Monday. She said the talks had gone well.',
  ])('%s → no speaker', (body) => {
    expect(stanceBy(factsOf(body), 'the talks had gone well')).toEqual([])
  })
})

describe('3. posts keep their qualifiers and their owner', () => {
  test.each([
    [
      'Tram drivers have voted to strike, the Transport Workers Union said on Tuesday. Union regional secretary Maria Okonjo said members backed action.',
      'Maria Okonjo',
      'Transport Workers Union regional secretary',
    ],
    [
      'Union regional secretary Maria Okonjo said members backed action.',
      'Maria Okonjo',
      'Union regional secretary',
    ],
    [
      'Party general secretary Ken Obi said the vote was fair.',
      'Ken Obi',
      'Party general secretary',
    ],
    [
      'The operator, Calder Metro, said it was disappointed. Its chief executive, Tom Hadley, told reporters the rosters would cut waiting times.',
      'Tom Hadley',
      'Calder Metro chief executive',
    ],
    [
      'Shares in Brightline Airlines fell on Monday. Its chief financial officer, Ana Ruiz, said fuel costs had doubled.',
      'Ana Ruiz',
      'Brightline Airlines chief financial officer',
    ],
    [
      'The club, Riverton United, confirmed the signing. Its head coach, Dan Pryce, said he was delighted.',
      'Dan Pryce',
      'Riverton United head coach',
    ],
  ])('%s', (body, person, role) => {
    expect(roles(factsOf(body))).toContainEqual([person, role])
  })
})

describe('2a. a trailing attribution reports the clause before it', () => {
  test.each([
    [
      'Tram drivers in Calder have voted to strike over new rosters, the Transport Workers Union said on Tuesday, raising the prospect of disruption.',
      'Transport Workers Union',
      'Tram drivers in Calder have voted to strike over new rosters',
    ],
    [
      'Nurses at three hospitals will walk out next month, the Royal College of Nursing said, prompting fears of cancelled operations.',
      'Royal College of Nursing',
      'Nurses at three hospitals will walk out next month',
    ],
    [
      'Profits at the bank fell by a third, Acme Corp said on Monday.',
      'Acme Corp',
      'Profits at the bank fell by a third',
    ],
  ])('%s', (body, holder, content) => {
    const stances = of(factsOf(body), 'stance')
    expect(stances.map((s) => [s.holders.map((h) => h.name), s.content])).toContainEqual([
      [holder],
      content,
    ])
    // Neither the date nor the participle phrase after the attribution is reported speech.
    for (const s of stances)
      expect(s.content).not.toMatch(/^(?:on|last) \w+day|, (?:raising|prompting)/)
  })
})

describe('2b. a date on a trailing attribution dates the saying', () => {
  test.each([
    [
      'Tram drivers in Calder have voted to strike over new rosters, the Transport Workers Union said on Tuesday, raising the prospect of disruption.',
      'When did the Transport Workers Union say that tram drivers in Calder had voted to strike over new rosters?',
    ],
    [
      'Nurses at three hospitals are preparing to walk out, the Royal College of Nursing said on Monday.',
      'When did the Royal College of Nursing say that nurses at three hospitals were preparing to walk out?',
    ],
    [
      'The plant will close before the end of the year, Acme Corp confirmed on Friday, ending decades of production.',
      'When did Acme Corp confirm that the plant would close before the end of the year?',
    ],
  ])('%s', (body, stem) => {
    const dates = of(factsOf(body), 'date').filter((d) => /day$/.test(d.expression))
    expect(dates.map((d) => d.stem)).toEqual([stem])
  })
})

describe('2c. the stem check flags reported content that is a date phrase or ends in a dangling participle', () => {
  test.each([
    'According to the article, Transport Workers Union said that on Tuesday, raising the prospect of disruption.',
    'According to the article, the council said that on Monday.',
    'According to the article, Acme Corp said that profits fell, raising fears of job cuts.',
    'When did the union say that drivers had voted to strike, prompting concerns about the festival?',
  ])('%s', (statement) => {
    const q = {
      id: 'x',
      category: 'position',
      format: 'true-false',
      prompt: 'True or false?',
      statement,
      options: [
        { id: 't', text: 'True' },
        { id: 'f', text: 'False' },
      ],
      key: { format: 'true-false', optionId: 't' },
      explanation: '“x”',
      evidence: [],
      quality: 0.5,
    } as Question
    const words = articleWordSet([statement])
    expect(stemProblems(q, words).join(' ')).toMatch(
      /date or prepositional phrase|dangling participle/,
    )
  })
})

describe('4. a year in an apposition dates the event noun phrase before it', () => {
  test.each([
    [
      'The last tram strike in Calder, in 2019, lasted nine days.',
      'When did the last tram strike in Calder take place?',
    ],
    [
      'The previous election, in 2017, returned a hung parliament.',
      'When did the previous election take place?',
    ],
    [
      'Their first meeting, in March, ended without a deal.',
      'When did their first meeting take place?',
    ],
  ])('%s', (body, stem) => {
    expect(of(factsOf(body), 'date').map((d) => d.stem)).toContain(stem)
  })
})

describe('the tram-strike article: attributions in its pool', () => {
  const doc = loadArticle(findArticle('tram-strike'))
  const pool = generateQuestionPool(doc)
  const text = (q: Question) => `${q.prompt} ${q.format === 'true-false' ? q.statement : ''}`

  test('the June 12 meeting is Priya Natarajan’s, never Tom Hadley’s', () => {
    const meeting = pool.questions.filter((q) => text(q).includes('host a meeting'))
    expect(meeting.length).toBeGreaterThanOrEqual(2)
    for (const q of meeting) {
      expect(text(q)).toContain('Priya Natarajan')
      expect(text(q)).not.toContain('Hadley')
    }
  })

  test('Okonjo’s quotes are asked as “Who said …?” among the other people', () => {
    const who = pool.questions.filter(
      (q) => q.format === 'single' && q.prompt.startsWith('Who said:'),
    )
    expect(who.map((q) => q.prompt)).toEqual(
      expect.arrayContaining([
        'Who said: ‘Our members have been left with no choice’?',
        'Who said: ‘Rosters were changed without a single conversation’?',
      ]),
    )
  })

  test('no statement reports a date phrase or a participle phrase as speech', () => {
    for (const q of pool.questions) expect(text(q)).not.toMatch(/said that on \w+day|, raising/)
  })

  test.each([
    ['Priya Natarajan', 'Tom Hadley'],
    ['Priya Natarajan', 'Sam Ilori'],
  ])('a speaker named only elsewhere (%s → %s) fails the speaker check', (right, wrong) => {
    const forged = pool.questions
      .filter((q) => text(q).includes(right))
      .map((q) => {
        const swap = (t: string) => t.replaceAll(right, wrong)
        return q.format === 'true-false'
          ? { ...q, prompt: swap(q.prompt), statement: swap(q.statement) }
          : { ...q, prompt: swap(q.prompt) }
      }) as Question[]
    // A statement keyed false already names the wrong person on purpose.
    const keyedTrue = (q: Question) =>
      q.format !== 'true-false' ||
      q.options.find((o) => 'optionId' in q.key && o.id === q.key.optionId)?.text === 'True'
    const claims = forged.filter(
      (q) =>
        keyedTrue(q) &&
        /, according to (?!the article)|According to the article, .+ said that/.test(text(q)),
    )
    expect(claims.length).toBeGreaterThan(0)
    const issues = checkPool(doc, { ...pool, questions: claims })
    expect(new Set(issues.filter((i) => i.code === 'speaker').map((i) => i.questionId))).toEqual(
      new Set(claims.map((q) => q.id)),
    )
    expect(checkPool(doc, pool)).toEqual([])
  })
})

describe('a speaker named later by the surname alone is named', () => {
  const body = [
    'The prints were all donated by the Harlow Photographic Legacy Program, according to Kristen Wilkins, assistant professor of photography and curator of the exhibit.',
    'Wilkins observed that the program began in 2007.',
    '"He wanted to be rich and famous and he made lots of choices to go that way", Wilkins said.',
    'The show was opened by Mark Ellery on Friday.',
    'Visitors met Tom Hadley and Sam Ilori at the door.',
    'Anna Fielding sold the tickets.',
  ].join(' ')
  const prompts = generateQuestionPool(docFrom(body)).questions.map((q) => q.prompt)

  test.each([
    'Who said: ‘He wanted to be rich and famous and he made lots of choices to go that way’?',
    'Who observed that the program began in 2007?',
  ])('"…, Wilkins said" keeps %s', (prompt) => expect(prompts).toContain(prompt))

  test('another person of the article is still not named by that sentence', () => {
    const doc = docFrom(body)
    const pool = generateQuestionPool(doc)
    const forged = pool.questions
      .filter((q) => q.prompt.startsWith('Who said: ‘He wanted'))
      .flatMap((q) => (q.format === 'single' ? [q] : []))
      .map((q) => ({
        ...q,
        options: q.options.map((o) =>
          o.text === 'Kristen Wilkins' ? { ...o, text: 'Anna Fielding' } : o,
        ),
      })) as Question[]
    expect(forged).toHaveLength(1)
    const issues = checkPool(doc, { ...pool, questions: forged })
    expect(issues.filter((i) => i.code === 'speaker').map((i) => i.questionId)).toEqual(
      forged.map((q) => q.id),
    )
  })
})
