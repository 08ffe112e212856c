/**
 * Wrong people offered beside a person, by how alike the article makes them (build/peers.ts):
 * a captain beside another captain and players before a coach or a referee, a justice beside
 * justices; a job noun before a name counts as a post ("musician Nick Rhodes"); a given name
 * alone joins the one person it begins ("Cool clock, Ahmed"); and a blank's options leave out
 * anyone whose surname the sentence names on its own ("… said Mohamed wishes").
 */
import { describe, expect, test } from 'vitest'
import { generateQuestionPool, type Question } from '@/lib/questions'
import { postHead } from '@/lib/questions/build/peers'
import { findEntities } from '@/lib/questions/nlp'
import { docFrom } from './load'

const optionTexts = (q: Question) => ('options' in q ? q.options.map((o) => o.text) : [])
const poolOf = (body: string) => generateQuestionPool(docFrom(body)).questions
/** The one single-choice question whose stem matches, with its options. */
function asked(body: string, stem: RegExp): string[] {
  const found = poolOf(body).filter((q) => q.format === 'single' && stem.test(q.prompt))
  expect(found, `no question matching ${stem}`).toHaveLength(1)
  return optionTexts(found[0] as Question)
}
function blanked(body: string, answer: string): string[][] {
  return poolOf(body)
    .filter((q) => q.format === 'cloze')
    .filter((q) => {
      const key = 'optionId' in q.key ? q.key.optionId : ''
      return 'options' in q && q.options.find((o) => o.id === key)?.text === answer
    })
    .map(optionTexts)
}

describe('the kind of a post is its head noun', () => {
  test.each([
    ['Swedish captain', 'captain'],
    ['Panama coach', 'coach'],
    ['Coach', 'coach'],
    ['chief executive of Acme', 'executive'],
    ['White House spokeswoman', 'spokesperson'],
    ['spokesman for the ministry', 'spokesperson'],
    ['committee chairwoman', 'chair'],
    ['Chairman of the Board', 'chair'],
    ['congresswoman', 'congressman'],
    ['Supreme Court Justice', 'justice'],
  ])('%s → %s', (role, head) => {
    expect(postHead(role)).toBe(head)
  })
})

const MATCH = `Sweden defeated Chile 2 – 1 on Thursday in the opening match of the tournament in Madrid.

Swedish captain Erik Lund scored from the penalty spot in the 20th minute, putting Sweden 1 – 0 up. Chilean captain Diego Rojas equalised shortly before half-time.

Sweden coach Anders Berg praised his players after the game. Chile coach Pablo Soto said his side had been unlucky.

Chilean goalkeeper Mateo Vidal saved a late shot. Jonas Holm scored the winner for Sweden in the 78th minute, after Felipe Mora had hit the post for Chile.`

const COURT = `The Supreme Court ruled 6-3 on Monday that the state law was unconstitutional.

Justice Maria Lopez wrote the majority opinion. Justice Henry Walsh and Justice Ruth Adler joined her, while Justice Samuel Grant wrote a dissent.

State Attorney General Paul Keane said he was disappointed. Governor Linda Frost said the state would comply.

Tenant organiser Joan Petty and landlord Victor Crane had brought the case in 2021.`

const CABINET = `Prime Minister Anna Berg named a new cabinet on Friday after weeks of talks.

Finance Minister Lars Holm kept his post, and Foreign Minister Eva Dahl moved to the defence ministry. Health Minister Karin Ek was replaced by Olof Strand.

Opposition leader Per Nyberg called the cabinet "tired". Union chief Maja Lind said workers would judge it by its budget.

Economist Sven Falk said markets had expected the changes.`

describe('a captain is asked beside captains and players, not coaches', () => {
  test.each([
    [MATCH, /Swedish captain/, 'Erik Lund', ['Diego Rojas'], ['Anders Berg', 'Pablo Soto']],
    // Players the article gives no post come before the coaches.
    [MATCH, /Chilean goalkeeper/, 'Mateo Vidal', ['Jonas Holm', 'Felipe Mora'], []],
    [MATCH, /Sweden coach/, 'Anders Berg', ['Pablo Soto'], []],
    [COURT, /Governor/, 'Linda Frost', [], []],
  ])('%#: %s', (body, stem, answer, peers, strangers) => {
    const options = asked(body, new RegExp(`described in the article as the .*${stem.source}`, 'i'))
    expect(options).toContain(answer)
    for (const p of peers) expect(options).toContain(p)
    for (const s of strangers) expect(options).not.toContain(s)
  })
})

describe('a justice is blanked beside other justices, a minister beside ministers', () => {
  test.each([
    [COURT, 'Maria Lopez', ['Samuel Grant'], ['Paul Keane', 'Linda Frost', 'Victor Crane']],
    [CABINET, 'Lars Holm', ['Karin Ek'], ['Per Nyberg', 'Maja Lind', 'Sven Falk']],
  ])('%#: %s', (body, answer, peers, strangers) => {
    const sets = blanked(body, answer)
    expect(sets.length).toBeGreaterThan(0)
    for (const options of sets) {
      for (const p of peers) expect(options).toContain(p)
      for (const s of strangers) expect(options).not.toContain(s)
    }
  })
})

describe('a job noun before a name is a post', () => {
  const ARTS = `The exhibit opened on Friday at the city gallery with photographs by several artists.

It shows Polaroids of actor Dennis Holt, musician Nick Rowe and author Tess Moran. Curator Elaine Grant chose the photographs.

Photographer Ada Voss said the show had taken two years to prepare. Photographer Lena Brook, who lent ten prints, said she was proud.

Gallery director Kathryn Webb said attendance had doubled, and musician Carl Finch played at the opening.`
  test('a musician is blanked beside the other musician first', () => {
    const sets = blanked(ARTS, 'Nick Rowe')
    expect(sets.length).toBeGreaterThan(0)
    for (const options of sets) expect(options).toContain('Carl Finch')
  })
})

describe('a given name alone is the one person it begins', () => {
  const CLOCK = `Ahmed Mohamed, a 14-year-old boy from Irving, was arrested after he brought a clock to school.

President Barack Obama wrote on Twitter: "Cool clock, Ahmed. Want to bring it to the White House?"`
  test('"Ahmed" joins Ahmed Mohamed', () => {
    const people = findEntities(docFrom(CLOCK)).filter((e) => e.kind === 'person')
    expect(people.map((e) => e.name)).not.toContain('Ahmed')
    const ahmed = people.find((e) => e.name === 'Ahmed Mohamed')
    expect(ahmed?.mentions.map((m) => m.text)).toContain('Ahmed')
  })

  test.each([
    // Two people the name begins: it is neither's.
    ['Jack Reed and Jack Molloy spoke on Monday. Later, Jack said the vote was close.', 'Jack'],
    // Not a given name: no one's short form.
    ['Ellen Campbell praised the soup. Campbell Soup sponsored the event.', 'Ellen Campbell'],
  ])('%s', (body, name) => {
    const people = findEntities(docFrom(body)).filter((e) => e.kind === 'person')
    const jack = people.find((e) => e.name === name)
    if (name === 'Jack')
      for (const p of people) expect(p.mentions.map((m) => m.text)).not.toContain('Jack')
    else expect(jack?.mentions.map((m) => m.text)).not.toContain('Campbell Soup')
  })
})

describe('a blank offers no one the sentence names by surname alone', () => {
  const BODY = `Student Ahmed Salem was arrested on Monday after a teacher mistook his clock for a bomb. His father Omar Salem said the family was shocked.

Among the first to speak up for Salem was Alia Noor, a neighbour. Sara Memon said the support had helped him. Tom Reyes said the school had overreacted. Jane Okafor said she would write to the school.`
  test('"… speak up for Salem was _____": neither Salem is offered', () => {
    const sets = blanked(BODY, 'Alia Noor')
    expect(sets.length).toBeGreaterThan(0)
    for (const options of sets) {
      expect(options).not.toContain('Ahmed Salem')
      expect(options).not.toContain('Omar Salem')
    }
  })
  test('a surname inside another full name is someone else: "Tanya Chan" leaves Raymond Chan', () => {
    const ELECTED = `Voters elected five new members on Sunday.

The other two winners were Hui Chi-fung of the Democratic Party and Tanya Chan of the Civic Party. Raymond Chan lost his seat to a newcomer. Michael Tien kept his seat. Baggio Leung lost too.`
    const sets = blanked(ELECTED, 'Hui Chi-fung')
    for (const options of sets) expect(options.join(' ')).not.toMatch(/Tanya Chan/)
    expect(sets.some((options) => options.includes('Raymond Chan'))).toBe(true)
  })
})
