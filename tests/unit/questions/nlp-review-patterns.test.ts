/**
 * Patterns an independent review of corpus pools found broken, each as a table test on
 * ordinary news English: stems left mangled by a cut date, a speaker taken from a name that
 * only stands near the verb, a person's surname read as a city, one country under two
 * spellings offered against itself, and deeds of things asked with "who".
 */
import { describe, expect, test } from 'vitest'
import { extractFacts, generateQuestionPool, type Question } from '@/lib/questions'
import { hardDefects } from '@/lib/questions/check/defects'
import { analyse, findEntities } from '@/lib/questions/nlp'
import { findQuotes } from '@/lib/questions/nlp/quotes'
import { docFrom } from './load'

const stem = (prompt: string): Question => ({
  id: 'q',
  category: 'date',
  format: 'single',
  prompt,
  options: [
    { id: 'a', text: '2004' },
    { id: 'b', text: '2003' },
  ],
  key: { format: 'single', optionId: 'a' },
  explanation: 'From the article.',
  evidence: [{ sentenceId: 'p1.s1', start: 0, end: 4 }],
  quality: 0.5,
})

describe('stems a cut date leaves mangled are defects', () => {
  test.each([
    'When did was launch simultaneously today on several television channels?',
    'When was the video shown ( ) on BBC One?',
    'When was the election held and 2, 2004?',
    'Where did the team travel from Herat to the capital , through hostile territory?',
    'When is the movement a large group of farm workers in Brazil, officially founded?',
    `When did ${'a strategic partner in Asia and he say that business '.repeat(3)}grow?`,
  ])('%s', (prompt) => {
    expect(hardDefects(stem(prompt))).not.toEqual([])
  })
})

describe('who said it', () => {
  const speakers = (body: string) => {
    const a = analyse(docFrom(body))
    return findQuotes(a.sentences, a.entities).map((q) => q.speakerName)
  }

  test.each([
    ['“We will rebuild the bridge before winter,” Maria Lopez said on Monday.', 'Maria Lopez'],
    ['“We will rebuild the bridge before winter,” said Maria Lopez.', 'Maria Lopez'],
    [
      '“We will rebuild the bridge before winter,” Maria Lopez, a spokeswoman for the Harbour Authority, said.',
      'Maria Lopez',
    ],
  ])('%s', (body, speaker) => {
    expect(speakers(body)).toEqual([speaker])
  })

  test('a name that is only near the speech verb is not the speaker', () => {
    expect(
      speakers(
        'A critic posting on a forum run by the Church of Scientology said “how can people look at both sides if one side is gone”.',
      ),
    ).toEqual([])
  })
})

describe('names and places', () => {
  test('a surname that is also a capital stays a person', () => {
    const body =
      'Valeska Paris was born in Switzerland and joined the group as a child.\n\nParis said she was held on the ship for twelve years.'
    expect(findEntities(docFrom(body)).find((e) => e.name === 'Valeska Paris')?.kind).toBe('person')
  })

  test('one country under two spellings is never offered against itself', () => {
    const body =
      'Brazil and South Korea signed a trade deal in Seoul on Monday.\n\nOfficials in Brasil said exports to Japan and Argentina would also rise.\n\nBrazil expects trade with Chile to double.'
    for (const q of generateQuestionPool(docFrom(body)).questions) {
      if (q.format !== 'single' && q.format !== 'cloze') continue
      const texts = q.options.map((o) => o.text)
      expect(texts.includes('Brazil') && texts.includes('Brasil'), q.prompt).toBe(false)
    }
  })

  test('what took place or happened is not asked with "who"', () => {
    const events = extractFacts(
      docFrom('Fan Expo Canada took place at the Metro Toronto Convention Centre last weekend.'),
    ).filter((f) => f.type === 'event')
    expect(events).toEqual([])
  })
})
