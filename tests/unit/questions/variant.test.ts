/** Variant drawing: reproducible, balanced, one question per fact, fair option order. */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  drawVariant,
  generateQuestionPool,
  MAX_START_CREDIT,
  orderCredit,
  type Question,
} from '@/lib/questions'
import { articleFiles, docFrom, FIRST, loadArticle } from './load'

const pool = generateQuestionPool(loadArticle(FIRST))
// The spans a question asks about: every span of a match or order question, the first of any
// other (later ones only support it, such as the name a "he added" resolves to).
const spans = (q: Question) =>
  (q.format === 'match' || q.format === 'order' ? q.evidence : q.evidence.slice(0, 1)).map(
    (e) => `${e.sentenceId}:${e.start}-${e.end}`,
  )

describe('drawVariant', () => {
  test('same seed → same variant; different seeds → different option orders', () => {
    const a = drawVariant(pool, { seed: 's1', count: 10 })
    expect(drawVariant(pool, { seed: 's1', count: 10 })).toEqual(a)
    expect(drawVariant(pool, { seed: 's2', count: 10 })).not.toEqual(a)
  })

  test('properties hold for any seed and count', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 20 }), (seed, count) => {
        const v = drawVariant(pool, { seed, count })
        expect(v.length).toBe(count)
        // never two questions on the same fact
        const all = v.flatMap(spans)
        expect(new Set(all).size).toBe(all.length)
        // balanced: category counts differ by at most one while every category has questions left
        // (categories with plenty of questions; a nearly empty one such as place may run out)
        const rich = ['actor', 'date', 'position', 'place'].filter(
          (c) => pool.questions.filter((q) => q.category === c).length >= 8,
        )
        const counts = rich.map((c) => v.filter((q) => q.category === c).length)
        if (count <= 12) expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1)
        for (const q of v) {
          if (q.format === 'order' && q.key.format === 'order')
            expect(q.items.map((i) => i.id)).not.toEqual(q.key.order)
          expect(pool.questions.some((p) => p.id === q.id)).toBe(true)
        }
      }),
      { numRuns: 200 },
    )
  })

  test('every format the pool offers appears in a large enough variant', () => {
    const v = drawVariant(pool, { seed: 'formats', count: 15 })
    expect(new Set(v.map((q) => q.format))).toEqual(new Set(pool.questions.map((q) => q.format)))
  })

  test('category and format filters are respected', () => {
    const v = drawVariant(pool, { seed: 'x', count: 5, categories: ['date'], formats: ['single'] })
    expect(v.length).toBe(5)
    for (const q of v) expect([q.category, q.format]).toEqual(['date', 'single'])
  })

  test('the correct option position is uniform across seeds (single and cloze)', () => {
    const positions = [0, 0, 0, 0]
    for (let i = 0; i < 400; i++) {
      for (const q of drawVariant(pool, {
        seed: `seed-${i}`,
        count: 8,
        formats: ['single', 'cloze'],
      })) {
        if (q.format !== 'single' && q.format !== 'cloze') continue
        const key = q.key
        if (key.format !== 'single' && key.format !== 'cloze') continue
        const at = q.options.findIndex((o) => o.id === key.optionId)
        positions[at] = (positions[at] ?? 0) + 1
      }
    }
    const total = positions.reduce((a, b) => a + b, 0)
    const chi = positions.reduce((s, n) => s + (n - total / 4) ** 2 / (total / 4), 0)
    expect(chi).toBeLessThan(16.27) // χ², 3 degrees of freedom, p = 0.001
  })

  test('the pool itself does not always put the answer first or last', () => {
    const at = pool.questions.flatMap((q) =>
      q.format === 'single' && q.key.format === 'single'
        ? [q.options.findIndex((o) => o.id === (q.key as { optionId: string }).optionId)]
        : [],
    )
    expect(new Set(at).size).toBeGreaterThan(2)
  })
})

describe('determinism and stable ids', () => {
  test.each(articleFiles())('%s: same article → same pool and ids', (file) => {
    expect(generateQuestionPool(loadArticle(file))).toEqual(generateQuestionPool(loadArticle(file)))
  })

  test('ids are content-derived: editing an unrelated last paragraph keeps the other ids', async () => {
    const { readFileSync } = await import('node:fs')
    const { parseArticle } = await import('@/lib/content')
    const src = readFileSync(FIRST, 'utf8')
    const edited = parseArticle(`${src}\nThe weather in the region was mild.\n`, 'edited')
    const before = new Set(pool.questions.map((q) => q.id))
    const after = generateQuestionPool(edited).questions.map((q) => q.id)
    const kept = after.filter((id) => before.has(id)).length
    expect(kept / before.size).toBeGreaterThan(0.9)
  })

  test('option ids do not reveal the correct option', () => {
    for (const q of pool.questions) {
      if (q.format !== 'single') continue
      const ids = q.options.map((o) => o.id)
      expect(new Set(ids.map((id) => id.length)).size).toBe(1)
      expect(ids.every((id) => /^[A-Za-z0-9_-]{12}$/.test(id))).toBe(true)
    }
  })
})

test('two statements by one speaker are two facts: a supporting name span does not merge them', () => {
  const doc = docFrom(
    'Council treasurer Samuel Brandt warned that the project would stretch the budget.\n\n“We are paying for this with money we had set aside for the new library,” Brandt said. He added that the council would apply for a national grant in May.\n\nMayor Ana Ruiz said the wall would be finished by October. Engineer Tom Hale said the work was urgent. Resident Lena Ward said the town had waited too long.',
    '2025-03-12',
  )
  const pool = generateQuestionPool(doc)
  const singles = pool.questions.filter((q) => q.format === 'single')
  const said = singles.find((q) => q.prompt.startsWith('Who said: ‘We are paying'))
  const added = singles.find((q) => q.prompt.startsWith('Who added that the council'))
  expect(said && added).toBeTruthy()
  const v = drawVariant(pool, { seed: 's', count: pool.questions.length, formats: ['single'] })
  expect(v.map((q) => q.id)).toEqual(expect.arrayContaining([said?.id, added?.id]))
})

describe('fair retakes and fair starts (issue 13, items 2 and 3)', () => {
  test('an order question starts in an order worth at most a third of its credit, not reversed', () => {
    const orders = pool.questions.filter((q) => q.format === 'order')
    expect(orders.length).toBeGreaterThan(0)
    for (let s = 0; s < 60; s++) {
      for (const q of drawVariant(pool, { seed: `o${s}`, count: 20, formats: ['order'] })) {
        if (q.format !== 'order' || q.key.format !== 'order') continue
        const start = q.items.map((i) => i.id)
        expect(orderCredit(q.key.order, start)).toBeLessThanOrEqual(MAX_START_CREDIT + 1e-9)
        expect(start).not.toEqual([...q.key.order].reverse())
      }
    }
  })

  test('a retake draws questions the learner has not seen while unseen ones are left', () => {
    for (let s = 0; s < 20; s++) {
      const first = drawVariant(pool, { seed: `a${s}`, count: 10 })
      const seen = first.map((q) => q.id)
      const second = drawVariant(pool, { seed: `b${s}`, count: 10, seen })
      const repeated = second.filter((q) => seen.includes(q.id))
      const unseenLeft = pool.questions.length - seen.length
      expect(repeated.length).toBe(Math.max(0, 10 - unseenLeft))
      // and wholly fresh facts come before a new wording of a seen fact
      const seenSpans = new Set(first.flatMap(spans))
      const fresh = pool.questions.filter(
        (q) => !seen.includes(q.id) && spans(q).every((x) => !seenSpans.has(x)),
      )
      if (fresh.length >= 10)
        expect(second.filter((q) => spans(q).some((x) => seenSpans.has(x)))).toEqual([])
    }
  })

  test('a pool too small for a fresh retake repeats only what it must', () => {
    const small = { ...pool, questions: pool.questions.slice(0, 12) }
    const first = drawVariant(small, { seed: 'x', count: 8 })
    const second = drawVariant(small, { seed: 'y', count: 8, seen: first.map((q) => q.id) })
    const repeated = second.filter((q) => first.some((f) => f.id === q.id)).length
    expect(repeated).toBeLessThanOrEqual(8 - (12 - 8))
  })
})
