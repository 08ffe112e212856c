/** A pasted article that is too long or not text gets a clear message, never a crash. */
import { describe, expect, test, vi } from 'vitest'
import { logWithoutContent } from '@/lib/errors'
import { pastedArticleSchema, TEXT_MAX } from '@/lib/modules/schemas'

const form = (text: string) => ({
  title: 'Council approves budget',
  source: 'Example News',
  publishedAt: '2024-03-05',
  standfirst: '',
  text,
})
const sentence = 'The council approved the budget on Tuesday after a long debate. '
const messageOf = (text: string) => {
  const r = pastedArticleSchema.safeParse(form(text))
  return r.success ? null : r.error.issues.map((i) => i.message).join(' ')
}

describe('pasted article text', () => {
  test('an ordinary article passes', () => {
    expect(messageOf(sentence.repeat(10))).toBeNull()
  })

  test.each([
    ['a NUL byte', `${sentence.repeat(10)}\u0000`],
    ['binary from a file', `%PDF-1.7\u0001\u0002\ufffd${sentence.repeat(10)}`],
  ])('%s is refused with a message that says what to do', (_name, text) => {
    expect(messageOf(text)).toMatch(/not text.*plain text/)
  })

  test('1 MB and 10 MB pastes are refused with the limit and the length', () => {
    for (const size of [1_000_000, 10_000_000]) {
      const text = sentence.repeat(Math.ceil(size / sentence.length))
      expect(messageOf(text)).toMatch(
        new RegExp(`too long: the limit is ${TEXT_MAX.toLocaleString('en-GB')} characters`),
      )
    }
  })
})

describe('logs', () => {
  test('an error is logged without its message, which may quote user content', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    const secret = 'THE TEACHER PASTED ARTICLE TEXT'
    logWithoutContent(
      Object.assign(new Error(`invalid byte sequence near "${secret}"`), { code: '22021' }),
    )
    const logged = spy.mock.calls.flat().join('\n')
    spy.mockRestore()
    expect(logged).toContain('Error (22021)')
    expect(logged).not.toContain(secret)
  })
})
