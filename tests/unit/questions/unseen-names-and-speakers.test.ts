/**
 * Table tests from unseen articles (a Kenyan housing levy, a Dublin wages case, a vaccine
 * trial, a football derby): names with apostrophes, people cued only by an apposition,
 * inverted attributions ("said X, the Y in the Z", "according to X"), posts owned by "the
 * company's", labels ("called the tax “daylight robbery”") and verbs that share a subject.
 */
import { describe, expect, test } from 'vitest'
import { checkPool, extractFacts, type Fact, generateQuestionPool } from '@/lib/questions'
import { findEntities } from '@/lib/questions/nlp'
import { docFrom } from './load'

const factsOf = (body: string, publishedAt = '2024-03-15') =>
  extractFacts(docFrom(body, publishedAt))
const of = <T extends Fact['type']>(facts: Fact[], t: T) =>
  facts.filter((f): f is Extract<Fact, { type: T }> => f.type === t)
const people = (facts: Fact[]) =>
  of(facts, 'actor')
    .filter((a) => a.actor.kind === 'person')
    .map((a) => a.actor.name)
const roles = (facts: Fact[]) => of(facts, 'role').map((r) => [r.actorName, r.role])
const stances = (facts: Fact[]) =>
  of(facts, 'stance').map((s) => [s.holders.map((h) => h.name).join(' + '), s.content])

describe('1. an apostrophe inside a name is part of it; a possessive or closing quote is not', () => {
  test.each([
    ["Treasury Secretary Njuguna Ndung'u said on Monday that costs rose.", "Njuguna Ndung'u"],
    ['Treasury Secretary Njuguna Ndung’u said on Monday that costs rose.', 'Njuguna Ndung’u'],
    ["Kimani Ichung'wah, the majority leader, said the bill was fair.", "Kimani Ichung'wah"],
    ['“We will appeal,” said Mary O’Brien, the union’s general secretary.', 'Mary O’Brien'],
    [
      "Aoife D'Souza, the chief economist at Allied Irish Banks, said prices rose.",
      "Aoife D'Souza",
    ],
    ['"The club is in real trouble this year," N’Golo Kanté told reporters.', 'N’Golo Kanté'],
    ['Health Minister Sinéad O’Connor said on Monday that clinics would open.', 'Sinéad O’Connor'],
    ['Mayor Grace Thiong’o said the road would reopen.', 'Grace Thiong’o'],
  ])('%s', (body, name) => {
    expect(people(factsOf(body)).some((p) => p.endsWith(name))).toBe(true)
  })

  test.each([
    ["President William Ruto's government said the plan was fair.", 'William Ruto'],
    ['Kenya’s president, William Ruto, said the plan was fair.', 'William Ruto'],
    ["Critics called it 'a tax on work', said Francis Atwoli.", 'Francis Atwoli'],
  ])('%s keeps the name without the ’s or quote', (body, name) => {
    expect(people(factsOf(body))).toContain(name)
  })

  test('a name written with ’ keeps it in questions, and the stem check accepts it', () => {
    const doc = docFrom(
      'Treasury Cabinet Secretary Njuguna Ndung’u said on Monday that the government expects to raise 63 billion shillings. ' +
        'Opposition leader Raila Odinga said the tax was unfair. President William Ruto said it was fair. ' +
        'Francis Atwoli, secretary general of the Central Organization of Trade Unions, said workers could not pay.',
      '2024-03-15',
    )
    const pool = generateQuestionPool(doc)
    const texts = pool.questions.flatMap((q) => [
      q.prompt,
      ...('options' in q ? q.options.map((o) => o.text) : []),
    ])
    expect(texts.join(' ')).toContain('Njuguna Ndung’u')
    expect(texts.join(' ')).not.toMatch(/Ndung(?![’'])/)
    expect(checkPool(doc, pool)).toEqual([])
  })
})

describe('2. inverted attributions and trailing posts', () => {
  test.each([
    [
      '"This levy will give hundreds of thousands of families a decent home," said Kimani Ichung\'wah, the majority leader in the National Assembly.',
      "Kimani Ichung'wah",
      'National Assembly majority leader',
    ],
    [
      'The plan for the new bridge is dead, said Jane Roe, the chief executive of Acme Corp.',
      'Jane Roe',
      'Acme Corp chief executive',
    ],
    [
      'Prices will rise sharply this year, according to Aoife D’Souza, the chief economist at Allied Irish Banks.',
      'Aoife D’Souza',
      'Allied Irish Banks chief economist',
    ],
  ])('%s', (body, person, role) => {
    const facts = factsOf(body)
    expect(roles(facts)).toContainEqual([person, role])
    expect(stances(facts).map(([h]) => h)).toContain(person)
  })

  test.each([
    [
      'According to Aoife D’Souza, the chief economist at Allied Irish Banks, prices will rise sharply this year.',
      'Aoife D’Souza',
      'prices will rise sharply this year',
    ],
    [
      'Prices will rise sharply this year, according to Aoife D’Souza, the chief economist at Allied Irish Banks.',
      'Aoife D’Souza',
      'Prices will rise sharply this year',
    ],
  ])('"according to" attributes the clause: %s', (body, holder, content) => {
    expect(stances(factsOf(body))).toContainEqual([holder, content])
  })
})

describe('2b. a post before a name after "by", or ending the sentence', () => {
  test.each([
    [
      "The deal was signed in Cairo by Egypt's transport minister, Kamel al-Wazir, and Jordan's minister of transport, Wissam Tahtamouni.",
      [
        ['Kamel al-Wazir', 'Egypt transport minister'],
        ['Wissam Tahtamouni', 'Jordan minister of transport'],
      ],
    ],
  ])('%s', (body, expected) => {
    for (const pair of expected) expect(roles(factsOf(body))).toContainEqual(pair)
  })

  test('"According to X, which …, clause" attributes the clause, not the relative one', () => {
    const body =
      'According to the Arab Bridge Maritime Company, which runs the route, about 180,000 passengers used the crossing last year.'
    const said = stances(factsOf(body))
    expect(said).toContainEqual([
      'Arab Bridge Maritime Company',
      'about 180,000 passengers used the crossing last year',
    ])
    expect(said.map(([, c]) => c).join(' ')).not.toMatch(/^which/)
  })

  test('a cloze never offers a name the sentence shows beside the blank', () => {
    const doc = docFrom(
      "The deal was signed by Egypt's transport minister, Kamel al-Wazir, and Jordan's minister of transport, Wissam Tahtamouni. " +
        'Shipping analyst Omar Haddad said the plan was realistic. ' +
        "The company's chief executive, Rania Khoury, said prices would fall. Port director Ali Nasser said berths were ready.",
      '2025-06-05',
    )
    for (const q of generateQuestionPool(doc).questions) {
      if (q.format !== 'cloze') continue
      const shown = `${q.before} ${q.after}`
      for (const o of q.options) expect(shown.includes(o.text), o.text).toBe(false)
    }
  })
})

describe('3. people cued only by an apposition, never organisations', () => {
  test.each([
    ["Ciarán O'Sullivan owns the shops. O'Sullivan, 52, pleaded guilty.", "Ciarán O'Sullivan"],
    ['His lawyer, Fiona MacNamara, said her client was sorry.', 'Fiona MacNamara'],
    [
      'Karim Haddad, a former baker at the Rathmines branch, said he worked 60 hours.',
      'Karim Haddad',
    ],
    [
      'Dr Yusuf al-Amin, an epidemiologist at the London School of Hygiene and Tropical Medicine who was not involved in the study, warned that protection fell sharply.',
      'Yusuf al-Amin',
    ],
  ])('%s', (body, name) => {
    expect(people(factsOf(body))).toContain(name)
  })

  test.each([
    ['"We kept going," said Harbour Town manager Niamh Gallagher.', 'Harbour Town'],
    ['Calder Metro, the operator, said it was disappointed by the vote.', 'Calder Metro'],
    ['Northwind Energy, a developer of wind farms, said the deal was done.', 'Northwind Energy'],
  ])('%s: not a person', (body, name) => {
    expect(people(factsOf(body))).not.toContain(name)
  })
})

describe('4. a post owned by "the company’s" / "the commission’s" names its organisation', () => {
  test.each([
    [
      "The vaccine's maker, Serafin Biologics, said it could make more. The company's chief executive, Marco D'Angelo, urged donors to pay.",
      "Marco D'Angelo",
      'Serafin Biologics chief executive',
    ],
    [
      'The case was brought by the Workplace Relations Commission. "People were robbed of their pay," said Aisling Ó Dónaill, the commission\'s head of inspection services.',
      'Aisling Ó Dónaill',
      'Workplace Relations Commission head of inspection services',
    ],
    [
      'The Minister for Enterprise, Peter Burke, said the plan would work.',
      'Peter Burke',
      'Enterprise Minister',
    ],
  ])('%s', (body, person, role) => {
    expect(roles(factsOf(body))).toContainEqual([person, role])
  })
})

describe('5. stances: labels, shared subjects, "told X that", "has urged"', () => {
  const kenya =
    'Opposition leader Raila Odinga called the tax "daylight robbery" and urged Kenyans to reject it. ' +
    'The International Monetary Fund has urged Kenya to raise more revenue to reduce its debt.'
  test.each([
    ['Raila Odinga', 'the tax "daylight robbery"'],
    ['Raila Odinga', 'Kenyans to reject it'],
    ['International Monetary Fund', 'Kenya to raise more revenue to reduce its debt'],
  ])('%s — %s', (holder, content) => {
    expect(stances(factsOf(kenya))).toContainEqual([holder, content])
  })

  test('"told the court that" reports what follows', () => {
    const body =
      'Judge Siobhán Ní Bhriain told Dublin District Court that the owner had "treated his workers with contempt".'
    expect(stances(factsOf(body))).toContainEqual([
      'Siobhán Ní Bhriain',
      'the owner had "treated his workers with contempt"',
    ])
  })

  test.each([
    ['Gallagher said last month that the club would not sell players.', 'the club would not'],
    ['Acme Corp said in a statement on Friday that all staff were paid.', 'all staff were paid'],
  ])('a date or manner phrase before "that" is not what was said: %s', (tail, start) => {
    const body = `Niamh Gallagher, the manager of Acme FC, said the team played well. ${tail}`
    const said = of(factsOf(body), 'stance').filter((s) => s.content.includes(start))
    expect(said.length).toBeGreaterThan(0)
    for (const s of said) expect(s.content.startsWith(start)).toBe(true)
  })

  test('a labelling stance reads as a quotation in its stem', () => {
    const doc = docFrom(
      `${kenya} President William Ruto said the levy was fair. Francis Atwoli said workers could not pay. Njuguna Ndung’u said the fund would grow.`,
      '2024-03-15',
    )
    const prompts = generateQuestionPool(doc).questions.map((q) => q.prompt)
    expect(prompts).toContain('Who called the tax ‘daylight robbery’?')
  })
})

describe('6. bodies and people the affiliation, member and acronym patterns read', () => {
  const affiliations = (facts: Fact[]) => of(facts, 'affiliation').map((a) => [a.actorName, a.org])
  const organisations = (facts: Fact[]) =>
    of(facts, 'actor')
      .filter((a) => a.actor.kind === 'organisation')
      .map((a) => a.actor.name)

  test.each([
    [
      'Writing in a blog post, Matthew Ingram of The Globe and Mail dubbed the conflict a war.',
      ['Matthew Ingram', 'Globe and Mail'],
    ],
  ])('"X of [T]the Body and Body": the whole body — %s', (body, pair) => {
    expect(affiliations(factsOf(body))).toContainEqual(pair)
  })

  // Known gap: after a lower-case "the" the token layer splits "Bill and Melinda Gates
  // Foundation" at "and" (a person "Bill" and a body), so the affiliation keeps "Bill".
  test.fails('"of the Bill and Melinda Gates Foundation": the whole body', () => {
    const body =
      'Priya Natarajan of the Bill and Melinda Gates Foundation visited the clinic on Monday.'
    expect(affiliations(factsOf(body))).toContainEqual([
      'Priya Natarajan',
      'Bill and Melinda Gates Foundation',
    ])
  })

  test('"of the BBC and Tom Smith": "and" joins no body to a person', () => {
    const orgs = affiliations(factsOf('Matthew Ingram of the BBC and Tom Smith met on Monday.'))
    expect(orgs).toContainEqual(['Matthew Ingram', 'BBC'])
  })

  test.each([
    ['The video featured Scientologist Tom Cruise at a party.', 'Tom Cruise'],
    ['The bill was backed by Democrat Nancy Pelosi in the House.', 'Nancy Pelosi'],
    ['Republican John Cornyn objected to the choice of Houston.', 'John Cornyn'],
  ])('a member of a faith or party before a name is no part of it: %s', (body, name) => {
    expect(findEntities(docFrom(body)).map((e) => e.name)).toContain(name)
  })

  test.each([
    ['He called it "Scientology vs. the Internet, part XVII" in his blog.', 'XVII'],
    ['As of 15:11 GMT the site was accessible again.', 'GMT'],
    ['Posts on the message board for the site said the attack had begun.', 'message board'],
  ])('no organisation: %s', (body, name) => {
    expect(organisations(factsOf(body))).not.toContain(name)
  })

  test.each([
    ['Supporters of the MDC marched in Harare on Monday.', 'MDC'],
    ['The IDD programme was praised by the WHO.', 'IDD'],
    ['The school board met on Monday to discuss the budget.', 'school board'],
  ])('still an organisation: %s', (body, name) => {
    expect(organisations(factsOf(body))).toContain(name)
  })
})
