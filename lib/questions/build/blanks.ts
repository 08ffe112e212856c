/**
 * Blanks on the token layer: numbers the article states (distractors of the same kind,
 * form and scale, on both sides of the key) and dates as written that no "when" stem asks.
 */
import type { DateFact, NumberFact } from '../facts'
import { shortHash } from '../hash'
import type { AnnotatedSentence } from '../nlp/annotate'
import { findDateBlanks } from '../nlp/date-blanks'
import { type NumberDraft, numberDistractors } from '../nlp/numbers'
import { findPhrase } from '../text'
import { type Built, makeCloze } from './common'
import { type BuildContext, explain } from './context'

export function buildNumberQuestions(ctx: BuildContext): Built[] {
  const numbers = ctx.facts.filter((f): f is NumberFact => f.type === 'number')
  const out: Built[] = []
  for (const f of numbers) {
    // "At least 107 killed in Mecca crane collapse": the headline shown above gives it away.
    if (findPhrase(ctx.doc.meta.title, f.text) >= 0) continue
    const sentence = ctx.sentence(f.evidence.sentenceId)
    const picks = numberDistractors(f as NumberDraft, numbers, sentence)
    if (picks.length < 3) continue
    out.push(
      makeCloze(
        {
          category: 'number',
          prompt: 'Complete the sentence from the article.',
          explanation: explain(ctx, [f.evidence]),
          evidence: [f.evidence],
          quality: f.kind === 'count' ? 0.68 : 0.72,
          factIds: [f.id],
        },
        sentence.slice(0, f.evidence.start),
        sentence.slice(f.evidence.end),
        f.text,
        picks,
        [],
      ),
    )
  }
  return out
}

/** Dates the "when" stems could not ask, blanked in their sentence (see nlp/date-blanks). */
export function buildDateBlankQuestions(
  ctx: BuildContext,
  sentences: AnnotatedSentence[],
): Built[] {
  const dated = ctx.facts.filter((f): f is DateFact => f.type === 'date')
  const out: Built[] = []
  for (const b of findDateBlanks(sentences, ctx.doc.meta.publishedAt)) {
    const fact = dated.find(
      (d) =>
        d.evidence.sentenceId === b.sentenceId &&
        d.evidence.start < b.end &&
        d.evidence.end > b.start,
    )
    if (fact?.stem) continue
    const sentence = ctx.sentence(b.sentenceId)
    const evidence = { sentenceId: b.sentenceId, start: b.start, end: b.end }
    out.push(
      makeCloze(
        {
          category: 'date',
          prompt: 'Complete the sentence from the article.',
          explanation: explain(ctx, [evidence]),
          evidence: [evidence],
          quality: 0.64,
          factIds: [fact?.id ?? shortHash('date-blank', b.sentenceId, String(b.start))],
        },
        sentence.slice(0, b.start),
        sentence.slice(b.end),
        b.text,
        b.distractors,
        [],
      ),
    )
  }
  return out
}
