/** A variant as ids and back: the attempt's questions in its option orders, shared between attempts. */
import { describe, expect, test } from 'vitest'
import { findSubmissionProblems } from '@/lib/grading'
import { generateQuestionPool } from '@/lib/questions'
import type { Option, Question } from '@/lib/questions/types'
import { buildResult } from '@/lib/quiz/feedback'
import { questionsForVariant, toVariantItem } from '@/lib/quiz/variant'
import { findArticle, loadArticle } from '../questions/load'

const pool = generateQuestionPool(loadArticle(findArticle('coalition-budget-clash'))).questions
const byFormat = (format: Question['format']) => {
  const q = pool.find((x) => x.format === format)
  if (!q) throw new Error(`no ${format} question in the fixture pool`)
  return q
}
const formats = ['single', 'true-false', 'cloze', 'match', 'order'] as const

const ids = (options: Option[]) => options.map((o) => o.id)
const reversed = (q: Question): Question => {
  switch (q.format) {
    case 'match':
      return { ...q, left: [...q.left].reverse(), right: [...q.right].reverse() }
    case 'order':
      return { ...q, items: [...q.items].reverse() }
    default:
      return { ...q, options: [...q.options].reverse() }
  }
}
function permutations(xs: string[]): string[][] {
  if (xs.length <= 1) return [xs]
  return xs.flatMap((x, i) =>
    permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]),
  )
}
const orderOf = (q: Question) =>
  q.format === 'match'
    ? [ids(q.left), ids(q.right)]
    : [ids(q.format === 'order' ? q.items : q.options)]

describe('questionsForVariant', () => {
  test('gives back every format in the order the variant stored', () => {
    const shown = formats.map((f) => reversed(byFormat(f)))
    const back = questionsForVariant(pool, shown.map(toVariantItem))
    expect(back.map((q) => q.id)).toEqual(shown.map((q) => q.id))
    expect(back.map(orderOf)).toEqual(shown.map(orderOf))
  })

  test('attempts with the same order share one frozen question; other orders do not', () => {
    const q = byFormat('match')
    const item = toVariantItem(reversed(q))
    const [a] = questionsForVariant(pool, [item])
    const [b] = questionsForVariant(pool, [{ ...item }])
    const [c] = questionsForVariant(pool, [toVariantItem(q)])
    expect(a).toBe(b)
    expect(Object.isFrozen(a)).toBe(true)
    expect(c).not.toBe(a)
    expect(orderOf(c as Question)).toEqual(orderOf(q))
    expect(orderOf(a as Question)).toEqual(orderOf(reversed(q)))
  })

  test('past the number of orders a question keeps, every order is still right', () => {
    const single = byFormat('single')
    const six = Array.from({ length: 6 }, (_, i) => ({ id: `o${i}`, text: `Option ${i}` }))
    const wide = [{ ...single, options: six } as Question]
    const orders = permutations(six.map((o) => o.id)) // 720, more than a question keeps
    for (const order of [...orders, ...orders.slice(0, 50)]) {
      const [back] = questionsForVariant(wide, [{ questionId: single.id, optionOrder: order }])
      expect(back && 'options' in back && ids(back.options)).toEqual(order)
    }
  })

  test('orders whose ids hold separators never share a copy', () => {
    const single = byFormat('single')
    const odd = ['a,b', 'c', 'a', 'b,c'].map((id) => ({ id, text: `Option ${id}` }))
    const tricky = [{ ...single, options: odd } as Question]
    for (const order of [
      ['a,b', 'c', 'a', 'b,c'],
      ['a', 'b,c', 'a,b', 'c'],
    ]) {
      const [back] = questionsForVariant(tricky, [{ questionId: single.id, optionOrder: order }])
      expect(back && 'options' in back && ids(back.options)).toEqual(order)
    }
  })

  test('refuses orders that do not match the question, and unknown questions', () => {
    const q = byFormat('single')
    expect(() => questionsForVariant(pool, [{ questionId: q.id, optionOrder: ['nope'] }])).toThrow(
      /does not match/,
    )
    expect(() => questionsForVariant(pool, [{ questionId: 'missing', optionOrder: [] }])).toThrow(
      /not in the module/,
    )
  })

  test('shared questions give the same validation and feedback on every attempt', () => {
    const shown = formats.map((f) => reversed(byFormat(f)))
    const first = questionsForVariant(pool, shown.map(toVariantItem))
    const again = questionsForVariant(pool, shown.map(toVariantItem))
    const answers = { [first[0]?.id ?? '']: { optionId: 'not-an-option' } }
    expect(findSubmissionProblems(again, answers)).toEqual(findSubmissionProblems(first, answers))
    expect(findSubmissionProblems(again, answers)).toHaveLength(1)
    const grade = {
      outcomes: first.map((q) => ({
        questionId: q.id,
        category: q.category,
        credit: 0,
        status: 'unanswered' as const,
      })),
      categories: [],
      score: 0,
      maxScore: first.length,
    }
    const one = buildResult(first, {}, grade, true)
    const two = buildResult(again, {}, grade, true)
    expect(two).toEqual(one)
    // The match question's answer lists pairs in the order this attempt showed them.
    const match = one.feedback[3]
    const shownMatch = shown[3]
    if (shownMatch?.format !== 'match') throw new Error('expected the match question fourth')
    expect(match?.correctAnswer?.startsWith(shownMatch.left[0]?.text ?? '?')).toBe(true)
  })
})
