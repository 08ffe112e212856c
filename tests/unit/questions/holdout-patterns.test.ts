/**
 * Table tests for the weaknesses a holdout review found, each a general pattern of English
 * news writing (never a rule for one text): base forms, reported-speech stems, dates tied to
 * the event they modify, missed dates and roles, prose explanations, plausible true/false
 * statements and place questions without giveaways.
 */
import { describe, expect, test } from 'vitest'
import {
  checkPool,
  extractFacts,
  type Fact,
  generateQuestionPool,
  type Question,
} from '@/lib/questions'
import { baseForm } from '@/lib/questions/extract/grammar'
import { COUNTRIES } from '@/lib/questions/lexicon'
import { articleFiles, docFrom, findArticle, loadArticle } from './load'

const pool = (body: string, publishedAt?: string) =>
  generateQuestionPool(docFrom(body, publishedAt))
const glacier = loadArticle(findArticle('holdout-glacier-study'))
const glacierPool = generateQuestionPool(glacier)
const textOf = (q: Question) =>
  [q.prompt, q.format === 'true-false' ? q.statement : ''].filter(Boolean).join(' ')

describe('1. base forms of past-tense verbs (doubled consonants, silent e)', () => {
  test.each([
    ['added', 'add'],
    ['admitted', 'admit'],
    ['planned', 'plan'],
    ['stopped', 'stop'],
    ['referred', 'refer'],
    ['offered', 'offer'],
    ['visited', 'visit'],
    ['ruled', 'rule'],
    ['called', 'call'],
    ['controlled', 'control'],
    ['travelled', 'travel'],
    ['nodded', 'nod'],
    ['voted', 'vote'],
    ['stated', 'state'],
    ['pledged', 'pledge'],
    ['raised', 'raise'],
    ['failed', 'fail'],
    ['died', 'die'],
    ['denied', 'deny'],
    ['darkened', 'darken'],
    ['demanded', 'demand'],
  ])('%s → %s', (past, base) => {
    expect(baseForm(past)).toBe(base)
  })

  test.each(['developed', 'targeted', 'deleted'])('%s is unsure → null (no do-support)', (w) => {
    expect(baseForm(w)).toBeNull()
  })
})

describe('2. reported-speech stems are whole grammatical questions', () => {
  const doc = glacier
  const base = glacierPool.questions.find((q) => q.format === 'single')
  if (!base) throw new Error('needs a single-choice question')
  const flagged = (prompt: string) =>
    checkPool(doc, { ...glacierPool, questions: [{ ...base, prompt }] }).map((i) => i.code)

  test.each([
    'Who added dust blown from the Sahara in February had darkened the snow?',
    'When did Ricci ad that dust blown from the Sahara had darkened the snow?',
    'Who said: ‘We expected a bad year, but not a year this bad?',
    'Who said “a wake-up call for the whole country?',
    'When did Ricci added that the snow had darkened?',
  ])('the stem check flags: %s', (prompt) => {
    expect(flagged(prompt)).toContain('stem')
  })

  test.each([
    'Who added that dust blown from the Sahara in February had darkened the snow?',
    'Who said: ‘We expected a bad year, but not a year this bad’?',
    'When was the study published?',
  ])('the stem check accepts: %s', (prompt) => {
    expect(flagged(prompt)).not.toContain('stem')
  })

  test.each([
    ['Officials added that the bridge had been closed for repairs.', /\badded that the bridge\b/],
    ['Jane Roe, a lawyer at Acme Holdings, insisted the deal was fair.', /\binsisted that\b/],
    [
      'Jane Roe, a lawyer at Acme Holdings, warned the court would reject the claim.',
      /\bwarned that\b/,
    ],
  ])('a reporting verb keeps its "that": %s', (body, re) => {
    const people =
      'Tom Bell, a judge at the High Court, said the hearing was over.\n\nAnna Ray, a nurse at City Hospital, said she was tired.\n\nMark Stone, a teacher at Hill School, said pupils were happy.'
    const p = pool(`${people}\n\n${body}`)
    const stems = p.questions.map(textOf).filter((t) => /added|insisted|warned/.test(t))
    expect(stems.length).toBeGreaterThan(0)
    for (const t of stems) expect(t).toMatch(re)
  })
})

describe('6. explanations are plain prose that quote the article', () => {
  test('no explanation in any holdout question carries a sentence id', () => {
    for (const q of glacierPool.questions) {
      expect(q.explanation).not.toMatch(/\(p\d+\.s\d+\)/)
      expect(q.explanation).toMatch(/“/)
    }
  })

  test('the quality check flags a raw sentence id', () => {
    const q = glacierPool.questions[0]
    if (!q) throw new Error('empty pool')
    const bad = { ...q, explanation: 'The article says: “We expected a bad year” (p3.s1).' }
    expect(checkPool(glacier, { ...glacierPool, questions: [bad] }).map((i) => i.code)).toContain(
      'explanation',
    )
  })

  test('a long evidence sentence is quoted briefly', () => {
    const long = `The council said ${'that the plan '.repeat(20)}would be approved on Monday.`
    for (const q of pool(long).questions)
      expect(q.explanation.split(/\s+/).length).toBeLessThanOrEqual(60)
  })
})

const dateFacts = (body: string, publishedAt = '2024-09-12') =>
  extractFacts(docFrom(body, publishedAt)).filter(
    (f): f is Extract<Fact, { type: 'date' }> => f.type === 'date',
  )

describe('3. a date is tied to the event it modifies, not to the saying', () => {
  test.each([
    [
      'Ricci added that dust blown from the Sahara in February had darkened the snow.',
      'When was dust blown from the Sahara, according to Ricci?',
    ],
    [
      'Officials said that rockets fired on Monday had hit the base.',
      'When were the rockets fired, according to officials?',
    ],
    [
      'The minister said the bridge had closed on Monday.',
      'When had the bridge closed, according to the minister?',
    ],
    [
      'The mayor told reporters on Tuesday that the bridge would reopen.',
      'When did the mayor tell reporters that the bridge would reopen?',
    ],
    [
      'Police said on Monday the suspect had fled.',
      'When did police say that the suspect had fled?',
    ],
  ])('%s', (body, stem) => {
    expect(dateFacts(body).map((d) => d.stem)).toContain(stem)
  })

  test('no holdout question dates the saying when the date sits in the reported clause', () => {
    for (const q of glacierPool.questions) expect(q.prompt).not.toMatch(/^When did \w+ (?:say|add)/)
  })
})

describe('4. dates that used to be dropped get a stem', () => {
  test.each([
    [
      'Glaciers lost 4 percent of their ice last year, the largest loss on record, according to a study published on Tuesday.',
      'last year',
      '2023-01-01',
      'When did glaciers lose 4 percent of their ice?',
    ],
    [
      'Glaciers lost 4 percent of their ice last year, the largest loss on record, according to a study published on Tuesday.',
      'on Tuesday',
      '2024-09-10',
      'When was the study published?',
    ],
    [
      'The team plans to publish a second paper in November.',
      'in November',
      '2024-11-01',
      'When does the team plan to publish a second paper?',
    ],
    [
      'The authors estimate that half of the glaciers could disappear by 2045.',
      'by 2045',
      '2045-01-01',
      'By what year could half of the glaciers disappear, according to the authors?',
    ],
    [
      'The council will vote on the plan in March.',
      'in March',
      '2025-03-01',
      'When will the council vote on the plan?',
    ],
  ])('%s [%s]', (body, expression, start, stem) => {
    const d = dateFacts(body).find((x) => x.expression === expression)
    expect(d?.resolved.start).toBe(start)
    expect(d?.stem).toBe(stem)
  })

  test('"in June and July" is a span, not one answer', () => {
    const d = dateFacts('Warm spells in June and July had stripped the snow cover.')
    for (const x of d) expect(x.stem).toBeNull()
  })
})

describe('5. roles written before a name, after a comma, and lower-case organisations', () => {
  const roles = (body: string) =>
    extractFacts(docFrom(body))
      .filter((f): f is Extract<Fact, { type: 'role' }> => f.type === 'role')
      .map((r) => [r.actorName, r.role])

  test.each([
    [
      'The research, led by glaciologist Dr Elena Brunner of the Swiss Federal Institute of Technology, combined satellite images.',
      'Elena Brunner',
      'Swiss Federal Institute of Technology glaciologist',
    ],
    ['The survey was run by economist Maria Lopez.', 'Maria Lopez', 'Economist'],
    [
      'The trial was led by epidemiologist Prof Sam Okoro of the University of Leeds.',
      'Sam Okoro',
      'University of Leeds epidemiologist',
    ],
    ['The charity’s chair, Linda Moss, said donors were relieved.', 'Linda Moss', 'Charity chair'],
    ['The company’s founder, Jane Roe, said sales rose.', 'Jane Roe', 'Company founder'],
  ])('%s', (body, person, role) => {
    expect(roles(body)).toContainEqual([person, role])
  })

  test.each(['The order came after Brian Cox spoke.', 'Shares rose after analyst notes.'])(
    'no role in: %s',
    (body) => {
      expect(roles(body)).toEqual([])
    },
  )

  test.each([
    ['The finance ministry said it would cut spending next year.', 'finance ministry'],
    [
      'The Swiss environment ministry has said it will fund a new network.',
      'Swiss environment ministry',
    ],
    ['The city council has pledged to repair the bridge.', 'city council'],
  ])('a lower-case organisation holds a stance: %s', (body, holder) => {
    const stances = extractFacts(docFrom(body)).filter(
      (f): f is Extract<Fact, { type: 'stance' }> => f.type === 'stance',
    )
    expect(stances.map((s) => s.holders[0]?.name)).toContain(holder)
  })
})

const allPools = articleFiles().map((f) => {
  const doc = loadArticle(f)
  return { doc, pool: generateQuestionPool(doc), facts: extractFacts(doc) }
})

describe('7. false true/false statements stay plausible', () => {
  const falseStatements = allPools.flatMap(({ doc, pool, facts }) =>
    pool.questions.flatMap((q) => {
      if (q.format !== 'true-false' || q.key.format !== 'true-false') return []
      const keyId = q.key.optionId
      if (q.options.find((o) => o.id === keyId)?.text !== 'False') return []
      // A swapped place ("a setback for Lampoldshausen's ambition"): no actor to hold a stance
      // (see swaps-and-speakers.test.ts).
      if (q.category === 'place') return []
      // "X is the Y": a swapped post, not a swapped actor (see posts-and-pronouns.test.ts).
      if (/^According to the article, [^,]+ is the [^,]+\.$/.test(q.statement)) return []
      // A denied sentence ("… did not welcome …"): a swapped verb, not a swapped actor
      // (see review-mends.test.ts).
      const said = doc.paragraphs
        .flatMap((p) => p.sentences)
        .find((x) => x.id === q.evidence[0]?.sentenceId)?.text
      if (/\b(?:not|cannot)\b/.test(q.statement) && !/\b(?:not|cannot)\b/.test(said ?? ''))
        return []
      return [{ statement: q.statement, facts }]
    }),
  )

  test('there are false statements to check', () => {
    expect(falseStatements.length).toBeGreaterThan(3)
  })

  test('the swapped-in actor is never named again in its own statement', () => {
    for (const { statement, facts } of falseStatements) {
      const subject = statement.replace(/^“?According to [^,]+, (?:the )?/, '')
      for (const f of facts) {
        if (f.type !== 'actor') continue
        const lead = f.actor.aliases.find((a) => subject.startsWith(a))
        if (!lead) continue
        const rest = subject.slice(lead.length)
        const again = f.actor.aliases.some((a) => new RegExp(`\\b${a}\\b`).test(rest))
        expect(again, statement).toBe(false)
      }
    }
  })

  test('the swapped-in actor holds a stance or does something of its own in the article', () => {
    for (const { statement, facts } of falseStatements) {
      const subject = statement.replace(/^“?According to [^,]+, (?:the )?/, '')
      const holders = facts.flatMap((f) =>
        f.type === 'stance'
          ? f.holders.map((h) => h.name)
          : f.type === 'event'
            ? [f.actorName]
            : [],
      )
      expect(
        holders.some((h) => subject.startsWith(h.replace(/^the /, ''))),
        statement,
      ).toBe(true)
    }
  })
})

describe('8. place questions do not give the answer away', () => {
  const placeQs = allPools.flatMap(({ pool }) =>
    pool.questions.filter(
      (q): q is Extract<Question, { format: 'single' }> =>
        q.category === 'place' && q.format === 'single',
    ),
  )
  const answerOf = (q: Extract<Question, { format: 'single' }>) =>
    q.options.find((o) => q.key.format === 'single' && o.id === q.key.optionId)?.text ?? ''

  test('a stem never names the country whose capital is the answer', () => {
    for (const q of placeQs) {
      const country = COUNTRIES.find((c) => c.capital === answerOf(q))
      if (!country) continue
      for (const n of [country.name.replace(/^the /, ''), ...country.demonyms])
        expect(q.prompt, q.prompt).not.toMatch(new RegExp(`\\b${n}\\b`))
    }
  })

  test('capitals are offered only when the answer is a city', () => {
    for (const q of placeQs) {
      const isCapital = COUNTRIES.some((c) => c.capital === answerOf(q))
      if (isCapital) continue
      for (const o of q.options) expect(COUNTRIES.some((c) => c.capital === o.text)).toBe(false)
    }
  })

  test('the first article’s “in Iraq’s capital” Green Zone question is gone', () => {
    expect(placeQs.some((q) => answerOf(q) === 'Green Zone')).toBe(false)
  })

  test('a fronted date stays in front of a "where" stem', () => {
    const prompts = placeQs.map((q) => q.prompt)
    for (const p of prompts)
      expect(p).not.toMatch(
        /\bin (?:January|February|March|April|May|June|July|August|September|October|November|December)\?$/,
      )
  })
})

// Found by the second holdout (holdout-2-measles-clinics.md) in code written for the fixes
// above; fixed as general patterns, so that article is no longer a clean holdout for them.
describe('after holdout 2: stems that lean on what the reader cannot see', () => {
  test.each([
    ['He added that the plan, which was approved by the cabinet last week, was fair.'],
    ['The school board said it would send letters home next week.'],
    ['Okafor rejected the criticism, saying the council had written to every family last year.'],
    ['The council wrote to every family with an unvaccinated child last year.'],
  ])('no stem opens on a pronoun, relative word or participle: %s', (body) => {
    for (const d of dateFacts(body, '2025-03-20'))
      expect(d.stem ?? '').not.toMatch(
        /^When (?:\w+ )(?:it|he|she|they|which|saying)\b|according to (?:He|She|It)\b|^When was the unvaccinated/,
      )
  })

  test('the stem check flags an unresolved pronoun', () => {
    const base = glacierPool.questions.find((q) => q.format === 'single')
    if (!base) throw new Error('needs a single-choice question')
    const prompt = 'When would it fund a new monitoring network, according to He?'
    expect(
      checkPool(glacier, { ...glacierPool, questions: [{ ...base, prompt }] }).map((i) => i.code),
    ).toContain('stem')
  })

  test('a name particle never starts inside a word ("leader Brian Okafor" is not "der Brian Okafor")', () => {
    const names = extractFacts(docFrom('Council leader Brian Okafor said the clinics would open.'))
      .filter((f): f is Extract<Fact, { type: 'actor' }> => f.type === 'actor')
      .map((f) => f.actor.name)
    expect(names).toContain('Brian Okafor')
    expect(names).not.toContain('der Brian Okafor')
  })
})
