/**
 * Table tests for post options and stem wording: distractors are posts the article gives
 * someone (never a country swapped onto another's title), past posts are asked about as past,
 * true/false when too few posts, "the judge" in lower case, no stem leaning on an "it" or "her"
 * from another clause, "announced" and "called for" as no stance, "the results" not "results".
 */
import { describe, expect, test } from 'vitest'
import { checkPool, extractFacts, type Fact, generateQuestionPool } from '@/lib/questions'
import { docFrom, FIRST, findArticle, loadArticle } from './load'

const poolOf = (body: string, publishedAt = '2025-05-19') =>
  generateQuestionPool(docFrom(body, publishedAt)).questions
const stancesOf = (body: string) =>
  extractFacts(docFrom(body)).filter(
    (f): f is Extract<Fact, { type: 'stance' }> => f.type === 'stance',
  )
const postQuestions = (file: string) =>
  generateQuestionPool(loadArticle(file)).questions.filter(
    (q): q is Extract<typeof q, { format: 'single' }> =>
      q.format === 'single' && /^What post d(?:oes|id) /.test(q.prompt),
  )
const rolesOf = (file: string) =>
  extractFacts(loadArticle(file)).flatMap((f) => (f.type === 'role' ? [f.role] : []))

describe('1. post distractors are posts the article gives someone', () => {
  const files = ['valmora-election-result', 'arctic-summit-talks', 'bakery-wages-fine'].map(
    findArticle,
  )
  test.each(files)('%s: every option of "What post …" is a post in the article', (file) => {
    const posts = rolesOf(file).flatMap((r) => [
      r.toLowerCase(),
      r.replace(/^Former /, '').toLowerCase(),
    ])
    for (const q of postQuestions(file))
      for (const o of q.options)
        expect(posts, `${q.prompt} ${o.text}`).toContain(o.text.toLowerCase())
  })

  test('the first article no longer invents "US Prime Minister" or "Iraqi President"', () => {
    const texts = generateQuestionPool(loadArticle(FIRST)).questions.flatMap((q) => [
      q.prompt,
      ...('options' in q ? q.options.map((o) => o.text) : []),
      'statement' in q ? q.statement : '',
    ])
    expect(texts).not.toContain('US Prime Minister')
    expect(texts).not.toContain('Iraqi President')
    expect(
      texts.some((t) => /^Who is described in the article as the Iraqi Prime Minister\?$/.test(t)),
    ).toBe(true)
  })

  test('a world-famous office is never asked on its own: the news, not the article, answers it', () => {
    const texts = generateQuestionPool(loadArticle(FIRST)).questions.flatMap((q) => [
      q.prompt,
      'statement' in q ? q.statement : '',
    ])
    expect(texts.filter((t) => /US President/.test(t) && !/^Match/.test(t))).toEqual([])
  })

  test('with fewer than three other posts, a true/false on a real post instead', () => {
    const qs = poolOf(
      'Kenyan President William Ruto met Iraqi Prime Minister Mustafa al-Kadhimi on Monday. Ruto said the talks were useful.',
    )
    expect(qs.some((q) => /^What post/.test(q.prompt))).toBe(false)
    const statements = qs.flatMap((q) => (q.format === 'true-false' ? [q.statement] : []))
    expect(
      statements.some((s) => /is the (?:Kenyan President|Iraqi Prime Minister)\.$/.test(s)),
    ).toBe(true)
  })

  test('a post several people hold ("analyst") makes no true/false', () => {
    const qs = poolOf(
      'Cobalt Securities analyst Tom Ashby said shares would rise. Cobalt Securities analyst Jonas Meyer said they would fall.',
    )
    for (const q of qs)
      if (q.format === 'true-false') expect(q.statement).not.toMatch(/is the .*analyst/)
  })
})

describe('2. a past post is never offered as a current one', () => {
  const valmora = findArticle('valmora-election-result')
  test('"former finance minister Tomas Reyna" is asked as a post he once held', () => {
    const q = postQuestions(valmora).find((x) => x.prompt.includes('Tomas Reyna'))
    expect(q?.prompt).toBe('What post did Tomas Reyna once hold, according to the article?')
    expect(q?.options.map((o) => o.text)).toContain('Finance minister')
    for (const other of postQuestions(valmora).filter((x) => x !== q))
      for (const o of other.options) expect(o.text).not.toMatch(/^Former/)
  })

  test.each([
    ['She served as mayor of Castlebridge from 1998 to 2004.', 'Former Castlebridge mayor'],
    ['After leaving city hall, she served as a senator from 2006 to 2018.', 'Former senator'],
    ['Tom Reyes, 60, served as finance minister between 2012 and 2016.', 'Former finance minister'],
  ])('%s', (sentence, role) => {
    const body = `Marguerite Olander, the retired nurse, died on Sunday, her family said. ${sentence}`
    const facts = extractFacts(docFrom(body))
    expect(facts.some((f) => f.type === 'role' && f.role === role)).toBe(true)
  })

  test('the former holder of a post is no distractor for "Who is described as the mayor?"', () => {
    const qs = generateQuestionPool(
      loadArticle(findArticle('marguerite-olander-obituary')),
    ).questions
    for (const q of qs)
      if (q.format === 'single' && /as the Castlebridge mayor\?$/.test(q.prompt))
        expect(q.options.map((o) => o.text)).not.toContain('Marguerite Olander')
  })

  test('"the current mayor of X" is the X mayor', () => {
    const facts = extractFacts(
      docFrom('The current mayor of Castlebridge, Daniel Ruiz, ordered flags down.'),
    )
    expect(facts.some((f) => f.type === 'role' && f.role === 'Castlebridge mayor')).toBe(true)
  })
})

describe('3. stem wording', () => {
  test('a lone title reads in lower case: "the judge"', () => {
    const qs = generateQuestionPool(loadArticle(findArticle('bakery-wages-fine'))).questions
    const prompts = qs.map((q) => q.prompt)
    expect(prompts).toContain('Who is described in the article as the judge?')
    expect(prompts).not.toContain('Who is described in the article as the Judge?')
  })

  test.each([
    ['charity-fraud-sentencing', 'the defence lawyer?'],
    ['charity-fraud-sentencing', 'the former Riverside Hospital Trust finance director?'],
    ['holdout-glacier-study', 'the Greenpeace spokeswoman?'],
    ['arctic-summit-talks', 'the Chinese foreign ministry spokeswoman?'],
  ])('%s: a post reads as a common noun, a name keeps its capital: %s', (slug, tail) => {
    const prompts = generateQuestionPool(loadArticle(findArticle(slug))).questions.map(
      (q) => q.prompt,
    )
    expect(prompts).toContain(`Who is described in the article as ${tail}`)
  })

  test.each([
    [
      'Opposition leader Raila Odinga called the tax "daylight robbery" and urged Kenyans to reject it.',
      'Who urged Kenyans to reject the tax?',
    ],
  ])('an "it" resolved from its own sentence: %s', (body, prompt) => {
    const more =
      ' Francis Atwoli said workers were angry. William Ruto said the levy was fair. Njuguna Ndung’u said revenue would rise.'
    expect(poolOf(body + more).map((q) => q.prompt)).toContain(prompt)
  })

  test.each([
    'Opposition leader Raila Odinga spoke for an hour. He urged Kenyans to reject it.',
    'Olander rebuilt the city. Critics accused her of running up debts.',
  ])('no stem leans on a pronoun from another sentence: %s', (body) => {
    expect(stancesOf(body).length).toBeGreaterThan(0)
    for (const q of poolOf(body)) {
      const text = q.format === 'true-false' ? q.statement : q.prompt
      expect(text).not.toMatch(/\breject it\b|\baccused her\b/)
    }
  })

  test('an "it" that is the holder itself is left alone ("Iran has said it opposes …")', () => {
    const s = stancesOf('Iran has said it opposes any acts that harmed Iraq’s security.')
    expect(s.map((x) => x.content)).toContain('it opposes any acts that harmed Iraq’s security')
  })

  test.each([
    [
      'A new vaccine cut severe cases by half, according to results published on Wednesday in The Lancet.',
      'When were the results published?',
    ],
  ])('a bare plural in a passive stem takes "the": %s', (body, prompt) => {
    expect(poolOf(body, '2025-04-11').map((q) => q.prompt)).toContain(prompt)
  })
})

describe('4. announcing and calling for are not positions', () => {
  test.each([
    'Hartley City Council will open three clinics from Saturday, officials announced.',
    'Profits at the bank fell by a third, Acme Corp announced on Monday.',
    'The union is calling for a pay rise of 10 percent this year.',
    'The Liberal Democrats called for mobile clinics "in every ward" last year.',
  ])('%s', (body) => {
    expect(stancesOf(body)).toEqual([])
  })
})

describe('5. the new fixtures pass every check', () => {
  test.each([
    'valmora-election-result',
    'lunar-lander-delay',
    'marguerite-olander-obituary',
    'arctic-summit-talks',
  ])('%s', (slug) => {
    const doc = loadArticle(findArticle(slug))
    expect(checkPool(doc, generateQuestionPool(doc))).toEqual([])
  })
})

describe('8. a predecessor or successor is no wrong option for "who is the X"', () => {
  const whoIs = (body: string) =>
    poolOf(body).filter(
      (q): q is Extract<typeof q, { format: 'single' }> =>
        q.format === 'single' && q.prompt.startsWith('Who is described in the article as the '),
    )

  test('the first article: Donald Trump ("predecessor Donald Trump") is never offered', () => {
    const questions = generateQuestionPool(loadArticle(FIRST)).questions.filter(
      (q): q is Extract<typeof q, { format: 'single' }> =>
        q.format === 'single' && q.prompt.startsWith('Who is described in the article as the '),
    )
    expect(questions.length).toBeGreaterThan(0)
    for (const q of questions) expect(q.options.map((o) => o.text)).not.toContain('Donald Trump')
  })

  const rest =
    'Mayor Ben Ito said the city would cope.\n\n“We have seen worse,” said Carl Moss, who runs a bakery.\n\nLena Ward, a nurse, said the cuts went too far.'
  test.each([
    `Governor Ana Ruiz said the budget would pass. Her predecessor, Tom Hale, disagreed.\n\n${rest}`,
    `Governor Ana Ruiz said the budget would pass. Tom Hale, her predecessor, disagreed.\n\n${rest}`,
    `Governor Ana Ruiz said the budget would pass. Predecessor Tom Hale disagreed.\n\n${rest}`,
  ])('%s', (body) => {
    const governor = whoIs(body).filter((q) => /governor\?$/i.test(q.prompt))
    // The question stays, filled with others: the rule removes an option, not the question.
    expect(governor).toHaveLength(1)
    for (const q of governor) expect(q.options.map((o) => o.text)).not.toContain('Tom Hale')
  })
})
