/**
 * Table tests from a teacher's pasted local-news article (publishedAt Wednesday 2025-03-12),
 * each row a general pattern of English news writing:
 * 1–2. a bare month-day or month in a future, modal or reported-future clause ("said the
 *      council would hold … on March 20", "would apply … in May") resolves to the next
 *      occurrence on or after publication; in past narration to the latest on or before it;
 * 3.   an active clause whose subject ends in a prepositional phrase ("Councillors in Port
 *      Elling voted on Tuesday") is never passivised ("When was port Elling voted?"), and
 *      the stem check catches passives whose subject is not the verb's object and proper
 *      nouns whose case changed.
 */
import { describe, expect, test } from 'vitest'
import { checkPool, extractFacts, type Fact, generateQuestionPool } from '@/lib/questions'
import { docFrom, findArticle, loadArticle } from './load'

const PUB = '2025-03-12' // a Wednesday
const dateFacts = (body: string, publishedAt = PUB) =>
  extractFacts(docFrom(body, publishedAt)).filter(
    (f): f is Extract<Fact, { type: 'date' }> => f.type === 'date',
  )

describe('1–2. tense of the clause that holds the date decides its year', () => {
  test.each([
    // reported future: "would" after a reporting verb looks forward from publication
    [
      'Okafor said the council would hold a public meeting on March 20 to explain the timetable to residents.',
      'on March 20',
      '2025-03-20',
      'day',
    ],
    [
      'He added that the council would apply for a national resilience grant in May.',
      'in May',
      '2025-05-01',
      'month',
    ],
    ['The company said it would open the new plant on April 3.', 'on April 3', '2025-04-03', 'day'],
    ['Officials said the bridge would reopen in June.', 'in June', '2025-06-01', 'month'],
    [
      'The regulator told reporters that it could publish its findings on 28 March.',
      'on 28 March',
      '2025-03-28',
      'day',
    ],
    ['A spokesperson said a decision was due on March 28.', 'on March 28', '2025-03-28', 'day'],
    // plain future and plans
    ['The trust plans to close the ward in June.', 'in June', '2025-06-01', 'month'],
    ['The museum will reopen next month.', 'next month', '2025-04-01', 'month'],
    ['The minister is expected to resign on Friday.', 'on Friday', '2025-03-14', 'day'],
    ['The council will meet the injured residents in April.', 'in April', '2025-04-01', 'month'],
    ['The ministry will publish its report in March.', 'in March', '2025-03-01', 'month'],
    ['The union said work on the wall would start in March.', 'in March', '2025-03-01', 'month'],
    // past narration looks back from publication
    ['The bridge was closed in May.', 'in May', '2024-05-01', 'month'],
    ['The road was closed due to flooding on Monday.', 'on Monday', '2025-03-10', 'day'],
    ['Police said the suspect was arrested on April 2.', 'on April 2', '2024-04-02', 'day'],
    ['The ferry operator said services resumed on March 6.', 'on March 6', '2025-03-06', 'day'],
    [
      'The regulator said in January that it would examine the deal.',
      'in January',
      '2025-01-01',
      'month',
    ],
    [
      'The Environment Agency said on Monday that it would send engineers.',
      'on Monday',
      '2025-03-10',
      'day',
    ],
  ])('%s [%s]', (body, expression, start, granularity) => {
    expect(
      dateFacts(body).map((d) => [d.expression, d.resolved.start, d.resolved.granularity]),
    ).toContainEqual([expression, start, granularity])
  })
})

describe('3. an active clause is never passivised, and names keep their case', () => {
  test.each([
    [
      'Councillors in Port Elling voted on Tuesday to rebuild the town’s flood wall.',
      'When did councillors in Port Elling vote to rebuild the town’s flood wall?',
    ],
    [
      'Residents of New Harbour protested on Monday against the closure.',
      'When did residents of New Harbour protest against the closure?',
    ],
    [
      'Workers at Acme Steel walked out on Friday over pay.',
      'When did workers at Acme Steel walk out over pay?',
    ],
    [
      'Doctors in the capital struck on Thursday over staffing.',
      'When did doctors in the capital strike over staffing?',
    ],
  ])('%s', (body, stem) => {
    const stems = dateFacts(body).map((d) => d.stem)
    expect(stems).toContain(stem)
    for (const s of stems) expect(s ?? '').not.toMatch(/^When (?:was|were) /)
  })

  test.each([
    [
      'Glaciers lost 4 percent of their ice, according to a study published on Tuesday.',
      'When was the study published?',
    ],
    ['Shares fell, according to figures released on Friday.', 'When were the figures released?'],
    ['The council will discuss a plan drafted in January.', 'When was the plan drafted?'],
    ['On Monday, rockets were fired at the base.', 'When were rockets fired at the base?'],
  ])('a real passive or reduced relative keeps its passive stem: %s', (body, stem) => {
    expect(dateFacts(body).map((d) => d.stem)).toContain(stem)
  })

  const doc = loadArticle(findArticle('flood-wall-council'))
  const pool = generateQuestionPool(doc)
  const base = pool.questions.find((q) => q.format === 'single')
  if (!base) throw new Error('needs a single-choice question')
  const codes = (prompt: string) =>
    checkPool(doc, { ...pool, questions: [{ ...base, prompt }] }).map((i) => i.code)

  test.each([
    'When was port Elling voted?',
    'When was Port Elling voted?',
    'When were councillors in Port Elling voted?',
    'When did councillors in port Elling vote to rebuild the town’s flood wall?',
    'When did the council hold a meeting on quay Street?',
    'When was the storm collapsed?',
  ])('the stem check flags: %s', (prompt) => {
    expect(codes(prompt)).toContain('stem')
  })

  test.each([
    'When did councillors in Port Elling vote to rebuild the town’s flood wall?',
    'When was Okafor elected mayor?',
    'When did the storm take place?',
  ])('the stem check accepts: %s', (prompt) => {
    expect(codes(prompt)).not.toContain('stem')
  })
})

describe('people in local news: council posts, an honorific before an apposition, "A spokesperson for X, Name,"', () => {
  const roles = (body: string) =>
    extractFacts(docFrom(body, PUB))
      .filter((f): f is Extract<Fact, { type: 'role' }> => f.type === 'role')
      .map((r) => [r.actorName, r.role])

  test.each([
    [
      'Council treasurer Samuel Brandt warned that costs would rise.',
      'Samuel Brandt',
      'Council treasurer',
    ],
    [
      'Opposition councillor Rosa Lindqvist voted against the plan.',
      'Rosa Lindqvist',
      'Opposition councillor',
    ],
    [
      'Dr Amir Castell, a coastal engineer at the University of Northhaven, said both sides had a point.',
      'Amir Castell',
      'University of Northhaven coastal engineer',
    ],
    [
      'A spokesperson for the agency, Daniel Reyes, said the inspection would take two weeks.',
      'Daniel Reyes',
      'Agency spokesperson',
    ],
  ])('%s', (body, person, role) => {
    expect(roles(body)).toContainEqual([person, role])
  })

  test('a title word inside an organisation name is not a person ("Hartley General Hospital")', () => {
    const names = roles(
      'Dr Sarah Lin, who works at Hartley General Hospital, said staff were tired.',
    )
    expect(names.map(([p]) => p)).not.toContain('Hospital')
  })
})

describe('the flood-wall article pool', () => {
  const doc = loadArticle(findArticle('flood-wall-council'))
  const pool = generateQuestionPool(doc)
  const prompts = pool.questions.map((q) => q.prompt)

  test('asks when the councillors voted, in the active voice, and never lower-cases a name', () => {
    expect(prompts).toContain(
      'When did councillors in Port Elling vote to rebuild the town’s flood wall?',
    )
    for (const p of prompts) expect(p).not.toMatch(/\bport Elling\b|^When was port\b/)
  })

  test('the reported-future meeting and grant are keyed in 2025', () => {
    const keyed = (re: RegExp) =>
      pool.questions.flatMap((q) => {
        if (!re.test(q.prompt) || q.format !== 'single' || q.key.format !== 'single') return []
        const id = q.key.optionId
        return [q.options.find((o) => o.id === id)?.text]
      })
    expect(keyed(/^When .*public meeting/)).toEqual(['Thursday 20 March 2025'])
    expect(keyed(/^When .*resilience grant/)).toEqual(['May 2025'])
  })
})
