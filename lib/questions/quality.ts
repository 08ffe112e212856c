/**
 * The quality checks, as code: answer supported by its evidence, no fact asked twice in
 * one format, no distractor equal to or containing the answer (or an alias), whole
 * grammatical stems, no evidence outside body text, and no longest-option giveaway.
 */
import type { ArticleDoc } from '@/lib/content'
import { articleWordSet, explanationProblems, properWordSet, stemProblems } from './check/stems'
import { optionsClash } from './distractors'
import { findDates, formatDate } from './extract/dates'
import { toPublicQuestion } from './public'
import { foldQuotes, normaliseName } from './text'
import type { Question, QuestionPool } from './types'
import { publicQuestionSchema } from './types'

export type QualityIssue = { questionId: string; code: string; message: string }

function correctText(q: Question): string | null {
  if (q.key.format === 'single' || q.key.format === 'cloze' || q.key.format === 'true-false') {
    const id = q.key.optionId
    const opts =
      q.format === 'single' || q.format === 'cloze' || q.format === 'true-false' ? q.options : []
    return opts.find((o) => o.id === id)?.text ?? null
  }
  return null
}

function supported(doc: ArticleDoc, q: Question, sentences: Map<string, string>): boolean {
  const answer = correctText(q)
  if (!answer || q.format === 'true-false') return true
  const texts = q.evidence.map((e) => sentences.get(e.sentenceId) ?? '')
  if (q.category === 'date') {
    return texts.some((t) =>
      findDates(foldQuotes(t), doc.meta.publishedAt).some((d) => formatDate(d.resolved) === answer),
    )
  }
  const hay = normaliseName(texts.join(' '))
  const words = normaliseName(answer)
    .split(' ')
    .filter((w) => w.length > 2)
  return (
    words.length > 0 && words.filter((w) => hay.includes(w)).length >= Math.ceil(words.length * 0.5)
  )
}

/** Runs every check on a pool; an empty list means all green. */
export function checkPool(doc: ArticleDoc, pool: QuestionPool): QualityIssue[] {
  const issues: QualityIssue[] = []
  const add = (q: Question, code: string, message: string) =>
    issues.push({ questionId: q.id, code, message })
  const sentences = new Map(
    doc.paragraphs.flatMap((p) => p.sentences.map((s) => [s.id, s.text] as const)),
  )
  const articleWords = articleWordSet([...sentences.values(), doc.meta.title])
  const article = {
    sentences: [...sentences.values()],
    properWords: properWordSet([...sentences.values()], [doc.meta.title]),
  }
  const seen = new Map<string, string>()
  let longest = 0
  let choice = 0
  let chance = 0
  for (const q of pool.questions) {
    if (!publicQuestionSchema.safeParse(toPublicQuestion(q)).success)
      add(q, 'schema', 'public shape is invalid')
    q.evidence.forEach((e, i) => {
      const t = sentences.get(e.sentenceId)
      if (t === undefined)
        add(
          q,
          'evidence',
          `evidence ${e.sentenceId} is not a body sentence (caption, credit or heading?)`,
        )
      else if (e.start < 0 || e.end > t.length || e.end <= e.start)
        add(q, 'evidence', `span ${e.start}-${e.end} is outside ${e.sentenceId}`)
      // The first evidence item is the fact itself; later ones only name who holds it.
      const factKey = `${q.format}|${e.sentenceId}:${e.start}-${e.end}`
      if (i > 0 || q.format === 'match' || q.format === 'order') return
      if (seen.has(factKey))
        add(q, 'duplicate', `asks the same fact as ${seen.get(factKey)} in the same format`)
      seen.set(factKey, q.id)
    })
    if (!supported(doc, q, sentences))
      add(q, 'unsupported', `answer “${correctText(q)}” is not in the evidence`)
    for (const p of stemProblems(q, articleWords, article)) add(q, 'stem', p)
    for (const p of explanationProblems(q)) add(q, 'explanation', p)
    if (q.format === 'single' || q.format === 'cloze') {
      const answer = correctText(q) ?? ''
      const keyId = 'optionId' in q.key ? q.key.optionId : ''
      const others = q.options.filter((o) => o.id !== keyId)
      for (const o of others)
        if (optionsClash(o.text, answer))
          add(q, 'distractor', `distractor “${o.text}” clashes with the answer`)
      for (const a of others)
        for (const b of others)
          if (a !== b && optionsClash(a.text, b.text))
            add(q, 'contains', `“${a.text}” and “${b.text}” overlap`)
      if (q.key.format === 'cloze')
        for (const o of others)
          if (q.key.accepted.some((x) => optionsClash(x, o.text)))
            add(q, 'distractor', `distractor “${o.text}” is an accepted answer`)
      const max = Math.max(...q.options.map((o) => o.text.length))
      choice += 1
      chance += 1 / q.options.length
      if (answer.length === max && q.options.filter((o) => o.text.length === max).length === 1)
        longest += 1
    }
  }
  if (choice >= 4 && longest > chance * 1.5 + 1) {
    issues.push({
      questionId: '*',
      code: 'length-giveaway',
      message: `the correct option is the longest in ${longest} of ${choice} questions (chance ≈ ${chance.toFixed(1)})`,
    })
  }
  return issues
}
