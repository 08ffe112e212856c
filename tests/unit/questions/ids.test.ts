/**
 * The answer key must not be recoverable from what a browser sees before submitting. Attacks
 * the ids as an outsider would (hash visible text with each candidate answer and compare), and
 * checks that nothing about the ids or the option order depends on which option is right.
 */
import { describe, expect, test } from 'vitest'
import { drawVariant, generateQuestionPool, type Question, toPublicQuestion } from '@/lib/questions'
import {
  makeCloze,
  makeMatch,
  makeOrder,
  makeSingle,
  makeTrueFalse,
} from '@/lib/questions/build/common'
import { contentQuestionId, withContentIds } from '@/lib/questions/ids'
import { attack } from '../../support/key-attack'
import { articleFiles, loadArticle } from './load'

const pools = articleFiles().map((f) => generateQuestionPool(loadArticle(f)))
const all = pools.flatMap((p) => p.questions)

const keyOf = (q: Question): string =>
  q.key.format === 'order'
    ? q.key.order.join(',')
    : q.key.format === 'match'
      ? Object.entries(q.key.pairs)
          .map(([l, r]) => `${l}>${r}`)
          .sort()
          .join(',')
      : q.key.optionId
const sortedAttack = (s: string | null) => (s?.includes('>') ? s.split(',').sort().join(',') : s)

describe('question ids reveal nothing about the key', () => {
  test('hashing visible text with each candidate answer recovers no key, in any variant', () => {
    let recovered = 0
    let tried = 0
    for (const pool of pools)
      for (const seed of ['a', 'b', 'c']) {
        for (const q of drawVariant(pool, { seed, count: 12 })) {
          tried += 1
          const pub = toPublicQuestion(q)
          if (sortedAttack(attack(pub)) === keyOf(q)) recovered += 1
        }
      }
    expect(tried).toBeGreaterThan(100)
    expect(recovered).toBe(0)
  })

  test('a question built with another option as the key has the same public shape', () => {
    const base = {
      category: 'actor' as const,
      prompt: 'Who is the spokesman?',
      explanation: 'x',
      evidence: [],
      quality: 0.5,
      factIds: [],
    }
    const pub = (q: Question & { factIds?: string[] }) => {
      const { factIds: _f, ...rest } = q
      return toPublicQuestion(rest as Question)
    }
    expect(pub(makeSingle(base, 'Ann', ['Bo', 'Cy']))).toEqual(
      pub(makeSingle(base, 'Cy', ['Ann', 'Bo'])),
    )
    expect(pub(makeCloze(base, 'A ', ' said.', 'Ann', ['Bo', 'Cy'], []))).toEqual(
      pub(makeCloze(base, 'A ', ' said.', 'Bo', ['Cy', 'Ann'], [])),
    )
    expect(pub(makeTrueFalse(base, 'Ann spoke.', true))).toEqual(
      pub(makeTrueFalse(base, 'Ann spoke.', false)),
    )
    const pairs: [string, string][] = [
      ['Ann', 'mayor'],
      ['Bo', 'judge'],
      ['Cy', 'coach'],
    ]
    const swapped: [string, string][] = [
      ['Ann', 'judge'],
      ['Bo', 'coach'],
      ['Cy', 'mayor'],
    ]
    const m1 = pub(makeMatch(base, pairs))
    const m2 = pub(makeMatch(base, swapped))
    expect(m2.id).toBe(m1.id)
    expect(new Set(m2.format === 'match' ? m2.right.map((o) => o.id) : [])).toEqual(
      new Set(m1.format === 'match' ? m1.right.map((o) => o.id) : []),
    )
    const o1 = makeOrder(base, ['first', 'second', 'third'])
    const o2 = makeOrder(base, ['third', 'first', 'second'])
    expect(o2.id).toBe(o1.id)
    expect(new Set(o2.format === 'order' ? o2.items.map((i) => i.id) : [])).toEqual(
      new Set(o1.format === 'order' ? o1.items.map((i) => i.id) : []),
    )
  })

  test('the builders and withContentIds agree, so migrated versions get the ids the generator gives', () => {
    for (const q of all) {
      expect(contentQuestionId(q)).toBe(q.id)
      expect(withContentIds(q).renamed.size).toBe(0)
    }
  })

  test('over many attempts the key sits at every position about equally often', () => {
    const pool = pools[0]
    if (!pool) throw new Error('no pool')
    const position = new Map<number, number>()
    let n = 0
    for (let s = 0; s < 400; s++)
      for (const q of drawVariant(pool, { seed: `s${s}`, count: 10 })) {
        if ((q.format !== 'single' && q.format !== 'cloze') || q.options.length !== 4) continue
        if (!('optionId' in q.key)) continue
        const key = q.key.optionId
        position.set(
          q.options.findIndex((o) => o.id === key),
          (position.get(q.options.findIndex((o) => o.id === key)) ?? 0) + 1,
        )
        n += 1
      }
    expect(n).toBeGreaterThan(400)
    for (let i = 0; i < 4; i++) {
      const share = (position.get(i) ?? 0) / n
      expect(share).toBeGreaterThan(0.25 - 0.06)
      expect(share).toBeLessThan(0.25 + 0.06)
    }
  })

  test('across questions the key has no favourite rank among the option ids', () => {
    const rank = new Map<number, number>()
    let n = 0
    for (const q of all) {
      if ((q.format !== 'single' && q.format !== 'cloze') || !('optionId' in q.key)) continue
      const r = q.options
        .map((o) => o.id)
        .sort()
        .indexOf(q.key.optionId)
      rank.set(r, (rank.get(r) ?? 0) + 1)
      n += 1
      // ids of the options are one per text and never tell the key's text apart
      expect(new Set(q.options.map((o) => o.id)).size).toBe(q.options.length)
    }
    expect(n).toBeGreaterThan(50)
    const expected = n / 4
    const chi = [0, 1, 2, 3].reduce(
      (x, i) => x + ((rank.get(i) ?? 0) - expected) ** 2 / expected,
      0,
    )
    // χ² with 3 degrees of freedom: 16.3 is p = 0.001
    expect(chi).toBeLessThan(16.3)
  })

  test('true/false: options and ids are the same whatever the truth', () => {
    for (const q of all.filter((x) => x.format === 'true-false')) {
      if (q.format !== 'true-false') continue
      expect(q.options.map((o) => o.text)).toEqual(['True', 'False'])
      expect(contentQuestionId(q)).toBe(q.id)
    }
  })
})
