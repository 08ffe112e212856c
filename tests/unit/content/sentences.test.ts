import { describe, expect, test } from 'vitest'
import { splitSentences } from '@/lib/content'

describe('splitSentences', () => {
  test.each([
    [
      'two plain sentences',
      'The vote passed. The senators left.',
      ['The vote passed.', 'The senators left.'],
    ],
    [
      'month abbreviation',
      'Rockets hit Erbil on Feb. 15, killing a civilian. Nobody claimed it.',
      ['Rockets hit Erbil on Feb. 15, killing a civilian.', 'Nobody claimed it.'],
    ],
    [
      'titles',
      'He met Gov. Smith and Dr. Jones. They spoke.',
      ['He met Gov. Smith and Dr. Jones.', 'They spoke.'],
    ],
    [
      'initialism inside a sentence',
      'The U.S. Army said so. It declined.',
      ['The U.S. Army said so.', 'It declined.'],
    ],
    [
      'initialism ending a sentence',
      'Talks with the U.S. The next day was calm.',
      ['Talks with the U.S.', 'The next day was calm.'],
    ],
    [
      '"US." before a hyphen',
      'An attack on US.-led forces near Erbil. Another one.',
      ['An attack on US.-led forces near Erbil.', 'Another one.'],
    ],
    [
      'middle initial',
      'John F. Kennedy spoke. It rained.',
      ['John F. Kennedy spoke.', 'It rained.'],
    ],
    [
      'decimal numbers',
      'Growth was 3.5 percent. Prices rose.',
      ['Growth was 3.5 percent.', 'Prices rose.'],
    ],
    [
      'curly quotes closing a sentence',
      '“It seems we’re back to last year,” an official said. On Monday, rockets fell.',
      ['“It seems we’re back to last year,” an official said.', 'On Monday, rockets fell.'],
    ],
    [
      'quoted sentence after a quote',
      '“All indications are it’s the same,” he said. “And there are more to come.”',
      ['“All indications are it’s the same,” he said.', '“And there are more to come.”'],
    ],
    [
      'question and exclamation',
      'Who fired? Nobody knows! Police said.',
      ['Who fired?', 'Nobody knows!', 'Police said.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected)
  })

  test('offsets point exactly at each sentence', () => {
    const text = '  First one.   Second “quoted” one!  Third. '
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text)
  })

  test('an empty paragraph has no sentences', () => {
    expect(splitSentences('   ')).toEqual([])
  })
})
