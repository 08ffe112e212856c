/** The quality checks run on every article, and each check can fail on a bad pool. */
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { checkPool, generateQuestionPool, type Question, type QuestionPool } from '@/lib/questions'
import { articleFiles, FIRST, loadArticle } from './load'

describe.each(articleFiles().map((f) => [path.basename(f), f]))('%s', (_name, file) => {
  const doc = loadArticle(file)
  const pool = generateQuestionPool(doc)

  test('every quality check is green', () => {
    expect(checkPool(doc, pool)).toEqual([])
  })

  test('the pool is ranked by quality and non-trivial', () => {
    expect(pool.questions.length).toBeGreaterThanOrEqual(5)
    const q = pool.questions.map((x) => x.quality)
    expect(q).toEqual([...q].sort((a, b) => b - a))
  })

  test('no question is about a caption, credit or heading', () => {
    const furniture = doc.blocks.flatMap((b) =>
      b.kind === 'figure' ? [b.caption, b.credit ?? ''] : b.kind === 'heading' ? [b.text] : [],
    )
    const bodyIds = new Set(doc.paragraphs.flatMap((p) => p.sentences.map((s) => s.id)))
    for (const q of pool.questions) {
      for (const e of q.evidence) expect(bodyIds.has(e.sentenceId)).toBe(true)
      for (const f of furniture.filter((x) => x.length > 20)) expect(q.prompt).not.toContain(f)
    }
  })

  test('single and cloze questions have three distractors and no option inside another', () => {
    for (const q of pool.questions) {
      if (q.format !== 'single' && q.format !== 'cloze') continue
      expect(q.options).toHaveLength(4)
      expect(new Set(q.options.map((o) => o.text.toLowerCase())).size).toBe(4)
    }
  })
})

describe('each check catches its failure', () => {
  const doc = loadArticle(FIRST)
  const pool = generateQuestionPool(doc)
  const single = pool.questions.find(
    (q): q is Extract<Question, { format: 'single' }> =>
      q.format === 'single' && q.category === 'actor',
  )
  if (single?.key.format !== 'single')
    throw new Error('fixture needs a single-choice actor question')
  const key = single.key
  const codes = (p: QuestionPool) => checkPool(doc, p).map((i) => i.code)
  const withQ = (q: Question): QuestionPool => ({ ...pool, questions: [q] })

  test('a distractor equal to the answer (an alias) is flagged', () => {
    const answer = single.options.find((o) => o.id === key.optionId)?.text ?? ''
    const options = single.options.map((o) =>
      o.id === key.optionId ? o : { ...o, text: answer.split(' ').at(-1) ?? o.text },
    )
    expect(codes(withQ({ ...single, options }))).toContain('distractor')
  })

  test('an answer missing from the evidence is flagged', () => {
    const options = single.options.map((o) =>
      o.id === key.optionId ? { ...o, text: 'Vladimir Putin' } : o,
    )
    expect(codes(withQ({ ...single, options }))).toContain('unsupported')
  })

  test('a stem cut mid-clause is flagged', () => {
    expect(
      codes(withQ({ ...single, prompt: 'When did the US threaten to close its embassy in the' })),
    ).toContain('stem')
  })

  test('evidence in a caption (not a body sentence) is flagged', () => {
    expect(
      codes(withQ({ ...single, evidence: [{ sentenceId: 'f1', start: 0, end: 5 }] })),
    ).toContain('evidence')
  })

  test('the same fact asked twice in one format is flagged', () => {
    expect(
      codes({
        ...pool,
        questions: [single, { ...single, id: 'other', prompt: `${single.prompt} (again)` }],
      }),
    ).toContain('duplicate')
  })

  test('a systematic longest-option giveaway is flagged', () => {
    const rigged = pool.questions
      .filter((q): q is Extract<Question, { format: 'single' }> => q.format === 'single')
      .map((q) => ({
        ...q,
        options: q.options.map((o) =>
          q.key.format === 'single' && o.id === q.key.optionId
            ? { ...o, text: `${o.text} ${'x'.repeat(40)}` }
            : o,
        ),
      }))
    expect(codes({ ...pool, questions: rigged })).toContain('length-giveaway')
  })
})
