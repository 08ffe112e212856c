/**
 * An organisation blanked in an article that names too few of its kind is offered against
 * peers of its kind (outlets, platforms, agencies, courts), in its own form and never one
 * founded after the article; and an event is never read from a relative clause or a quote.
 */
import { describe, expect, test } from 'vitest'
import { extractFacts, generateQuestionPool, type Question } from '@/lib/questions'
import { type NumberDraft, numberDistractors } from '@/lib/questions/nlp/numbers'
import { peerOrganisations, sameKindOfBody, samePeerGroup } from '@/lib/questions/nlp/organisations'
import { placeSort } from '@/lib/questions/nlp/places'
import { docFrom } from './load'

const clozeOn = (body: string, answer: string, publishedAt = '2008-01-20') =>
  generateQuestionPool(docFrom(body, publishedAt)).questions.find(
    (q): q is Extract<Question, { format: 'cloze' }> =>
      q.format === 'cloze' &&
      q.options.some(
        (o) => o.id === ('optionId' in q.key ? q.key.optionId : '') && o.text === answer,
      ),
  )

describe('peers of an organisation', () => {
  test.each([
    // By name, and by the last word of a name the list does not hold.
    ['BBC News', 'Reuters'],
    ['YouTube', 'MySpace'],
    ['World Food Programme', 'UNICEF'],
    ['Sydney Morning Herald', 'Reuters'],
    ['Constitutional Court of Ukraine', 'Supreme Court'],
  ])('%s is of one group with %s', (a, b) => {
    expect(samePeerGroup(a, b)).toBe(true)
  })

  test('none the article names, none founded after it, in the form the sentence needs', () => {
    const peers = (afterThe: boolean, year: number, articleText = '') =>
      peerOrganisations('YouTube', { afterThe, year, articleText })
    expect(peers(false, 2004)).not.toContain('Twitter') // founded 2006
    expect(peers(false, 2008)).toContain('Twitter')
    expect(peers(false, 2008, 'Posts on Twitter spread the video.')).not.toContain('Twitter')
    const outlets = peerOrganisations('World Food Programme', {
      afterThe: true,
      year: 2005,
      articleText: '',
    })
    expect(outlets.length).toBeGreaterThanOrEqual(3)
    expect(outlets).toContain('World Health Organization') // written "the World Health Organization"
    expect(outlets).not.toContain('UNICEF') // written without "the"
  })

  test('an unknown kind of organisation has no peers', () => {
    expect(
      peerOrganisations('Hitwise UK', { afterThe: false, year: 2008, articleText: '' }),
    ).toEqual([])
  })

  test('a blank on the only outlet an article names is offered against other outlets', () => {
    const body = [
      'The website of the campaign was attacked by hackers on Wednesday.',
      'At that time, one in three visits to the site came from BBC News, according to a survey.',
      'The attack was first reported by a forum on the website.',
    ].join('\n\n')
    const q = clozeOn(body, 'BBC News')
    expect(q).toBeDefined()
    const wrong = (q?.options ?? []).map((o) => o.text).filter((t) => t !== 'BBC News')
    expect(wrong).toHaveLength(3)
    for (const t of wrong) expect(samePeerGroup('BBC News', t)).toBe(true)
  })
})

describe('no event from a relative clause or a quotation', () => {
  const events = (body: string) =>
    extractFacts(docFrom(body))
      .filter((f) => f.type === 'event')
      .map((f) => ('actorName' in f ? f.actorName : ''))

  test.each([
    'He called it another skirmish in a war that Scientology has been waging for fifteen years.',
    'He called it "a war that Greenpeace has been fighting for years", and left.',
  ])('%s', (body) => {
    expect(events(body)).toEqual([])
  })

  test('a clause after "warned that" is still an event', () => {
    expect(
      events('The minister warned that the European Union would cut aid to the region.'),
    ).toContain('European Union')
  })
})

describe('places are offered against places of their sort', () => {
  test.each([
    ['Kennedy Space Center', 'facility'],
    ['Museum of Flight', 'facility'],
    ['Noroeste Farm', 'facility'],
    ['Yangtze River', 'natural'],
    ['Ohio', 'land'],
    ['Pacific Northwest', 'land'],
    ['Volgograd', 'land'],
    ['Iraq', 'country'],
  ])('%s is %s', (name, sort) => {
    expect(placeSort(name)).toBe(sort)
  })

  test('a blanked space centre is never offered against states', () => {
    const body = [
      'The shuttle Atlantis will go on display at the Kennedy Space Center Visitor Complex in Florida.',
      'Space Shuttle Discovery will take the place of Enterprise at the Udvar-Hazy Center in Virginia.',
      'Endeavour will go to the California Science Center, officials in Ohio and Texas said.',
      'Texas lawmakers had wanted a shuttle for the Johnson Space Center in Houston.',
    ].join('\n\n')
    const pool = generateQuestionPool(docFrom(body, '2011-04-13')).questions
    for (const q of pool)
      if (q.format === 'cloze' && q.category === 'place') {
        const texts = q.options.map((o) => o.text)
        const sorts = new Set(texts.map(placeSort))
        expect(sorts.size, texts.join(' / ')).toBe(1)
      }
  })
})

describe('an organisation is offered against bodies of its kind', () => {
  test.each([
    ['Team Estonia', 'Team Morocco', true],
    ['State Department', 'Homeland Security Departments', true],
    ['Taliban', 'Hezbollah', true],
    ['Taliban', 'Homeland Security Departments', false],
    ['Team Estonia', 'Taliban', false],
  ])('%s beside %s → %s', (a, b, same) => {
    expect(sameKindOfBody(a, b)).toBe(same)
  })
})

describe('blanks whose options would not fit', () => {
  test('"yesterday afternoon" is no date blank', () => {
    const body = 'The accident, which occurred yesterday afternoon, was caused by strong winds.'
    const blanks = generateQuestionPool(docFrom(body, '2015-09-12'))
      .questions.filter((q) => q.format === 'cloze')
      .map((q) => ('options' in q ? q.options.map((o) => o.text) : []))
    for (const options of blanks) expect(options).not.toContain('yesterday')
  })

  test('a share is never offered 100% or more', () => {
    const share = (text: string): NumberDraft => ({
      type: 'number',
      kind: 'percent',
      text,
      value: Number.parseFloat(text),
      unit: null,
      evidence: { sentenceId: 'p1.s1', start: 0, end: text.length },
    })
    // Other shares of the article come first: a turnout "in excess of 100%" is none of them.
    for (const key of ['52%', '61%', '78%', '90%']) {
      const picks = numberDistractors(share(key), [share('100%'), share('44%')], 'They won.')
      expect(picks).toHaveLength(3)
      for (const p of picks) expect(Number.parseFloat(p)).toBeLessThan(100)
    }
  })
})
