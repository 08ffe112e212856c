import { describe, expect, test } from 'vitest'
import { printedAnswer, worksheetQuestions } from '@/lib/assignments/print'
import { getArticle } from '@/lib/content/repository'
import { generateQuestionPool } from '@/lib/questions'

const doc = getArticle('biden-al-kadhimi-rocket-attacks')
if (!doc) throw new Error('fixture article missing')
const pool = generateQuestionPool(doc)
const settings = {
  questionCount: 8,
  categories: ['actor', 'date', 'position'] as const,
  formats: ['single', 'true-false', 'cloze', 'match', 'order'] as const,
}

describe('printed worksheet', () => {
  const s = { ...settings, categories: [...settings.categories], formats: [...settings.formats] }

  test('the same assignment always prints the same questions in the same order', () => {
    const a = worksheetQuestions('assignment-one', s, pool)
    const b = worksheetQuestions('assignment-one', s, pool)
    expect(a).toEqual(b)
    expect(a).toHaveLength(8)
    const other = worksheetQuestions('assignment-two', s, pool)
    expect(other.map((q) => q.id)).not.toEqual(a.map((q) => q.id))
  })

  test('the printed questions follow the settings', () => {
    const only = worksheetQuestions(
      'x',
      {
        questionCount: 5,
        categories: ['date'],
        formats: ['single', 'cloze', 'true-false', 'order', 'match'],
      },
      pool,
    )
    expect(only.length).toBeGreaterThan(0)
    for (const q of only) expect(q.category).toBe('date')
  })

  test('answers are given in the worksheet letters', () => {
    for (const q of worksheetQuestions('assignment-one', s, pool)) {
      const lines = printedAnswer(q)
      expect(lines.length).toBeGreaterThan(0)
      if (q.format === 'single' || q.format === 'cloze' || q.format === 'true-false') {
        const key = q.key as { optionId: string }
        const i = q.options.findIndex((o) => o.id === key.optionId)
        expect(lines[0]).toBe(`${String.fromCharCode(65 + i)} (${q.options[i]?.text})`)
      }
      if (q.format === 'order') expect(lines).toHaveLength(q.items.length)
      if (q.format === 'match') expect(lines).toHaveLength(q.left.length)
    }
  })
})
