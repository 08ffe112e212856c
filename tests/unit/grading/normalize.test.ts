import { describe, expect, test } from 'vitest'
import { matchesAccepted, normalizeAnswer } from '@/lib/grading'
import { primeMinisterCloze } from './fixtures'

const KADHIMI = ['Mustafa al-Kadhimi', 'al-Kadhimi', 'Kadhimi']

describe('normalizeAnswer', () => {
  test.each([
    ['lower-cases', 'NED PRICE', 'ned price'],
    ['strips accents', 'Café Élysée', 'cafe elysee'],
    ['strips accents from composed and decomposed forms alike', 'Cafe\u0301', 'cafe'],
    ['drops a straight-quote possessive', "Biden's", 'biden'],
    ['drops a curly-quote possessive', 'al-Kadhimi’s', 'kadhimi'],
    ['treats curly and straight apostrophes alike', 'O’Brien', 'obrien'],
    ['treats a left curly quote as an apostrophe', 'O‘Brien', 'obrien'],
    ['treats a backtick as an apostrophe', 'O`Brien', 'obrien'],
    ['removes the al- particle', 'al-Kadhimi', 'kadhimi'],
    ['removes the el- particle', 'el-Sisi', 'sisi'],
    ['removes a capitalised particle', 'Al-Kadhimi', 'kadhimi'],
    ['removes the particle inside a full name', 'Mustafa al-Kadhimi', 'mustafa kadhimi'],
    ['removes a leading "the"', 'The White House', 'white house'],
    ['removes a leading "a"', 'A truck', 'truck'],
    ['collapses runs of spaces and tabs', '  Ned \t  Price  ', 'ned price'],
    ['turns punctuation into spaces', 'Ned-Price!!!', 'ned price'],
    ['drops quotes and brackets', '“[Ned Price]”', 'ned price'],
    ['keeps digits', '107mm rockets', '107mm rockets'],
    ['empties a string of punctuation', ' ...!? ', ''],
    ['empties a string of hyphens', '---', ''],
    ['empties a lone apostrophe', '’', ''],
    ['empties the empty string', '', ''],
  ])('%s: %j → %j', (_name, input, expected) => {
    expect(normalizeAnswer(input)).toBe(expected)
  })

  test('is idempotent on the accepted forms of the cloze fixture', () => {
    for (const form of KADHIMI) {
      const once = normalizeAnswer(form)
      expect(normalizeAnswer(once)).toBe(once)
    }
  })
})

describe('matchesAccepted: typed forms that must match', () => {
  test.each([
    'Mustafa al-Kadhimi',
    'mustafa al-kadhimi',
    'MUSTAFA AL-KADHIMI',
    'al-Kadhimi',
    'Al-Kadhimi',
    'el-Kadhimi',
    'Kadhimi',
    'kadhimi',
    '  Kadhimi  ',
    'Kadhimi.',
    'Kadhimi!',
    '"Kadhimi"',
    'Kadhimi’s',
    "Kadhimi's",
    'al-Kadhimi’s',
    'the Kadhimi',
    'The al-Kadhimi',
    'Mustafa   al-Kadhimi',
    'Mustafa, al-Kadhimi',
    'Mustafa Kadhimi',
    'Kádhimi',
    'KADHÍMÍ',
  ])('%j', (typed) => {
    expect(matchesAccepted(typed, KADHIMI)).toBe(true)
  })

  test('accents and apostrophes on the accepted side are tolerated too', () => {
    expect(matchesAccepted('Beyonce', ['Beyoncé'])).toBe(true)
    expect(matchesAccepted('OBrien', ['O’Brien'])).toBe(true)
    expect(matchesAccepted("O'Brien", ['O’Brien'])).toBe(true)
  })

  test('uses the accepted forms of the cloze fixture', () => {
    expect(primeMinisterCloze.key).toEqual({
      format: 'cloze',
      optionId: 'c-kadhimi',
      accepted: KADHIMI,
    })
  })
})

describe('matchesAccepted: typed forms that must not match', () => {
  test.each([
    ['a different name', 'Ned Price'],
    ['a different surname', 'Mustafa Bassiri'],
    ['the first name alone', 'Mustafa'],
    ['the empty string', ''],
    ['only spaces', '    '],
    ['only punctuation', '?!.,'],
    ['only a particle', 'al-'],
    ['only an article', 'the'],
    ['a prefix of the surname', 'Kad'],
    ['a substring of the surname', 'dhim'],
    ['the surname with a letter missing', 'Kadhim'],
    ['the surname with an extra letter', 'Kadhimii'],
    ['the name plus another word', 'Kadhimi Biden'],
    ['the words in another order', 'Kadhimi Mustafa'],
    ['letters run together with the first name', 'MustafaKadhimi'],
  ])('%s: %j', (_name, typed) => {
    expect(matchesAccepted(typed, KADHIMI)).toBe(false)
  })

  test('nothing matches an empty list of accepted forms', () => {
    expect(matchesAccepted('Kadhimi', [])).toBe(false)
  })

  test('an empty answer does not match an accepted form that normalises to nothing', () => {
    expect(matchesAccepted('', ['the'])).toBe(false)
    expect(matchesAccepted('...', ['!!!'])).toBe(false)
  })
})

/*
 * Known gaps: the two tests below fail against the current lib/grading/normalize.ts
 * (reported, not fixed here: lib/ belongs to another change).
 */
describe('normalizeAnswer: documented intent the implementation misses', () => {
  // PARTICLE is /^(?:al|el|…)[-\s]+/ but it is applied to single words after split(/\s+/),
  // so its `\s` branch can never match: "Al Kadhimi" keeps its particle.
  test('a particle separated by a space is removed like a hyphenated one', () => {
    expect(normalizeAnswer('Al Kadhimi')).toBe('kadhimi')
    expect(matchesAccepted('Mustafa Al Kadhimi', KADHIMI)).toBe(true)
  })

  // '´' is in the apostrophe class, but NFKD runs first and decomposes U+00B4 into
  // a space + U+0301, so it becomes a word break instead of an apostrophe.
  test('an acute-accent apostrophe (´) counts as an apostrophe', () => {
    expect(normalizeAnswer('O´Brien')).toBe('obrien')
  })
})
