/**
 * Table tests for the token layer (lib/questions/nlp/annotate): every token's offsets slice
 * back to its own text in its sentence, tokens stay in order inside their sentence, and the
 * number spans cover money, percentages and counts as written.
 */
import { describe, expect, test } from 'vitest'
import { createContext } from '@/lib/questions/extract/context'
import { annotate, textOf } from '@/lib/questions/nlp/annotate'
import { docFrom } from './load'

const annotated = (body: string) => {
  const doc = docFrom(body)
  return annotate(doc, createContext(doc).sentences)
}

const BODIES = [
  'Kmart will buy Sears for $11.5 billion. Shareholders backed it by 58%, and 39 stores will close.',
  'US President Joe Biden spoke with Iraqi Prime Minister Mustafa al-Kadhimi on Tuesday.',
  '“We’ve provided options,” said Rep. Ed Royce. The vote was 7-2.\n\nWASHINGTON — The court’s ruling came on Monday, June 4.',
  'Sweden faced South Korea at the Nizhny Novgorod Stadium.  Hwang Hee-Chan — the forward — missed (twice).',
]

describe('1. token offsets slice back to the token text', () => {
  test.each(BODIES)('%s', (body) => {
    const sentences = annotated(body)
    expect(sentences.length).toBeGreaterThan(0)
    for (const s of sentences) {
      expect(s.tokens.length, s.ref.text).toBeGreaterThan(0)
      let last = -1
      for (const t of s.tokens) {
        expect(s.ref.text.slice(t.start, t.end)).toBe(t.text)
        expect(t.start).toBeGreaterThanOrEqual(last)
        expect(t.lower).toBe(t.text.toLowerCase())
        last = t.end
      }
    }
  })

  test('every sentence of a multi-paragraph body gets its own tokens, not its neighbour’s', () => {
    const sentences = annotated(BODIES[2] as string)
    expect(sentences.map((s) => s.tokens[0]?.text)).toEqual(['“', 'The', 'WASHINGTON'])
  })

  test('"spaced" tells "al-Kadhimi" (joined) from "Mustafa al" (spaced)', () => {
    const [s] = annotated(BODIES[1] as string)
    const toks = s?.tokens ?? []
    const hyphen = toks.findIndex((t) => t.text === '-')
    expect(hyphen).toBeGreaterThan(0)
    expect(toks[hyphen]?.spaced).toBe(false)
    expect(toks[hyphen + 1]?.spaced).toBe(false)
    expect(toks[hyphen - 1]?.spaced).toBe(true)
  })

  test('lemmas are lower case and verbs are lemmatised ("spoke" → "speak")', () => {
    const [s] = annotated(BODIES[1] as string)
    const spoke = s?.tokens.find((t) => t.text === 'spoke')
    expect(spoke?.pos).toBe('VERB')
    expect(spoke?.lemma).toBe('speak')
  })
})

describe('2. number spans cover the whole figure', () => {
  test.each([
    ['Kmart will buy Sears for $11.5 billion.', 'MONEY', '$11.5 billion'],
    ['Shareholders backed the deal by 58% on Monday.', 'PERCENT', '58%'],
    ['The company will close 39 stores.', 'CARDINAL', '39'],
  ])('%s → %s "%s"', (body, type, text) => {
    const [s] = annotated(body)
    const span = s?.spans.find((x) => x.text === text)
    expect(span?.type).toBe(type)
    if (!s || !span) return
    expect(s.ref.text.slice(span.start, span.end)).toBe(text)
    expect(textOf(s, span.first, span.last)).toBe(text)
  })

  test('spans of one body land in the sentence that holds them', () => {
    const sentences = annotated(BODIES[0] as string)
    expect(sentences[0]?.spans.map((x) => x.text)).toEqual(['$11.5 billion'])
    expect(sentences[1]?.spans.map((x) => x.text)).toEqual(['58%', '39'])
  })

  test('textOf gives "" for an empty or out-of-range token range', () => {
    const [s] = annotated('Kmart will buy Sears.')
    if (!s) throw new Error('no sentence')
    expect(textOf(s, 0, 2)).toBe('Kmart will')
    expect(textOf(s, 3, 3)).toBe('')
    expect(textOf(s, 0, 99)).toBe('')
  })
})
