/** Explanations quote the article inside double quotes: nested quotations must stay balanced. */
import { describe, expect, test } from 'vitest'
import { quoteEvidence } from '@/lib/questions/build/common'

const quoted = (sentence: string) => `“${quoteEvidence(sentence, 0, sentence.length)}”`

describe('quoteEvidence', () => {
  test('a sentence that opens with a quotation keeps it, in single quotes', () => {
    expect(
      quoted('“The renewed attacks could be an attempt to gain leverage,” Bassiri said.'),
    ).toBe('“‘The renewed attacks could be an attempt to gain leverage,’ Bassiri said.”')
  })

  test('a quoted phrase inside a sentence takes single quotes', () => {
    expect(quoted('He called the attacks “unacceptable” and "reckless".')).toBe(
      "“He called the attacks ‘unacceptable’ and 'reckless'.”",
    )
  })

  test('a sentence that is one quotation is not quoted twice', () => {
    expect(quoted('“We will respond.”')).toBe('“We will respond.”')
    expect(quoted('"We will respond."')).toBe('“We will respond.”')
  })

  test('every explanation quote is balanced', () => {
    for (const s of ['“A,” she said, “and B.”', 'Plain text.', '“Only an opening.', 'x “y” z']) {
      const q = quoted(s)
      expect(q.match(/“/g)?.length).toBe(1)
      expect(q.match(/”/g)?.length).toBe(1)
    }
  })
})
