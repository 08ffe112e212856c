/**
 * A teacher-written question in any of the generator's five formats: built with the
 * generator's own builders (so its ids hash only what students see, never the key), its
 * evidence found in the article, and ranked first (the teacher chose to ask it). Pure.
 */
import type { ArticleDoc } from '@/lib/content'
import {
  makeCloze,
  makeMatch,
  makeOrder,
  makeSingle,
  makeTrueFalse,
  quoteEvidence,
} from '@/lib/questions/build/common'
import type { Evidence, Question } from '@/lib/questions/types'
import { ModuleInputError } from './errors'
import type { NewQuestion } from './new-question'
import { findEvidence, strip } from './questions'

const sentencesOf = (doc: ArticleDoc) => doc.paragraphs.flatMap((p) => p.sentences)

/** "The article says: “…”" for the first evidence sentence, or `fallback` without one. */
function explainFrom(doc: ArticleDoc, evidence: Evidence[], fallback: string): string {
  const first = evidence[0]
  const sentence = first && sentencesOf(doc).find((s) => s.id === first.sentenceId)
  return sentence && first
    ? `The article says: “${quoteEvidence(sentence.text, first.start, first.end)}”`
    : fallback
}

/**
 * Every distinct evidence sentence quoted, then `summary` — as the generator explains its
 * match and order questions; the summary alone without evidence.
 */
function explainAll(doc: ArticleDoc, evidence: Evidence[], summary: string): string {
  const sentences = sentencesOf(doc)
  const quotes = [...new Set(evidence.map((e) => e.sentenceId))].flatMap((id) => {
    const e = evidence.find((x) => x.sentenceId === id)
    const text = sentences.find((s) => s.id === id)?.text
    return e && text ? [`“${quoteEvidence(text, e.start, e.end)}”`] : []
  })
  return quotes.length > 0
    ? `The article says: ${quotes.join(' It also says: ')} ${summary}`
    : summary
}

/** The gap inside the article's own sentence when the teacher copied it, else the answer anywhere. */
function clozeEvidence(doc: ArticleDoc, before: string, answer: string): Evidence[] {
  const needle = `${before}${answer}`.trimStart().toLowerCase()
  for (const s of sentencesOf(doc)) {
    const at = s.text.toLowerCase().indexOf(needle)
    if (at >= 0) {
      const start = at + needle.length - answer.length
      return [{ sentenceId: s.id, start, end: start + answer.length }]
    }
  }
  return findEvidence(doc, answer)
}

/** A sentence naming both sides of a pair (the right side's span), else either side alone. */
function pairEvidence(doc: ArticleDoc, left: string, right: string): Evidence[] {
  const [l, r] = [left.toLowerCase(), right.toLowerCase()]
  for (const s of sentencesOf(doc)) {
    const text = s.text.toLowerCase()
    const at = text.indexOf(r)
    if (at >= 0 && text.includes(l)) return [{ sentenceId: s.id, start: at, end: at + r.length }]
  }
  const found = findEvidence(doc, right)
  return found.length > 0 ? found : findEvidence(doc, left)
}

/** Words of four letters or more, cut to five so "traded" meets "trade" and "ministers" "minister". */
const stems = (text: string) =>
  new Set((text.toLowerCase().match(/\p{L}[\p{L}\p{N}'’-]{3,}/gu) ?? []).map((w) => w.slice(0, 5)))

/**
 * Evidence for a paraphrase (an event, a statement): the words verbatim if the article has
 * them, else the sentence sharing the most word stems with it (at least two, and half of
 * the text's own) as a whole. None when no sentence is that close.
 */
function closestEvidence(doc: ArticleDoc, text: string): Evidence[] {
  const exact = findEvidence(doc, text)
  if (exact.length > 0) return exact
  const own = stems(text)
  let best: { id: string; length: number; shared: number } | null = null
  for (const s of sentencesOf(doc)) {
    const shared = [...stems(s.text)].filter((w) => own.has(w)).length
    if (shared > (best?.shared ?? 0)) best = { id: s.id, length: s.text.length, shared }
  }
  return best && best.shared >= Math.max(2, own.size / 2)
    ? [{ sentenceId: best.id, start: 0, end: best.length }]
    : []
}

const distinct = (evidence: Evidence[]) =>
  evidence.filter(
    (e, i) =>
      evidence.findIndex(
        (o) => o.sentenceId === e.sentenceId && o.start === e.start && o.end === e.end,
      ) === i,
  )

const NOT_IN_ARTICLE =
  'These words are not in the article. Copy them exactly as the article has them, or leave the box empty.'

export function writeQuestion(doc: ArticleDoc, input: NewQuestion): Question {
  /** The teacher's explanation, or ours when they left it empty. */
  const base = (evidence: Evidence[], ours: () => string) => ({
    category: input.category,
    prompt: input.prompt,
    explanation: input.explanation || ours(),
    evidence,
    quality: 1,
    factIds: [],
  })
  switch (input.format) {
    case 'single': {
      const evidence = findEvidence(doc, input.answer)
      const b = base(evidence, () =>
        explainFrom(doc, evidence, `The correct answer is “${input.answer}”.`),
      )
      return strip(makeSingle(b, input.answer, input.distractors))
    }
    case 'true-false': {
      const evidence = input.proof
        ? findEvidence(doc, input.proof)
        : closestEvidence(doc, input.statement)
      if (input.proof && evidence.length === 0)
        throw new ModuleInputError('Please correct the highlighted fields.', {
          proof: NOT_IN_ARTICLE,
        })
      const truth = `The statement is ${input.truth ? 'true' : 'false'}.`
      const b = base(evidence, () => explainFrom(doc, evidence, truth))
      return strip(makeTrueFalse(b, input.statement, input.truth))
    }
    case 'cloze': {
      const evidence = clozeEvidence(doc, input.before, input.answer)
      const b = base(evidence, () =>
        explainFrom(doc, evidence, `The missing words are “${input.answer}”.`),
      )
      return strip(makeCloze(b, input.before, input.after, input.answer, input.distractors, []))
    }
    case 'match': {
      // One span per pair, as the generator cites them; the explanation lists every pair.
      const evidence = input.pairs.flatMap(([l, r]) => pairEvidence(doc, l, r))
      const summary = input.pairs.map(([l, r]) => `${l}: ${r}`).join('; ')
      const b = base(evidence, () => explainAll(doc, evidence, `The pairs: ${summary}.`))
      return strip(makeMatch(b, input.pairs))
    }
    case 'order': {
      const evidence = distinct(input.items.flatMap((item) => closestEvidence(doc, item)))
      const summary = input.items.map((item, i) => `${i + 1}. ${item}`).join(' ')
      const b = base(evidence, () => explainAll(doc, evidence, `In order: ${summary}`))
      return strip(makeOrder(b, input.items))
    }
  }
}
