/**
 * Table tests from new genres (an election, a space mission, an obituary, summit diplomacy):
 * which event a date belongs to when it sits in a relative or "since" clause, verbs with no
 * passive, "told X on Wednesday that …", "next Saturday", obituary leads, and names that keep
 * their capitals (countries, plural nationalities, a title before a name, "Beijing" for China).
 */
import { describe, expect, test } from 'vitest'
import { checkPool, extractFacts, type Fact, generateQuestionPool } from '@/lib/questions'
import { docFrom } from './load'

const dateFacts = (body: string, publishedAt = '2025-05-19') =>
  extractFacts(docFrom(body, publishedAt)).filter(
    (f): f is Extract<Fact, { type: 'date' }> => f.type === 'date',
  )
const stemOf = (body: string, expression: string, publishedAt?: string) =>
  dateFacts(body, publishedAt).find((d) => d.expression === expression)?.stem ?? null

describe('1. a date in a relative or "since" clause never dates the main clause', () => {
  test.each([
    [
      'Halonen said her party would only join a coalition that commits to closing the last coal plant by 2030.',
      'by 2030',
    ],
    [
      'The agency has spent about 860 million euros on the programme since it was approved in 2022.',
      'in 2022',
    ],
  ])('%s [%s] → no stem', (body, expression) => {
    expect(stemOf(body, expression)).toBeNull()
  })

  test('an object relative is still turned round', () => {
    expect(
      stemOf(
        'Biden is offering to revive the Iran nuclear deal that predecessor Donald Trump abandoned in 2018.',
        'in 2018',
        '2021-02-24',
      ),
    ).toBe('When did Donald Trump abandon the Iran nuclear deal?')
  })
})

describe('2. verbs, reports and weekdays', () => {
  test.each([
    [
      'The agency delayed the launch after an engine failed during a test earlier this month.',
      'earlier this month',
      '2026-03-18',
      'When did an engine fail during a test?',
    ],
    [
      'A public memorial will be held at Castlebridge Cathedral next Saturday.',
      'next Saturday',
      '2025-09-23',
      'When will a public memorial be held at Castlebridge Cathedral?',
    ],
  ])('%s [%s]', (body, expression, publishedAt, stem) => {
    expect(stemOf(body, expression, publishedAt)).toBe(stem)
  })

  test('"next Saturday" is the coming Saturday', () => {
    const d = dateFacts('A memorial will be held next Saturday.', '2025-09-23')[0]
    expect(d?.resolved.start).toBe('2025-09-27')
  })

  test('"told the parliament on Wednesday that …": the listener is not what was told', () => {
    const body =
      "Finland's president, Alexander Stubb, told the Finnish parliament on Wednesday that the Nordic countries must act together."
    const stem = stemOf(body, 'on Wednesday', '2025-11-14')
    expect(stem ?? '').not.toMatch(/When must the Finnish parliament/)
    const stances = extractFacts(docFrom(body)).filter((f) => f.type === 'stance')
    expect(stances.map((s) => s.type === 'stance' && s.content)).toContain(
      'the Nordic countries must act together',
    )
  })
})

describe('2a. decades', () => {
  test('"in the 1990s" is a decade, answered at that granularity', () => {
    const body = 'Lander Works built its first probe in the 1990s, when few firms did.'
    const d = dateFacts(body).find((x) => x.expression === 'in the 1990s')
    expect(d?.resolved).toEqual({ start: '1990-01-01', end: '1999-12-31', granularity: 'decade' })
    const q = generateQuestionPool(docFrom(body)).questions.find((x) => x.category === 'date')
    const options = q && 'options' in q ? q.options.map((o) => o.text).sort() : []
    expect(options).toContain('the 1990s')
    for (const o of options) expect(o).toMatch(/^the \d{4}s$/)
  })
})

describe('3. obituary and profile leads', () => {
  test.each([
    [
      "Marguerite Olander, the former mayor of Castlebridge who led the city's recovery after the 1998 floods, died on Sunday aged 84, her family said.",
      'on Sunday',
      'When did Marguerite Olander die?',
    ],
    [
      'Marguerite Olander, 84, died at home. Born in 1941 in the mining town of Eskdale, Olander trained as a nurse.',
      'in 1941',
      'When was Marguerite Olander born?',
    ],
  ])('%s', (body, expression, stem) => {
    expect(stemOf(body, expression, '2025-09-23')).toBe(stem)
  })
})

describe('4. names keep their capitals; a capital answers for its country', () => {
  test('"Denmark is expected to host …" keeps Denmark', () => {
    expect(
      stemOf('Denmark is expected to host a meeting of Nordic ministers in January.', 'in January'),
    ).toBe('When is Denmark expected to host a meeting of Nordic ministers?')
  })

  test('a title before a name stays capitalised inside a statement', () => {
    const pool = generateQuestionPool(
      docFrom(
        'The Kremlin said President Vladimir Putin would discuss the project in December. Kremlin spokesman Dmitry Peskov said the pact was strong.',
      ),
    )
    for (const q of pool.questions)
      if (q.format === 'true-false') expect(q.statement).not.toMatch(/\bpresident Vladimir/)
  })

  test('"Beijing described …" supports the answer China, and a meeting place is no option', () => {
    const doc = docFrom(
      'Beijing described the agreement as "purely commercial". Moscow said the pact was strong. Norway said the deal raised questions. Tokyo said it was watching. Officials will meet in Brussels next week.',
      '2025-11-14',
    )
    const pool = generateQuestionPool(doc)
    expect(checkPool(doc, pool)).toEqual([])
    for (const q of pool.questions)
      if (q.format === 'single') expect(q.options.map((o) => o.text)).not.toContain('Belgium')
  })
})
