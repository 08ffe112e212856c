/**
 * Table tests for who-did-what events (lib/questions/nlp/events via extractFacts): the
 * subject, its predicate and inversion, a named object after the verb, a place in the
 * clause, appositions skipped, and no event from quoted text, from a predicate leaning on
 * a pronoun, or from speech that carries a quotation.
 */
import { describe, expect, test } from 'vitest'
import { extractFacts, type Fact } from '@/lib/questions'
import { alternativeOf } from '@/lib/questions/build/alternatives'
import { buildCandidates } from '@/lib/questions/pool'
import { docFrom } from './load'

type EventFact = Extract<Fact, { type: 'event' }>

const eventsOf = (body: string) =>
  extractFacts(docFrom(body)).filter((f): f is EventFact => f.type === 'event')
const sentenceOf = (body: string) => docFrom(body).paragraphs[0]?.sentences[0]?.text ?? ''

describe('1. subject, predicate and inversion', () => {
  test.each([
    [
      'Ben Wallace shoved Ron Artest during the game.',
      'Ben Wallace',
      'shoved Ron Artest during the game',
      { aux: 'did', verb: 'shove' },
    ],
    [
      'On Monday, Justice Anthony Kennedy delivered the majority opinion.',
      'Anthony Kennedy',
      'delivered the majority opinion',
      { aux: 'did', verb: 'deliver' },
    ],
    [
      'Justice Anthony Kennedy has written the majority opinion for the court.',
      'Anthony Kennedy',
      'has written the majority opinion for the court',
      { aux: 'has', verb: 'written' },
    ],
    [
      'The Colorado Civil Rights Commission ruled against the baker.',
      'Colorado Civil Rights Commission',
      'ruled against the baker',
      { aux: 'did', verb: 'rule' },
    ],
  ])('%s', (body, actor, predicate, inversion) => {
    const [e, ...rest] = eventsOf(body)
    expect(rest).toEqual([])
    expect(e?.actorName).toBe(actor)
    expect(e?.predicate).toBe(predicate)
    expect(e?.inversion).toEqual(inversion)
    const s = sentenceOf(body)
    expect(s.slice(e?.subjectEvidence.start, e?.subjectEvidence.end)).toBe(actor)
    expect(s.slice(e?.evidence.start, e?.evidence.end)).toContain(predicate)
  })

  test('two clauses joined by ", and" give two events, each with its own predicate', () => {
    const events = eventsOf(
      'Tom Smith criticised the ruling, and Jane Doe welcomed the verdict from the court.',
    )
    expect(events.map((e) => [e.actorName, e.predicate])).toEqual([
      ['Tom Smith', 'criticised the ruling'],
      ['Jane Doe', 'welcomed the verdict from the court'],
    ])
  })
})

describe('2. a named object after the verb', () => {
  test('"Ben Wallace shoved Ron Artest" → object Ron Artest, the rest of the clause kept', () => {
    const [e] = eventsOf('Ben Wallace shoved Ron Artest during the game.')
    expect(e?.object).toMatchObject({ name: 'Ron Artest', kind: 'person', rest: 'during the game' })
    const s = sentenceOf('Ben Wallace shoved Ron Artest during the game.')
    expect(s.slice(e?.object?.evidence.start, e?.object?.evidence.end)).toBe('Ron Artest')
  })

  test('an apposition after the subject does not hide the object', () => {
    const [e] = eventsOf('Ben Wallace, the Pistons centre, shoved Ron Artest.')
    expect(e?.predicate).toBe('shoved Ron Artest')
    expect(e?.object?.name).toBe('Ron Artest')
    expect(e?.object?.rest).toBe('')
  })

  test('a country can be an object: "Sweden faced South Korea"', () => {
    const [e] = eventsOf('Sweden faced South Korea at the Nizhny Novgorod Stadium.')
    expect(e?.actorName).toBe('Sweden')
    expect(e?.object?.name).toBe('South Korea')
  })

  test('a clause with no named object has none', () => {
    const [e] = eventsOf('The Colorado Civil Rights Commission ruled against the baker.')
    expect(e).toBeDefined()
    expect(e?.object).toBeUndefined()
  })
})

describe('3. a place in the clause', () => {
  test('"Sweden faced South Korea at the Nizhny Novgorod Stadium" → place', () => {
    const body = 'Sweden faced South Korea at the Nizhny Novgorod Stadium.'
    const [e] = eventsOf(body)
    expect(e?.place?.name).toBe('Nizhny Novgorod Stadium')
    expect(e?.place?.rest).toBe('South Korea')
    const s = sentenceOf(body)
    expect(s.slice(e?.place?.evidence.start, e?.place?.evidence.end)).toBe(
      'Nizhny Novgorod Stadium',
    )
  })

  // The clause after the place keeps its own preposition ("… South Korea on Monday").
  test.each([
    ['Sweden faced South Korea at the Nizhny Novgorod Stadium on Monday.', 'South Korea on Monday'],
    [
      'Lionel Messi scored twice against Croatia in Moscow on Saturday.',
      'twice against Croatia on Saturday',
    ],
  ])('the clause after the place keeps its preposition: %s', (body, rest) => {
    expect(eventsOf(body)[0]?.place?.rest).toBe(rest)
  })
})

describe('4. what is not an event', () => {
  test('an apposition is skipped, not taken as the predicate', () => {
    const events = eventsOf('Susan Bloch, a law professor, criticised the ruling.')
    expect(events.map((e) => [e.actorName, e.predicate])).toEqual([
      ['Susan Bloch', 'criticised the ruling'],
    ])
    expect(events[0]?.predicate).not.toMatch(/professor/)
  })

  test.each([
    [
      'a sentence opening with a quotation',
      '“Kmart will buy Sears for the brand,” Tom Smith said.',
    ],
    ['speech that carries a quotation', 'Tom Smith said: “We will win the case in court.”'],
    [
      'speech that carries a quotation',
      'Jack Phillips told reporters: “I will appeal the ruling.”',
    ],
    ['a dangling "her"', 'Tom Smith accused her of lying to the court.'],
    ['a dangling "it"', 'Tom Smith sold it to a rival firm last year.'],
    ['a dangling "he"', 'Jack Phillips told the court that he had refused the order.'],
    [
      'a relative clause, not an apposition',
      'Susan Bloch, who teaches law, criticised the ruling.',
    ],
    ['an inverted attribution', 'The ruling, Susan Bloch said, was flawed for the couple.'],
  ])('%s: %s', (_what, body) => {
    expect(eventsOf(body)).toEqual([])
  })

  test('no predicate holds a quotation mark', () => {
    const events = eventsOf(
      'Ben Wallace shoved Ron Artest. Tom Smith said: “We will win.” Jane Doe welcomed the “historic” verdict.',
    )
    expect(events.length).toBeGreaterThan(0)
    for (const e of events) expect(e.predicate).not.toMatch(/[“”"]/)
  })
})

describe('a deed denied, for a false statement the clause refutes', () => {
  test.each([
    [
      'Mundia Sikatana described the policy as addressing food security.',
      'did not describe the policy as addressing food security',
    ],
    [
      'Mundia Sikatana also described the policy as addressing food security.',
      'did not describe the policy as addressing food security',
    ],
    [
      'Tom Smith approves the new budget for the harbour.',
      'does not approve the new budget for the harbour',
    ],
    [
      'Tom Smith will sell the farm to a rival firm next year.',
      'will not sell the farm to a rival firm next year',
    ],
    [
      'Tom Smith has signed a deal with the union in Detroit.',
      'has not signed a deal with the union in Detroit',
    ],
  ])('%s', (body, denied) => {
    expect(eventsOf(body)[0]?.denied).toBe(denied)
  })

  test.each([
    'Tom Smith could sell the farm to a rival firm next year.',
    'Tom Smith may sell the farm to a rival firm next year.',
  ])('a hedge is not denied: %s', (body) => {
    const [e] = eventsOf(body)
    expect(e).toBeDefined()
    expect(e?.denied).toBeNull()
  })

  test('"had to rebuild" is no auxiliary to invert or deny on', () => {
    const events = eventsOf('Tom Smith had to rebuild the robot after the first round.')
    expect(events.length).toBeGreaterThan(0)
    for (const e of events) {
      expect(e.inversion).toBeNull()
      expect(e.denied).toBeNull()
    }
  })

  test('with no one else to swap in, the deed is a statement whose false version is denied', () => {
    const body = [
      'The government of Zambia has launched a new farming policy.',
      'Mundia Sikatana described the policy as addressing food security and poverty.',
    ].join(' ')
    const q = buildCandidates(docFrom(body)).find(
      (q) => q.format === 'true-false' && /Sikatana/.test(q.statement),
    )
    const other = q && alternativeOf(q)
    const both = [q, other].map((x) => (x && 'statement' in x ? x.statement : undefined)).sort()
    expect(both).toEqual([
      'Mundia Sikatana described the policy as addressing food security.',
      'Mundia Sikatana did not describe the policy as addressing food security.',
    ])
  })
})
