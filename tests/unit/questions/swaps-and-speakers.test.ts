/**
 * Patterns of news English that left sentences unasked or options of the wrong kind: a
 * statement made of a sentence that opens on a connective ("However, …"); false statements
 * made by swapping a place or an organisation for one of the same sort; a speaker the token
 * layer names in full, or a body named at the head of the subject ("the security company MX
 * Logic reported that …"), or a subject with an adverb before its verb ("Wilkins also said");
 * "Who said" options drawn from the article's speakers; a capital beside capitals and a state
 * beside states; "Department of Justice" kept whole; a bare "President" never asked.
 */
import { describe, expect, test } from 'vitest'
import { extractFacts, generateQuestionPool, type Question, type StanceFact } from '@/lib/questions'
import { alternativeOf } from '@/lib/questions/build/alternatives'
import { connectiveLength, statementOf } from '@/lib/questions/build/negation'
import { analyse, findEntities } from '@/lib/questions/nlp'
import { isCapitalCity, neighbourCapitals } from '@/lib/questions/nlp/places'
import { buildCandidates } from '@/lib/questions/pool'
import { docFrom } from './load'

const statement = (text: string) => statementOf(analyse(docFrom(text)).sentences[0] as never)

const keyText = (q: Question) =>
  'options' in q && q.key.format !== 'match' && q.key.format !== 'order' && 'optionId' in q.key
    ? q.options.find((o) => 'optionId' in q.key && o.id === q.key.optionId)?.text
    : undefined

const stances = (body: string) =>
  extractFacts(docFrom(body)).filter((f): f is StanceFact => f.type === 'stance')

describe('a connective that links to the sentence before is left out of a statement', () => {
  test.each([
    [
      'However, the agency will receive two seats from the flight deck.',
      'The agency will receive two seats from the flight deck.',
      'The agency will not receive two seats from the flight deck.',
    ],
    [
      'But the council approved the new budget for the harbour.',
      'The council approved the new budget for the harbour.',
      'The council did not approve the new budget for the harbour.',
    ],
    [
      'Indeed, the company reported higher profits for the year.',
      'The company reported higher profits for the year.',
      'The company did not report higher profits for the year.',
    ],
  ])('%s', (text, asWritten, denied) => {
    expect(statement(text)).toMatchObject({ text: asWritten, denied })
  })

  test.each([
    [
      'The accident, which occurred yesterday afternoon, was caused by strong winds and heavy rain.',
      'The accident was caused by strong winds and heavy rain.',
      'The accident was not caused by strong winds and heavy rain.',
    ],
    [
      'United States helicopters, based on a US aircraft carrier off the coast, have begun dropping food into isolated areas.',
      'United States helicopters have begun dropping food into isolated areas.',
      'United States helicopters have not begun dropping food into isolated areas.',
    ],
    [
      'The farm, a cattle ranch near the border, was invaded by the group on Sunday.',
      'The farm was invaded by the group on Sunday.',
      'The farm was not invaded by the group on Sunday.',
    ],
  ])('an aside after the subject is left out: %s', (text, asWritten, denied) => {
    expect(statement(text)).toMatchObject({ text: asWritten, denied })
  })

  test.each([
    'Sweden, the Netherlands, and Belgium signed the treaty on the border.',
    'The farm, “a fortress” to the locals, was invaded by the group on Sunday.',
  ])('no aside: a list or a quotation — %s', (text) => {
    const found = statement(text)
    if (found) expect(found.text).toMatch(/^(?:Sweden, the Netherlands|The farm, “)/)
  })

  test.each([
    [
      'Lee was making his final Canadian convention appearance, part of a larger farewell tour.',
      'Lee was not making his final Canadian convention appearance.',
    ],
    [
      'Teams from different countries were arranged in groups of three, and groups faced off in pairs.',
      'Teams from different countries were not arranged in groups of three.',
    ],
  ])('a main clause whole before its comma stands alone: %s', (text, denied) => {
    expect(statement(text)?.denied).toBe(denied)
  })

  test('"Still images", "Also known …" without a comma are no connectives', () => {
    const first = (text: string) => analyse(docFrom(text)).sentences[0] as never
    expect(
      connectiveLength(first('Still images from the camera were released by the police.')),
    ).toBe(0)
    expect(connectiveLength(first('Still, the police released images from the camera.'))).toBe(2)
    expect(connectiveLength(first('But the police released images from the camera.'))).toBe(1)
  })
})

/** The article's true/false statements whose key is False. */
function falseStatements(body: string, publishedAt?: string): Question[] {
  return generateQuestionPool(docFrom(body, publishedAt)).questions.filter(
    (q) => q.format === 'true-false' && keyText(q) === 'False',
  )
}

describe('a false statement swaps a name for another of the same sort', () => {
  // Too few countries for a blank: the sentence is asked as a statement, true or with a swap.
  const countries = [
    'Researchers at the firm Sophos said the United States sends over 42% of all spam.',
    'The researchers also looked at spam sent by computers in Brazil last year.',
    'Spam filters in Brazil caught more messages than ever, the firm said.',
    'The firm found that South Korea sends 13% of the world’s spam.',
    'Analysts blame networks of hacked computers for most of the growth.',
  ].join(' ')

  test('a country is swapped for another country of the article, never for a city or a body', () => {
    const swaps = falseStatements(countries).filter((q) => q.category === 'place')
    for (const q of swaps) {
      if (!('statement' in q)) continue
      expect(q.statement).not.toMatch(/Sophos sends|Brazil sends over 42%/)
      expect(/South Korea|United States|Brazil/.test(q.statement), q.statement).toBe(true)
    }
  })

  test('one of a list is never swapped: the other half could still be true', () => {
    const body = [
      'The crowds can be avoided by walking from Taipei Main Station or Shandao Station.',
      'Lanterns hung at Ximen Station and at Zhongshan Station all week.',
      'The station staff at Ximen Station kept the queues short.',
    ].join(' ')
    for (const q of falseStatements(body))
      if ('statement' in q) expect(q.statement).not.toMatch(/^The crowds/)
  })
})

describe('speakers the registry knows', () => {
  const wilkins = [
    'The Polaroids were donated by the program, according to Kristen Wilkins, curator of the exhibit.',
    'Wilkins also said Warhol was both an artist and a businessperson.',
  ].join(' ')

  test('a person the token layer names in full is a speaker, and "also" is no part of the subject', () => {
    const said = stances(wilkins).find((f) => f.content.includes('both an artist'))
    expect(said?.holders.map((h) => h.name)).toEqual(['Kristen Wilkins'])
  })

  // The list of given names is English: an honorific tells a person as well.
  test.each([
    [
      'Unofficial results show Viktor Yushchenko leading with 52% of the vote. Mr. Yushchenko told reporters that the vote had been fair.',
      'Viktor Yushchenko',
    ],
    [
      'Police arrested Recep Demir at his home on Monday. Mr. Demir told the court that he had been in Ankara.',
      'Recep Demir',
    ],
    [
      'Exit polls put Uhuru Mwangi ahead in the capital. Ms. Mwangi said that the count was fair.',
      'Uhuru Mwangi',
    ],
  ])('a person named with an honorific is a speaker whatever the given name: %s', (body, name) => {
    const said = stances(body).find((f) => /fair|Ankara/.test(f.content))
    expect(said?.holders.map((h) => h.name)).toEqual([name])
  })

  test.each([
    [
      'Indeed, the security company MX Logic reported that compliance with the act continues to grow.',
      'MX Logic',
    ],
    [
      'The World Health Organisation (WHO) recommends that every country should iodise all edible salt.',
      'WHO',
    ],
  ])('a body at the head of the subject reports: %s', (sentence, holder) => {
    const body = `${sentence} The act has been criticised by many groups in the technology media.`
    const names = stances(body).flatMap((f) => f.holders.map((h) => h.name))
    expect(
      names.some((n) => n.includes(holder)),
      names.join(),
    ).toBe(true)
  })

  test('a source "in Iraq" is not Iraq', () => {
    const body =
      'A senior US military official in Iraq said that the attacks were consistent with those of last year.'
    for (const f of stances(body)) expect(f.holders.map((h) => h.name)).not.toContain('Iraq')
  })

  test('"Who said" offers the article’s speakers before people it only lists', () => {
    const body = [
      '“Pop art was about what popular culture really thought was important,” said Kathryn Waters.',
      '“People are still intrigued by how stars live,” said Elaine Gustafon, the curator.',
      '“He’s hanging out with the celebrities,” said Kristen Wilkins.',
      '“I had only seen it before in film,” said Kevin Allton.',
      'The exhibit includes Polaroids of actor Dennis Hopper, photographer Edward Steichen and golfer Jack Nicklaus.',
    ].join(' ')
    const who = generateQuestionPool(docFrom(body)).questions.filter(
      (q) => q.format === 'single' && q.prompt.startsWith('Who said'),
    )
    expect(who.length).toBeGreaterThan(0)
    for (const q of who)
      if ('options' in q)
        for (const o of q.options) expect(o.text).not.toMatch(/Hopper|Steichen|Nicklaus/)
  })
})

describe('place options of the slot’s sort', () => {
  test('a capital is known by its short name and has neighbouring capitals', () => {
    expect(isCapitalCity('Washington')).toBe(true)
    expect(neighbourCapitals('Washington')).toContain('Ottawa')
    expect(neighbourCapitals('Tehran')).toContain('Kabul')
  })

  test('a capital blanked as its government ("a message from Tehran") has capitals as options', () => {
    const body = [
      'Officials in Baghdad said the rockets were fired from a truck.',
      'The rockets may carry a message from Tehran, analysts said.',
      'The US military official said in talks with Washington that options had been provided.',
    ].join(' ')
    const blanks = generateQuestionPool(docFrom(body)).questions.filter(
      (q) => q.format === 'cloze' && isCapitalCity(keyText(q) ?? ''),
    )
    expect(blanks.length).toBeGreaterThan(0)
    for (const q of blanks)
      if ('options' in q) {
        const options = q.options.map((o) => o.text)
        for (const o of options) expect(isCapitalCity(o), o).toBe(true)
        // The article's own capitals come first.
        const own = ['Baghdad', 'Tehran', 'Washington'].filter((c) => options.includes(c))
        expect(own.length, options.join()).toBeGreaterThan(1)
      }
  })
})

describe('names and posts', () => {
  test('"Department of Justice" stays whole: a post after "of" is its portfolio', () => {
    const names = findEntities(
      docFrom('The FBI remained a part of the Department of Justice throughout his tenure.'),
    ).map((e) => e.name)
    expect(names).toContain('Department of Justice')
    expect(names).not.toContain('Department of')
  })

  test('a bare "President" is not asked: who holds it is the news of the day', () => {
    const body = [
      'President Donald Trump personally asked the council to help the girls enter the country.',
      'Team captain Rodaba Noori thanked the organisers.',
      'Coach Alireza Mehraban said the team had worked hard.',
      'Founder Dean Kamen praised the team.',
    ].join(' ')
    const prompts = generateQuestionPool(docFrom(body)).questions.map((q) => q.prompt)
    expect(prompts).not.toContain('Who is described in the article as the president?')
  })
})

describe('a body’s report with no other speaker, and a lone statement', () => {
  const body = [
    'According to research done by the security company Sophos, the United States sends over 42% of all spam.',
    'Sophos performed an audit of its honeypots to come up with the figures.',
    'Indeed, the security company MX Logic reported that while compliance with the act continues to grow, the growth is not enough to stem the flow of spam.',
  ].join(' ')

  test('both versions of a statement know each other, so the one switched in is not lone', () => {
    const tf = buildCandidates(docFrom(body)).filter((q) => q.format === 'true-false')
    expect(tf.length).toBeGreaterThan(0)
    for (const q of tf) {
      const other = alternativeOf(q)
      if (other) expect(alternativeOf(other)).toBe(q)
    }
  })

  test('another body of its sort that the article names twice stands in for a false version', () => {
    const q = buildCandidates(docFrom(body)).find(
      (q) => q.format === 'true-false' && q.statement.includes('compliance with the act'),
    )
    const both = [q, q && alternativeOf(q)].map((x) => (x && 'statement' in x ? x.statement : ''))
    expect(both.some((s) => s.startsWith('According to the article, MX Logic reported'))).toBe(true)
    expect(both.some((s) => s.startsWith('According to the article, Sophos reported'))).toBe(true)
  })

  test('the report is asked, whichever version the pool keeps', () => {
    const statements = generateQuestionPool(docFrom(body)).questions.flatMap((q) =>
      q.format === 'true-false' ? [q.statement] : [],
    )
    expect(statements.some((s) => s.includes('compliance with the act continues to grow'))).toBe(
      true,
    )
  })

  test('a body named once is no stand-in (its name may be cut short)', () => {
    const once = [
      'Professor Cres Eastman, Chairman of the Australian Centre for Control of Iodine Deficiency Disorders, spoke on Monday.',
      'The World Health Organisation (WHO) said that iodine deficiency is the most preventable cause of brain damage.',
    ].join(' ')
    for (const q of buildCandidates(docFrom(once)))
      for (const x of [q, alternativeOf(q)])
        if (x && 'statement' in x)
          expect(x.statement).not.toMatch(/Australian Centre for Control said/)
  })
})

describe('a portfolio after "Minister of" is no part of the name', () => {
  test.each([
    ['Minister of Education Stefania Giannini said a review is needed.', 'Stefania Giannini'],
    ['Minister of Health Ama Mensah said the clinics would stay open.', 'Ama Mensah'],
  ])('%s', (body, name) => {
    const holders = stances(body).flatMap((f) => f.holders.map((h) => h.name))
    expect(holders).toEqual([name])
  })
})
