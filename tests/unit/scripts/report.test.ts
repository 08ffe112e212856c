/** scripts/report: the entity matching protocol, the named-entity rule, and the summary. */
import { describe, expect, test } from 'vitest'
import {
  containsWords,
  type FoundEntity,
  type GoldEntity,
  isNamedGold,
  matchesGold,
  normaliseName,
  scoreEntities,
} from '../../../scripts/report/entities'
import { median, type ReportRow, summarise } from '../../../scripts/report/measure'

const gold = (type: GoldEntity['type'], ...mentions: string[]): GoldEntity => ({
  type,
  name: mentions[0] ?? '',
  mentions,
})
const found = (kind: FoundEntity['kind'], name: string, ...mentions: string[]): FoundEntity => ({
  name,
  kind,
  mentions,
})

describe('normaliseName', () => {
  test.each([
    ['The White House', 'white house'],
    ['the United States', 'united states'],
    ['Korea’s', 'korea'],
    ["Sweden's", 'sweden'],
    ["Thomas'", 'thomas'],
    ['Udvar - Hazy', 'udvar-hazy'],
    ['  New   York  City ', 'new york city'],
    ['‘Hope’', "'hope'"],
    ['Theodore Roosevelt', 'theodore roosevelt'],
  ])('%s → %s', (text, expected) => expect(normaliseName(text)).toBe(expected))
})

describe('containsWords', () => {
  test.each([
    ['english captain harry kane', 'harry kane', true],
    ['irving, texas', 'irving', true],
    ['the u.s. border', 'u.s', true],
    ['kanebridge', 'kane', false],
    ['harry kanes', 'harry kane', false],
    ['mexico city', 'mexico', true],
    ['anything', '', false],
  ])('%s ⊇ %s: %s', (whole, part, expected) => expect(containsWords(whole, part)).toBe(expected))
})

describe('matchesGold', () => {
  test.each([
    [['Harry Kane'], gold('person', 'English captain Harry Kane'), true],
    [['Kane'], gold('person', 'English captain Harry Kane'), true],
    [['Sweden'], gold('organization', "Sweden's"), true],
    [['White House'], gold('place', 'the White House'), true],
    [['Udvar-Hazy Center'], gold('place', 'the Udvar - Hazy Center'), true],
    [['Harry Kane Stadium'], gold('person', 'Harry Kane'), false],
    [['K'], gold('person', 'K. Smith'), false],
    [['Mr Smith', 'Smith'], gold('person', 'John Smith'), true],
  ])('%j vs %j: %s', (forms, g, expected) => expect(matchesGold(forms, g)).toBe(expected))
})

describe('isNamedGold', () => {
  test.each([
    [gold('person', 'Muslims'), false],
    [gold('person', 'Afghans'), false],
    [gold('person', 'about 100,000 Greeks'), false],
    [gold('person', 'many Texans'), false],
    [gold('person', 'Thomas'), true],
    [gold('person', 'Ross'), true],
    [gold('person', 'the gathered crowd'), false],
    [gold('person', 'Muslims', 'Harry Kane'), true],
    [gold('person', 'Zeus'), true],
    [gold('person', "Korea's Kim Shin-Wook"), true],
    [gold('place', 'Texas'), true],
    [gold('organization', 'Wikinews'), true],
    [gold('organization', 'The Ontario Ghostbusters'), true],
    [gold('place', 'the counties'), false],
    [gold('person', 'The'), false],
    // A name inside a post-modifier names another entity: these are groups, not names.
    [gold('person', 'Muslims in the United States'), false],
    [gold('person', 'Muslims traveling to the U.S.'), false],
    [gold('person', 'children in mainland Australia'), false],
    [gold('person', 'the gathered crowd which contained many KSC employees'), false],
    [gold('person', 'someone who gave it to the CBC today'), false],
    [gold('organization', 'the regional counsel of Lombardy'), false],
    [gold('place', 'territory controlled by the Taliban'), false],
    [gold('person', 'Hui Chi-fung from the Democratic Party'), true],
    [gold('organization', 'University of Texas Arlington'), true],
    [gold('person', 'Governor of Washington Chris Gregoire'), true],
  ])('%j: %s', (g, expected) => expect(isNamedGold(g)).toBe(expected))
})

describe('scoreEntities', () => {
  const golds = [
    gold('person', 'English captain Harry Kane', 'Harry Kane'),
    gold('person', 'Muslims'),
    gold('organization', 'FIFA'),
    gold('place', 'the Fisht Stadium in Sochi'),
    gold('place', 'Volgograd'),
  ]

  test('kinds pair up and only named gold counts for recall', () => {
    const score = scoreEntities(
      [
        found('person', 'Harry Kane', 'Kane'),
        found('person', 'Muslims'),
        found('person', 'Budweiser Man'),
        found('organisation', 'FIFA'),
        found('place', 'Sochi'),
      ],
      golds,
    )
    expect(score.person).toMatchObject({ found: 3, correct: 2, named: 1, recalled: 1 })
    expect(score.person.wrong).toEqual(['Budweiser Man'])
    expect(score.organisation).toMatchObject({ found: 1, correct: 1, named: 1, recalled: 1 })
    expect(score.place).toMatchObject({ found: 1, correct: 1, named: 2, recalled: 1 })
    expect(score.place.missed).toEqual(['Volgograd'])
  })

  test('a name found under the wrong kind is neither correct nor recalled', () => {
    const score = scoreEntities([found('place', 'FIFA')], golds)
    expect(score.place).toMatchObject({ found: 1, correct: 0 })
    expect(score.organisation).toMatchObject({ found: 0, named: 1, recalled: 0 })
  })

  test('a named gold entity the body never mentions (a caption, a credit) is not counted for recall', () => {
    const text = 'English captain Harry Kane scored twice at the Fisht Stadium in Sochi.'
    const score = scoreEntities([found('person', 'Harry Kane')], golds, text)
    expect(score.person).toMatchObject({ named: 1, recalled: 1 })
    expect(score.organisation).toMatchObject({ named: 0 })
    expect(score.place).toMatchObject({ named: 1, recalled: 0 })
    expect(score.place.missed).toEqual(['the Fisht Stadium in Sochi'])
  })

  test('nothing found: zero counts, every named gold missed', () => {
    const score = scoreEntities([], golds)
    expect(score.person).toMatchObject({ found: 0, correct: 0, named: 1, recalled: 0 })
    expect(score.place.missed).toHaveLength(2)
  })
})

describe('summarise', () => {
  const row = (article: string, words: number, questions: number, t: number, tf: number) =>
    ({
      article,
      words,
      questions,
      per350: (questions / words) * 350,
      trueFalse: { true: t, total: tf },
      facts: { found: 4, asked: 2 },
      entities: null,
    }) as unknown as ReportRow

  test('medians, thin articles, pooled True share', () => {
    const s = summarise([row('a', 350, 10, 1, 2), row('b', 700, 7, 0, 1), row('c', 150, 2, 2, 2)])
    expect(s.thin).toEqual(['b'])
    expect(s.trueShare).toBeCloseTo(3 / 5)
    expect(s.near350).toEqual({ articles: 1, median: 10 })
    expect(s.near700).toEqual({ articles: 1, median: 7 })
    expect(s.facts).toEqual({ found: 12, asked: 6 })
    expect(s.entities).toBeNull()
  })

  test('median', () => {
    expect(median([])).toBeNull()
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 2, 3])).toBe(2.5)
  })
})
