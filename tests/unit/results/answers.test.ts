/** Results: each student's answers question by question; same-name students told apart. */
import { describe, expect, test } from 'vitest'
import { answersByAttempt, sameNameLabels } from '@/lib/results'
import { ALL_RIGHT, POOL, submittedAttempt } from './fixtures'

describe('answersByAttempt', () => {
  test('lists every question the attempt received, with the answer given and the right one', () => {
    const a = submittedAttempt({ ...ALL_RIGHT, 'q-single': { optionId: 'b' } })
    const list = answersByAttempt(POOL, [a]).get(a.id) ?? []
    expect(list.map((x) => x.questionId)).toEqual(POOL.map((q) => q.id))
    const first = list[0]
    expect(first?.status).toBe('incorrect')
    expect(first?.answer).not.toBeNull()
    expect(first?.answer).not.toBe(first?.correctAnswer)
    expect(list.slice(1).every((x) => x.status === 'correct')).toBe(true)
  })
})

describe('sameNameLabels', () => {
  test('two students named Leo are two, numbered by when they started; a retake stays the same student', () => {
    const early = new Date(Date.UTC(2025, 2, 3, 9, 0, 0))
    const late = new Date(Date.UTC(2025, 2, 3, 9, 5, 0))
    const leoB = submittedAttempt({}, { name: 'Leo', studentKey: 'kb', startedAt: late })
    const leoA = submittedAttempt({}, { name: 'leo ', studentKey: 'ka', startedAt: early })
    const leoA2 = submittedAttempt(
      {},
      {
        name: 'Leo',
        studentKey: 'ka',
        startedAt: new Date(late.getTime() + 60_000),
      },
    )
    const mia = submittedAttempt({}, { name: 'Mia', studentKey: 'km' })
    const labels = sameNameLabels([leoB, leoA, leoA2, mia])
    expect(labels.get(leoA.id)).toEqual({ nth: 1, of: 2, firstStartedAt: early })
    expect(labels.get(leoA2.id)).toEqual({ nth: 1, of: 2, firstStartedAt: early })
    expect(labels.get(leoB.id)).toEqual({ nth: 2, of: 2, firstStartedAt: late })
    expect(labels.has(mia.id)).toBe(false)
  })
})
