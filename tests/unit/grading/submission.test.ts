import { describe, expect, test } from 'vitest'
import {
  type Answer,
  answerSchema,
  findSubmissionProblems,
  gradeSubmission,
  MAX_QUESTIONS_PER_ATTEMPT,
  submissionSchema,
} from '@/lib/grading'
import { attempt, perfectAnswers } from './fixtures'

const KEY = 'k9_Fq-2xY7'

/** The paths of the issues zod reports, e.g. ['answers.q1', 'submissionKey']. */
function issuePaths(input: unknown): string[] {
  const result = submissionSchema.safeParse(input)
  if (result.success) return []
  return result.error.issues.map((i) => i.path.join('.'))
}

describe('submissionSchema: accepts', () => {
  test('a good body with every answer shape, unchanged except for trimmed text', () => {
    const body = {
      submissionKey: KEY,
      answers: {
        'q-who-said': { optionId: 'o-price' },
        'q-cloze-pm': { text: '  al-Kadhimi ' },
        'q-match-roles': { pairs: { 'm-price': 'r-spokesman', 'm-kadhimi': 'r-pm' } },
        'q-order-events': { order: ['e-october', 'e-erbil', 'e-embassy', 'e-call'] },
      },
    }
    expect(submissionSchema.parse(body)).toEqual({
      submissionKey: KEY,
      answers: { ...body.answers, 'q-cloze-pm': { text: 'al-Kadhimi' } },
    })
  })

  test('no answers at all', () => {
    expect(submissionSchema.safeParse({ submissionKey: KEY, answers: {} }).success).toBe(true)
  })

  test(`exactly ${MAX_QUESTIONS_PER_ATTEMPT} answers`, () => {
    const answers = Object.fromEntries(
      Array.from({ length: MAX_QUESTIONS_PER_ATTEMPT }, (_, i) => [`q${i}`, { optionId: 'o' }]),
    )
    expect(submissionSchema.safeParse({ submissionKey: KEY, answers }).success).toBe(true)
  })

  test.each([
    ['8 characters, the minimum', 'abcdefgh'],
    ['64 characters, the maximum', 'a'.repeat(64)],
    ['digits, dashes and underscores', '0123-4567_89'],
  ])('a submission key of %s', (_name, submissionKey) => {
    expect(submissionSchema.safeParse({ submissionKey, answers: {} }).success).toBe(true)
  })

  test('ids of 1 and 64 characters', () => {
    const body = { submissionKey: KEY, answers: { q: { optionId: 'x'.repeat(64) } } }
    expect(submissionSchema.safeParse(body).success).toBe(true)
  })

  test('a text answer of exactly 200 characters', () => {
    expect(answerSchema.safeParse({ text: 'a'.repeat(200) }).success).toBe(true)
  })

  test('an order of 2 and of 8 ids', () => {
    expect(answerSchema.safeParse({ order: ['a', 'b'] }).success).toBe(true)
    expect(answerSchema.safeParse({ order: 'abcdefgh'.split('') }).success).toBe(true)
  })
})

describe('submissionSchema: rejects, with the path of the problem', () => {
  const answers = { 'q-who-said': { optionId: 'o-price' } }

  test.each<[name: string, body: unknown, paths: string[]]>([
    ['an unknown top-level key', { submissionKey: KEY, answers, attemptId: 'a1' }, ['']],
    ['a missing submission key', { answers }, ['submissionKey']],
    ['a missing answers map', { submissionKey: KEY }, ['answers']],
    ['a numeric submission key', { submissionKey: 12345678, answers }, ['submissionKey']],
    ['a 7-character submission key', { submissionKey: 'abcdefg', answers }, ['submissionKey']],
    [
      'a 65-character submission key',
      { submissionKey: 'a'.repeat(65), answers },
      ['submissionKey'],
    ],
    ['a submission key with a space', { submissionKey: 'abcd efgh', answers }, ['submissionKey']],
    ['a submission key with a dot', { submissionKey: 'abcd.efgh', answers }, ['submissionKey']],
    ['a submission key with a slash', { submissionKey: 'abcd/efgh', answers }, ['submissionKey']],
    ['a submission key with an accent', { submissionKey: 'abcdéfgh', answers }, ['submissionKey']],
    [
      'a submission key with a trailing newline',
      { submissionKey: `${KEY}\n`, answers },
      ['submissionKey'],
    ],
    [
      'answers as an array',
      { submissionKey: KEY, answers: [{ optionId: 'o-price' }] },
      ['answers'],
    ],
    [
      'an empty question id',
      { submissionKey: KEY, answers: { '': { optionId: 'o' } } },
      ['answers.'],
    ],
    [
      'a 65-character question id',
      { submissionKey: KEY, answers: { ['q'.repeat(65)]: { optionId: 'o' } } },
      [`answers.${'q'.repeat(65)}`],
    ],
    [
      'a numeric option id',
      { submissionKey: KEY, answers: { q1: { optionId: 5 } } },
      ['answers.q1'],
    ],
    [
      'an empty option id',
      { submissionKey: KEY, answers: { q1: { optionId: '' } } },
      ['answers.q1.optionId'],
    ],
    ['empty text', { submissionKey: KEY, answers: { q1: { text: '' } } }, ['answers.q1.text']],
    ['blank text', { submissionKey: KEY, answers: { q1: { text: '   ' } } }, ['answers.q1.text']],
    [
      'text of 201 characters',
      { submissionKey: KEY, answers: { q1: { text: 'a'.repeat(201) } } },
      ['answers.q1.text'],
    ],
    [
      'an unknown answer key',
      { submissionKey: KEY, answers: { q1: { foo: 'x' } } },
      ['answers.q1'],
    ],
    [
      'two shapes at once',
      { submissionKey: KEY, answers: { q1: { optionId: 'o', text: 'x' } } },
      ['answers.q1'],
    ],
    ['an array answer', { submissionKey: KEY, answers: { q1: ['o-price'] } }, ['answers.q1']],
    ['a string answer', { submissionKey: KEY, answers: { q1: 'o-price' } }, ['answers.q1']],
    ['a null answer', { submissionKey: KEY, answers: { q1: null } }, ['answers.q1']],
    [
      'pairs as an array',
      { submissionKey: KEY, answers: { q1: { pairs: [['a', 'b']] } } },
      ['answers.q1'],
    ],
    [
      'a pair to a number',
      { submissionKey: KEY, answers: { q1: { pairs: { a: 1 } } } },
      ['answers.q1'],
    ],
    [
      'an order of one item',
      { submissionKey: KEY, answers: { q1: { order: ['a'] } } },
      ['answers.q1.order'],
    ],
    [
      'an order of 9 items',
      { submissionKey: KEY, answers: { q1: { order: 'abcdefghi'.split('') } } },
      ['answers.q1'],
    ],
    [
      'an order with an empty id',
      { submissionKey: KEY, answers: { q1: { order: ['a', ''] } } },
      ['answers.q1.order.1'],
    ],
    ['a body that is not an object', 'submissionKey=abc', ['']],
  ])('%s', (_name, body, paths) => {
    expect(issuePaths(body)).toEqual(paths)
  })

  test('reports only the bad answer among good ones', () => {
    expect(
      issuePaths({
        submissionKey: KEY,
        answers: { q1: { optionId: 'o' }, q2: { text: '' }, q3: { order: ['a', 'b'] } },
      }),
    ).toEqual(['answers.q2.text'])
  })

  test('an unknown top-level key is named in the issue', () => {
    const result = submissionSchema.safeParse({ submissionKey: KEY, answers, score: 10 })
    expect(result.success).toBe(false)
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['score'], path: [] }),
    ])
  })

  test('a bad submission key carries the human message', () => {
    const result = submissionSchema.safeParse({ submissionKey: 'short', answers })
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'must be 8–64 letters, digits, - or _',
    ])
  })

  test(`more than ${MAX_QUESTIONS_PER_ATTEMPT} answers`, () => {
    expect(MAX_QUESTIONS_PER_ATTEMPT).toBe(30)
    const tooMany = Object.fromEntries(
      Array.from({ length: MAX_QUESTIONS_PER_ATTEMPT + 1 }, (_, i) => [`q${i}`, { optionId: 'o' }]),
    )
    const result = submissionSchema.safeParse({ submissionKey: KEY, answers: tooMany })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['answers', 'has too many answers'],
    ])
  })
})

describe('findSubmissionProblems', () => {
  test('the perfect answer set has no problems', () => {
    expect(findSubmissionProblems(attempt, perfectAnswers)).toEqual([])
  })

  test('an empty answer set has no problems', () => {
    expect(findSubmissionProblems(attempt, {})).toEqual([])
  })

  test('valid but wrong answers of every format have no problems', () => {
    expect(
      findSubmissionProblems(attempt, {
        'q-who-said': { optionId: 'o-biden' },
        'q-tf-embassy': { optionId: 'tf-true' },
        'q-cloze-pm': { text: 'somebody else entirely' },
        'q-match-roles': { pairs: { 'm-price': 'r-pm' } },
        'q-order-events': { order: ['e-call', 'e-embassy', 'e-erbil', 'e-october'] },
        'q-when-erbil': { optionId: 'd-oct' },
      }),
    ).toEqual([])
  })

  test('a cloze may be answered by option id or by text', () => {
    expect(findSubmissionProblems(attempt, { 'q-cloze-pm': { optionId: 'c-price' } })).toEqual([])
    expect(findSubmissionProblems(attempt, { 'q-cloze-pm': { text: 'Kadhimi' } })).toEqual([])
  })

  // lib/grading/submission.ts allows it on purpose ("it simply cannot be right both times"):
  // the answer is graded, and only the one right pair earns credit.
  test('a match may use one right-hand option twice', () => {
    const answers: Record<string, Answer> = {
      'q-match-roles': { pairs: { 'm-price': 'r-spokesman', 'm-biden': 'r-spokesman' } },
    }
    expect(findSubmissionProblems(attempt, answers)).toEqual([])
    expect(gradeSubmission(attempt, answers).outcomes[3]).toEqual({
      questionId: 'q-match-roles',
      category: 'position',
      credit: 0.25,
      status: 'partial',
    })
  })

  test('a match may leave pairs out, including all of them', () => {
    expect(findSubmissionProblems(attempt, { 'q-match-roles': { pairs: {} } })).toEqual([])
  })

  test.each<[name: string, answers: Record<string, Answer>, message: string]>([
    [
      'an unknown question id',
      { 'q-nope': { optionId: 'o-price' } },
      'is not a question of this attempt',
    ],
    [
      'an option id of another question (single)',
      { 'q-who-said': { optionId: 'c-price' } },
      'names an option that is not in this question',
    ],
    [
      'an option id of another question (true-false)',
      { 'q-tf-embassy': { optionId: 'o-price' } },
      'names an option that is not in this question',
    ],
    [
      'an option id of another question (cloze)',
      { 'q-cloze-pm': { optionId: 'o-kadhimi' } },
      'names an option that is not in this question',
    ],
    [
      'an option id for a match question, even one of its own ids',
      { 'q-match-roles': { optionId: 'm-price' } },
      'expects pairs',
    ],
    [
      'an option id for an order question, even one of its own ids',
      { 'q-order-events': { optionId: 'e-call' } },
      'expects an order',
    ],
    [
      'typed text for single choice',
      { 'q-who-said': { text: 'Ned Price' } },
      'does not accept typed text',
    ],
    [
      'typed text for true-false',
      { 'q-tf-embassy': { text: 'False' } },
      'does not accept typed text',
    ],
    [
      'typed text for match',
      { 'q-match-roles': { text: 'Ned Price' } },
      'does not accept typed text',
    ],
    [
      'typed text for order',
      { 'q-order-events': { text: 'October' } },
      'does not accept typed text',
    ],
    [
      'pairs for single choice',
      { 'q-who-said': { pairs: { 'o-price': 'o-biden' } } },
      'does not take pairs',
    ],
    [
      'pairs for cloze',
      { 'q-cloze-pm': { pairs: { 'c-price': 'c-kadhimi' } } },
      'does not take pairs',
    ],
    [
      'pairs for order',
      { 'q-order-events': { pairs: { 'e-call': 'e-erbil' } } },
      'does not take pairs',
    ],
    [
      'a pair with an unknown left id',
      { 'q-match-roles': { pairs: { 'm-blinken': 'r-spokesman' } } },
      'pairs options that are not in this question',
    ],
    [
      'a pair with an unknown right id',
      { 'q-match-roles': { pairs: { 'm-price': 'r-secretary' } } },
      'pairs options that are not in this question',
    ],
    [
      'a pair written right-to-left',
      { 'q-match-roles': { pairs: { 'r-spokesman': 'm-price' } } },
      'pairs options that are not in this question',
    ],
    [
      'a pair of two left options',
      { 'q-match-roles': { pairs: { 'm-price': 'm-biden' } } },
      'pairs options that are not in this question',
    ],
    [
      'an order for single choice',
      { 'q-who-said': { order: ['o-price', 'o-biden'] } },
      'does not take an order',
    ],
    [
      'an order for match',
      { 'q-match-roles': { order: ['m-price', 'm-biden'] } },
      'does not take an order',
    ],
    [
      'an order missing an item',
      { 'q-order-events': { order: ['e-october', 'e-erbil', 'e-embassy'] } },
      'must list every item of this question exactly once',
    ],
    [
      'an order with a duplicated item (right length)',
      { 'q-order-events': { order: ['e-october', 'e-erbil', 'e-erbil', 'e-call'] } },
      'must list every item of this question exactly once',
    ],
    [
      'an order with a foreign item in place of one (right length)',
      { 'q-order-events': { order: ['e-october', 'e-erbil', 'e-embassy', 'o-price'] } },
      'must list every item of this question exactly once',
    ],
    [
      'an order with an extra item',
      { 'q-order-events': { order: ['e-october', 'e-erbil', 'e-embassy', 'e-call', 'e-extra'] } },
      'must list every item of this question exactly once',
    ],
    [
      'an order with every item plus a repeat',
      { 'q-order-events': { order: ['e-october', 'e-erbil', 'e-embassy', 'e-call', 'e-call'] } },
      'must list every item of this question exactly once',
    ],
  ])('%s', (_name, answers, message) => {
    const [questionId] = Object.keys(answers)
    expect(findSubmissionProblems(attempt, answers)).toEqual([{ questionId, message }])
  })

  test('reports every problem, in the order of the answers, and skips valid ones', () => {
    expect(
      findSubmissionProblems(attempt, {
        'q-order-events': { order: ['e-call', 'e-call', 'e-call', 'e-call'] },
        'q-who-said': { optionId: 'o-price' },
        'q-ghost': { text: 'x' },
        'q-match-roles': { optionId: 'm-price' },
      }),
    ).toEqual([
      {
        questionId: 'q-order-events',
        message: 'must list every item of this question exactly once',
      },
      { questionId: 'q-ghost', message: 'is not a question of this attempt' },
      { questionId: 'q-match-roles', message: 'expects pairs' },
    ])
  })

  test('every answer is a problem when the attempt has no questions', () => {
    expect(findSubmissionProblems([], perfectAnswers).map((p) => p.message)).toEqual(
      Array(6).fill('is not a question of this attempt'),
    )
  })
})
