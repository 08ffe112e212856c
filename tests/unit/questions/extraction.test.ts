/** Table tests for the pitfalls in nlp.md: each row is one general English-news pattern. */
import { describe, expect, test } from 'vitest'
import { extractFacts, type Fact } from '@/lib/questions'
import { docFrom } from './load'

const facts = (body: string, publishedAt?: string) => extractFacts(docFrom(body, publishedAt))
const of = <T extends Fact['type']>(fs: Fact[], t: T) =>
  fs.filter((f): f is Extract<Fact, { type: T }> => f.type === t)

describe('dates resolve against publishedAt (Wednesday 2021-02-24) and tense', () => {
  test.each([
    ['On Monday, rockets were fired at the base.', 'On Monday', '2021-02-22', 'day'],
    ['The leaders spoke on Tuesday.', 'on Tuesday', '2021-02-23', 'day'],
    ['Rockets hit the airport on February 15.', 'on February 15', '2021-02-15', 'day'],
    ['The court met on 3 March 2019.', 'on 3 March 2019', '2019-03-03', 'day'],
    ['Attacks were frequent last year.', 'last year', '2020-01-01', 'year'],
    ['In October, the US threatened to close its embassy.', 'In October', '2020-10-01', 'month'],
    ['Elections are scheduled for October.', 'for October', '2021-10-01', 'month'],
    ['The deal was abandoned in 2018.', 'in 2018', '2018-01-01', 'year'],
    ['Iran has struck a tough tone this week.', 'this week', '2021-02-22', 'week'],
    ['The minister will visit on Friday.', 'on Friday', '2021-02-26', 'day'],
    ['The vote was held in March 2020.', 'in March 2020', '2020-03-01', 'month'],
    ['Prices rose sharply yesterday.', 'yesterday', '2021-02-23', 'day'],
  ])('%s', (body, expression, start, granularity) => {
    const d = of(facts(body), 'date')
    expect(d.map((x) => [x.expression, x.resolved.start, x.resolved.granularity])).toContainEqual([
      expression,
      start,
      granularity,
    ])
  })

  test.each([
    'The attacks resumed after four months of relative calm.',
    'It was the third attack in just over a week.',
    'The country has been scarred by decades of war.',
    'For now it remains to be seen how he will respond.',
    'Over the last year, prices doubled.',
    '“We were back to last year,” the official said.',
  ])('no date in: %s', (body) => {
    expect(of(facts(body), 'date')).toEqual([])
  })

  test('two dated events in one clause get no "when" stem', () => {
    const d = of(facts('The club was relegated in 2019 and promoted last year.'), 'date')
    expect(d).toHaveLength(2)
    for (const x of d) expect(x.stem).toBeNull()
  })

  test('a relative clause is rebuilt into one event', () => {
    const d = of(
      facts(
        'Washington is offering to revive the nuclear deal that predecessor Donald Trump abandoned in 2018.',
      ),
      'date',
    )
    expect(d[0]?.stem).toBe('When did Donald Trump abandon the nuclear deal?')
  })
})

describe('actors, aliases and posts', () => {
  test('title before a name, with particles, and the surname alone later', () => {
    const fs = facts(
      'Iraqi Prime Minister Mustafa al-Kadhimi met officials.\n\nLater, al-Kadhimi said the talks had gone well.',
    )
    expect(of(fs, 'role').map((r) => [r.actorName, r.role])).toContainEqual([
      'Mustafa al-Kadhimi',
      'Iraqi Prime Minister',
    ])
    expect(of(fs, 'stance')[0]?.holders.map((h) => h.name)).toEqual(['Mustafa al-Kadhimi'])
  })

  test('"the Iraqi prime minister" later refers to the person holding that post', () => {
    const fs = facts(
      'Iraqi Prime Minister Mustafa al-Kadhimi met officials.\n\nThe Iraqi prime minister has pledged to halt the attacks.',
    )
    expect(of(fs, 'stance')[0]?.holders.map((h) => h.name)).toEqual(['Mustafa al-Kadhimi'])
  })

  test.each([
    [
      'Jane Roe, the chief executive of Acme Holdings, said profits rose.',
      'Jane Roe',
      'Acme Holdings chief executive',
    ],
    [
      'US State Department spokesman Ned Price said the talks failed.',
      'Ned Price',
      'US State Department spokesman',
    ],
    [
      'Markus Feld, a political scientist at the University of Hamburg, said the coalition would survive.',
      'Markus Feld',
      'University of Hamburg political scientist',
    ],
  ])('post: %s', (body, person, role) => {
    expect(of(facts(body), 'role').map((r) => [r.actorName, r.role])).toContainEqual([person, role])
  })

  test('"predecessor" is a relation, not a post', () => {
    const fs = facts('The deal that predecessor Donald Trump abandoned was revived.')
    expect(of(fs, 'role')).toEqual([])
    expect(of(fs, 'actor').map((a) => a.actor.name)).toContain('Donald Trump')
  })

  test('affiliation: "X of the ORG"', () => {
    const fs = facts(
      '“They are restless,” said Aniseh Bassiri of the Royal United Service Institute.',
    )
    expect(of(fs, 'affiliation').map((a) => [a.actorName, a.org])).toContainEqual([
      'Aniseh Bassiri',
      'Royal United Service Institute',
    ])
  })

  test('capitals and metonyms stand for their country', () => {
    const fs = facts('Tehran denied the claims.\n\nWashington is demanding a full inquiry.')
    expect(of(fs, 'stance').map((s) => s.holders[0]?.name)).toEqual(['Iran', 'United States'])
  })

  test('an unnamed source stays a description and is not collapsed into its country', () => {
    const fs = facts(
      '“It seems we are back to last year,” a senior US military official in Iraq told AFP.\n\n“There is more to come,” said the US official, speaking on condition of anonymity.',
    )
    const holders = of(fs, 'stance').map((s) => s.holders[0]?.name)
    expect(holders).toEqual([
      'a senior US military official in Iraq',
      'a senior US military official in Iraq',
    ])
  })

  test('a pronoun speaker takes the last named person', () => {
    const fs = facts(
      'There are domestic considerations, said Aniseh Bassiri of the Royal United Service Institute.\n\n“They want to remind everyone they have not disappeared,” she said.',
    )
    expect(
      of(fs, 'stance')
        .find((s) => s.kind === 'quote')
        ?.holders.map((h) => h.name),
    ).toEqual(['Aniseh Bassiri'])
  })

  test('a plural speaker ("both saying") takes both people', () => {
    const fs = facts(
      'US President Joe Biden and Iraqi Prime Minister Mustafa al-Kadhimi discussed the attacks, with both saying those responsible should be punished.',
    )
    expect(of(fs, 'stance')[0]?.holders.map((h) => h.name)).toEqual([
      'Joe Biden',
      'Mustafa al-Kadhimi',
    ])
  })

  test('reported speech: denied, pledged, is demanding, wants … to, holds … responsible', () => {
    const fs = facts(
      'Iran has said it opposes any attacks and denied any links to the violence.\n\nIran is demanding Washington lift sanctions, while the US wants Iran to move first.\n\nUS State Department spokesman Ned Price said the US holds Iran responsible for the attacks.',
    )
    const got = of(fs, 'stance').map((s) => `${s.holders[0]?.name}|${s.verb}`)
    expect(got).toEqual(
      expect.arrayContaining([
        'Iran|has said',
        'Iran|denied',
        'Iran|is demanding',
        'United States|wants',
        'United States|holds Iran responsible',
        'Ned Price|said',
      ]),
    )
  })

  test('captions, credits and subheadings never produce facts', () => {
    const fs = facts(
      ':::figure{credit="File: Jane Doe/Reuters"}\nPresident John Smith waves in Paris on Monday\n:::\n\n## President Smith speaks\n\nThe weather was mild.',
    )
    expect(fs.filter((f) => f.type !== 'actor')).toEqual([])
  })
})
