/**
 * Table tests for hard stem defects (lib/questions/check/defects): leftovers of a clause cut
 * badly are flagged, whole questions (quotes with apostrophes inside, plain where/when
 * stems) are not, and a true/false statement or an order item is checked as well as the prompt.
 */
import { describe, expect, test } from 'vitest'
import type { Question } from '@/lib/questions'
import { hardDefects } from '@/lib/questions/check/defects'

const single = (prompt: string): Question => ({
  id: 'q1',
  category: 'actor',
  format: 'single',
  prompt,
  options: [
    { id: 'a', text: 'Alan Lacy' },
    { id: 'b', text: 'Tom Ashby' },
  ],
  key: { format: 'single', optionId: 'a' },
  explanation: 'From the article.',
  evidence: [{ sentenceId: 'p1.s1', start: 0, end: 5 }],
  quality: 0.5,
})

const trueFalse = (statement: string): Question => ({
  id: 'q2',
  category: 'actor',
  format: 'true-false',
  prompt: 'True or false?',
  statement,
  options: [
    { id: 't', text: 'True' },
    { id: 'f', text: 'False' },
  ],
  key: { format: 'true-false', optionId: 't' },
  explanation: 'From the article.',
  evidence: [{ sentenceId: 'p1.s1', start: 0, end: 5 }],
  quality: 0.5,
})

describe('1. broken stems are flagged', () => {
  test.each([
    ["When is 's competition scheduled?", /possessive with no owner/],
    ['Who sat at the end of the?', /ends on a function word/],
    ['When did I go back the and leave?', /article with no noun/],
    ['When did I go back the and leave?', /first person/],
    ['When did the talks end (starting?', /unbalanced/],
    ['Who said “the talks were over?', /unbalanced/],
    ['What did the court rule on?', /ends on a function word/],
    ['When did  the firm open?', /gap where words were cut/],
    ['When did including the firm open?', /no subject/],
    ['When did the firm say it has been closed?', /two auxiliaries/],
    ['When did the mayor speak to and leave?', /preposition with no object/],
    ['When did we open the store?', /first person/],
  ])('%s → %s', (prompt, what) => {
    const found = hardDefects(single(prompt))
    expect(
      found.some((d) => what.test(d)),
      found.join('; '),
    ).toBe(true)
  })
})

describe('2. good stems are not flagged', () => {
  test.each([
    'Who said: ‘We’ve provided options’?',
    'Who said: “We will win the case”?',
    'Who said: ‘We’re ready’?',
    'Where did Sweden face South Korea?',
    'When did Kmart agree to buy Sears?',
    "When did Biden's team arrive in Baghdad?",
    'Who is described in the article as the Sears chief executive?',
    'Which country did Sweden face at the Nizhny Novgorod Stadium?',
    'Complete the sentence from the article.',
    'Who wrote “the end of the”?',
  ])('%s', (prompt) => {
    expect(hardDefects(single(prompt))).toEqual([])
  })
})

describe('3. statements are checked as well as the prompt', () => {
  test('a cut statement is flagged even when its prompt is fine', () => {
    const found = hardDefects(trueFalse('Biden met the and Kadhimi on Monday.'))
    expect(found.some((d) => /article with no noun/.test(d))).toBe(true)
  })

  test('a whole statement is not', () => {
    expect(
      hardDefects(trueFalse('According to the article, Edward Lampert is the Kmart chairman.')),
    ).toEqual([])
  })

  test('order items are checked', () => {
    const q: Question = {
      id: 'q3',
      category: 'date',
      format: 'order',
      prompt: 'Put these events in order.',
      items: [
        { id: 'a', text: 'Kmart bought Sears' },
        { id: 'b', text: 'The firm closed (39 stores' },
        { id: 'c', text: 'Lacy resigned' },
      ],
      key: { format: 'order', order: ['a', 'b', 'c'] },
      explanation: 'From the article.',
      evidence: [{ sentenceId: 'p1.s1', start: 0, end: 5 }],
      quality: 0.5,
    }
    expect(hardDefects(q).some((d) => /unbalanced/.test(d))).toBe(true)
  })
})
