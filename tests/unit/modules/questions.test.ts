import { describe, expect, test } from 'vitest'
import { ModuleInputError } from '@/lib/modules/errors'
import {
  applyQuestionEdit,
  correctSlot,
  matchPairs,
  orderedItems,
  pickReplacement,
  selectDraftQuestions,
} from '@/lib/modules/questions'
import { MAX_OPTIONS, type QuestionEdit } from '@/lib/modules/schemas'
import { checkPool, generateQuestionPool, toPublicQuestion } from '@/lib/questions'
import type { Format, Question } from '@/lib/questions/types'
import { findArticle, loadArticle } from '../questions/load'

const doc = loadArticle(findArticle('coalition-budget-clash'))
const pool = generateQuestionPool(doc).questions

function first<F extends Format>(format: F): Extract<Question, { format: F }> {
  const q = pool.find((x) => x.format === format)
  if (!q) throw new Error(`no ${format} question in the fixture`)
  return q as Extract<Question, { format: F }>
}

const pad = (texts: string[]) => Array.from({ length: MAX_OPTIONS }, (_, i) => texts[i] ?? '')

/** The edit the form would send for `q` unchanged. */
function formOf(q: Question): QuestionEdit {
  return {
    prompt: q.prompt,
    statement: q.format === 'true-false' ? q.statement : '',
    before: q.format === 'cloze' ? q.before : '',
    after: q.format === 'cloze' ? q.after : '',
    explanation: q.explanation,
    correct: correctSlot(q),
    options: pad('options' in q ? q.options.map((o) => o.text) : []),
    left: pad(matchPairs(q).map(([l]) => l)),
    right: pad(matchPairs(q).map(([, r]) => r)),
    items: pad(orderedItems(q)),
  }
}

function fieldErrors(run: () => unknown): Record<string, string> {
  try {
    run()
  } catch (err) {
    if (err instanceof ModuleInputError) return err.fieldErrors
    throw err
  }
  throw new Error('expected a ModuleInputError')
}

const answerOf = (q: Question) =>
  'options' in q && 'optionId' in q.key
    ? q.options.find((o) => o.id === (q.key as { optionId: string }).optionId)?.text
    : undefined

describe('applyQuestionEdit', () => {
  test.each(['single', 'true-false', 'cloze', 'match', 'order'] as const)(
    'an unchanged %s question keeps its id, option ids and key',
    (format) => {
      const q = first(format)
      expect(applyQuestionEdit(q, formOf(q))).toEqual(q)
    },
  )

  test('editing a prompt re-derives the question and option ids, stably', () => {
    const q = first('single')
    const edit = { ...formOf(q), prompt: 'Who leads the coalition, according to the article?' }
    const a = applyQuestionEdit(q, edit)
    const b = applyQuestionEdit(q, edit)
    expect(a.id).not.toBe(q.id)
    expect(b).toEqual(a)
    expect(a.prompt).toBe(edit.prompt)
    expect(answerOf(a)).toBe(answerOf(q))
    // Option ids come from the question id and the text, never from which one is correct.
    expect(
      a.format === 'single' && a.options.every((o) => !q.options.some((p) => p.id === o.id)),
    ).toBe(true)
    expect(() => toPublicQuestion(a)).not.toThrow()
  })

  test('choosing another correct option moves the key to that option', () => {
    const q = first('single')
    const edit = formOf(q)
    const other = edit.correct === 1 ? 2 : 1
    const edited = applyQuestionEdit(q, { ...edit, correct: other })
    expect(answerOf(edited)).toBe(edit.options[other - 1])
  })

  test('option texts can change, be dropped (blank) and added, up to six', () => {
    const q = first('single')
    const edit = formOf(q)
    const correct = edit.correct
    const options = pad(['Alpha', 'Beta', 'Gamma'])
    const edited = applyQuestionEdit(q, { ...edit, options, correct: 2 })
    expect(edited.format === 'single' && edited.options.map((o) => o.text).sort()).toEqual([
      'Alpha',
      'Beta',
      'Gamma',
    ])
    expect(answerOf(edited)).toBe('Beta')
    expect(correct).toBeGreaterThan(0)
  })

  test('rejects a missing correct answer, repeated, too few and empty options', () => {
    const q = first('single')
    const edit = formOf(q)
    expect(fieldErrors(() => applyQuestionEdit(q, { ...edit, correct: 0 }))).toHaveProperty(
      'correct',
      'Choose the correct option',
    )
    expect(
      fieldErrors(() =>
        applyQuestionEdit(q, { ...edit, options: pad(['Same', ' same ', 'Other']), correct: 1 }),
      ),
    ).toEqual({ option2: 'This option repeats another one' })
    expect(
      fieldErrors(() => applyQuestionEdit(q, { ...edit, options: pad(['Only']), correct: 1 })),
    ).toHaveProperty('option1')
    expect(
      fieldErrors(() =>
        applyQuestionEdit(q, { ...edit, options: pad(['A', '', 'C']), correct: 2 }),
      ),
    ).toEqual({ correct: 'The correct option is empty' })
    expect(fieldErrors(() => applyQuestionEdit(q, { ...edit, prompt: '   ' }))).toHaveProperty(
      'prompt',
    )
  })

  test('true/false: the statement and its truth can change; the options stay True and False', () => {
    const q = first('true-false')
    const edit = formOf(q)
    const flipped = applyQuestionEdit(q, { ...edit, correct: edit.correct === 1 ? 2 : 1 })
    expect(flipped.format).toBe('true-false')
    expect(flipped.format === 'true-false' && flipped.options.map((o) => o.text)).toEqual([
      'True',
      'False',
    ])
    expect(answerOf(flipped)).toBe(edit.correct === 1 ? 'False' : 'True')
    expect(fieldErrors(() => applyQuestionEdit(q, { ...edit, statement: '' }))).toHaveProperty(
      'statement',
    )
  })

  test('cloze keeps its accepted spellings while the answer is unchanged, and drops them if it changes', () => {
    const q = first('cloze')
    const edit = formOf(q)
    const same = applyQuestionEdit(q, { ...edit, prompt: `${q.prompt} ` })
    expect(same.key).toEqual(q.key)
    const options = [...edit.options]
    options[edit.correct - 1] = 'A completely new answer'
    const changed = applyQuestionEdit(q, { ...edit, options })
    expect(changed.key.format === 'cloze' && changed.key.accepted).toEqual([
      'A completely new answer',
    ])
  })

  test('match and order: texts are editable, pairs and order follow their positions', () => {
    const m = first('match')
    const me = formOf(m)
    const left = [...me.left]
    left[0] = 'Renamed person'
    const editedMatch = applyQuestionEdit(m, { ...me, left })
    expect(matchPairs(editedMatch).find(([l]) => l === 'Renamed person')).toEqual([
      'Renamed person',
      me.right[0],
    ])
    expect(matchPairs(editedMatch)).toHaveLength(m.left.length)
    expect(editedMatch.id).not.toBe(m.id)
    expect(fieldErrors(() => applyQuestionEdit(m, { ...me, right: pad([]) }))).toHaveProperty(
      'right1',
    )

    const o = first('order')
    const oe = formOf(o)
    const items = [...oe.items]
    items[1] = 'A renamed event'
    const editedOrder = applyQuestionEdit(o, { ...oe, items })
    expect(orderedItems(editedOrder)[1]).toBe('A renamed event')
    const dup = [...oe.items]
    dup[1] = dup[0] ?? ''
    expect(fieldErrors(() => applyQuestionEdit(o, { ...oe, items: dup }))).toEqual({
      item2: 'This repeats another entry',
    })
  })
})

describe('selectDraftQuestions and pickReplacement', () => {
  test('the first draft is capped, balanced across categories and in pool order', () => {
    const draft = selectDraftQuestions(pool, 8)
    expect(draft).toHaveLength(8)
    const categories = new Set(pool.map((q) => q.category))
    for (const c of categories) expect(draft.some((q) => q.category === c)).toBe(true)
    const positions = draft.map((q) => pool.indexOf(q))
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
    expect(selectDraftQuestions(pool.slice(0, 3), 8)).toEqual(pool.slice(0, 3))
  })

  test('replacement: best unused question of the same category, never one dismissed or already asked', () => {
    const draft = selectDraftQuestions(pool, 8)
    const target = draft[0] as Question
    const pick = pickReplacement(draft, [], pool, target)
    expect(pick).not.toBeNull()
    expect(draft.map((q) => q.id)).not.toContain(pick?.id)
    const sameCategoryLeft = pool.some((q) => q.category === target.category && !draft.includes(q))
    if (sameCategoryLeft) expect(pick?.category).toBe(target.category)
    // Dismissing it makes the next one come up.
    const next = pickReplacement(draft, [pick?.id ?? ''], pool, target)
    expect(next?.id).not.toBe(pick?.id)
  })

  test('falls back to another category, then to nothing', () => {
    const target = pool[0] as Question
    const others = pool.filter((q) => q.category !== target.category)
    const onlyOthers = pickReplacement([target], [], others, target)
    expect(onlyOthers?.category).not.toBe(target.category)
    expect(pickReplacement(pool, [], pool, target)).toBeNull()
    expect(
      pickReplacement(
        [target],
        pool.map((q) => q.id),
        pool,
        target,
      ),
    ).toBeNull()
  })

  test('a replacement never asks a fact another draft question already asks the same way', () => {
    const draft = selectDraftQuestions(pool, 8)
    const target = draft[0] as Question
    const pick = pickReplacement(draft, [], pool, target)
    if (!pick) return
    const next = draft.map((q) => (q === target ? pick : q))
    const duplicates = checkPool(doc, { articleHash: doc.hash, questions: next }).filter(
      (i) => i.code === 'duplicate',
    )
    const before = checkPool(doc, { articleHash: doc.hash, questions: draft }).filter(
      (i) => i.code === 'duplicate',
    )
    expect(duplicates.length).toBeLessThanOrEqual(before.length)
  })
})
