/** Feedback after submitting: one entry per outcome, the key revealed only when allowed. */
import { describe, expect, test } from 'vitest'
import { type Answer, gradeSubmission } from '@/lib/grading'
import { generateQuestionPool } from '@/lib/questions'
import type { Question } from '@/lib/questions/types'
import { buildResult, describeAnswer, describeCorrectAnswer } from '@/lib/quiz/feedback'
import { findArticle, loadArticle } from '../questions/load'

const pool = generateQuestionPool(loadArticle(findArticle('coalition-budget-clash'))).questions
const byFormat = (format: Question['format']) => {
  const q = pool.find((x) => x.format === format)
  if (!q) throw new Error(`no ${format} question in the fixture pool`)
  return q
}
const questions = (['single', 'true-false', 'cloze', 'match', 'order'] as const).map(byFormat)

function correct(q: Question): Answer {
  const key = q.key
  if (key.format === 'match') return { pairs: { ...key.pairs } }
  if (key.format === 'order') return { order: [...key.order] }
  return { optionId: key.optionId }
}

describe('buildResult', () => {
  const answers = Object.fromEntries(questions.slice(1).map((q) => [q.id, correct(q)]))
  const grade = gradeSubmission(questions, answers)

  test('reveals the answer, explanation and evidence sentences when allowed', () => {
    const result = buildResult(questions, answers, grade, true)
    expect(result.revealed).toBe(true)
    expect(result.feedback.map((f) => f.questionId)).toEqual(questions.map((q) => q.id))
    expect(result.feedback[0]).toMatchObject({ status: 'unanswered', yourAnswer: null })
    result.feedback.forEach((f, i) => {
      const q = questions[i] as Question
      expect(f.correctAnswer).toBe(describeCorrectAnswer(q))
      expect(f.explanation).toBe(q.explanation)
      expect(f.evidence).toEqual([...new Set(q.evidence.map((e) => e.sentenceId))])
      if (i > 0) expect(f).toMatchObject({ status: 'correct', credit: 1 })
    })
  })

  test('keeps the key back when the assignment does not reveal it', () => {
    for (const f of buildResult(questions, answers, grade, false).feedback) {
      expect(Object.keys(f).sort()).toEqual(['credit', 'questionId', 'status', 'yourAnswer'])
    }
  })

  test('pairs each outcome with its own question, whatever the order', () => {
    const shuffled = { ...grade, outcomes: [...grade.outcomes].reverse() }
    const result = buildResult(questions, answers, shuffled, true)
    for (const f of result.feedback) {
      const q = questions.find((x) => x.id === f.questionId) as Question
      expect(f.explanation).toBe(q.explanation)
      expect(f.yourAnswer).toBe(describeAnswer(q, answers[q.id]))
    }
  })
})

describe('describing answers', () => {
  test('an option answer reads as the option text; a missing one as nothing', () => {
    const q = byFormat('single')
    const key = q.key
    if (q.format !== 'single' || key.format !== 'single') throw new Error('not a single question')
    const chosen = q.options.find((o) => o.id === key.optionId)
    expect(describeAnswer(q, { optionId: key.optionId })).toBe(chosen?.text)
    expect(describeAnswer(q, undefined)).toBeNull()
  })

  test('match and order answers read in the order given, with arrows', () => {
    const match = byFormat('match')
    const text = describeAnswer(match, correct(match)) ?? ''
    expect(text.split('; ')).toHaveLength(match.format === 'match' ? match.left.length : 0)
    expect(text).toContain(' → ')
    expect(describeCorrectAnswer(match)).toBe(text)
    const order = byFormat('order')
    expect(describeAnswer(order, correct(order))).toBe(describeCorrectAnswer(order))
  })
})
