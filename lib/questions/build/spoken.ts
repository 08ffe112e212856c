/**
 * Quotations the token layer attributes (nlp/quotes) and the stance pass did not: asked as
 * "Who said: ‘…’?", or as a statement pair where the article has too few people.
 */
import { pickDistractors } from '../distractors'
import { shortHash } from '../hash'
import type { AnnotatedSentence } from '../nlp/annotate'
import { findQuotes } from '../nlp/quotes'
import { truncateWords } from '../text'
import { statementPair } from './alternatives'
import { type Built, makeSingle } from './common'
import { type BuildContext, explain } from './context'

/**
 * "Who said: ‘…’?" for quotations the token layer attributes and the stance pass did not,
 * with other speakers and people of the article as options; too few people: a statement,
 * true or with another speaker swapped in.
 */
export function buildQuoteQuestions(ctx: BuildContext, sentences: AnnotatedSentence[]): Built[] {
  const quotes = findQuotes(sentences, ctx.entities)
  const stanceSentences = new Set(
    ctx.facts.filter((f) => f.type === 'stance').map((f) => f.evidence.sentenceId),
  )
  const speakers = new Map(quotes.map((q) => [q.speakerKey, q.speakerName]))
  const out: Built[] = []
  for (const q of quotes) {
    if (stanceSentences.has(q.sentenceId)) continue
    const sentence = ctx.sentence(q.sentenceId)
    const quote = truncateWords(q.quote.replace(/“/g, '‘').replace(/”/g, '’'), 25)
    const evidence = { sentenceId: q.sentenceId, start: q.start, end: q.end }
    const base = {
      category: 'actor' as const,
      explanation: explain(ctx, [evidence]),
      evidence: [evidence],
      factIds: [shortHash('quote', q.sentenceId, String(q.start))],
    }
    const people = ctx.entities
      .filter(
        (e) => e.kind === q.speakerKind && e.key !== q.speakerKey && !sentence.includes(e.name),
      )
      // Others the article quotes first, whatever the length of their names.
      .map((e) => ({ text: e.name, key: e.key, rank: speakers.has(e.key) ? 0 : 1 }))
    const picks = pickDistractors(q.speakerName, [], people)
    if (picks.length === 3) {
      out.push(
        makeSingle(
          { ...base, prompt: `Who said: ‘${quote}’?`, quality: 0.8 },
          q.speakerName,
          picks,
        ),
      )
      continue
    }
    const swap = people.find((p) => speakers.has(p.key))
    const statement = (who: string) => `According to the article, ${who} said: ‘${quote}’`
    out.push(
      statementPair(
        { ...base, prompt: 'True or false?', quality: 0.62 },
        statement(q.speakerName),
        swap ? statement(swap.text) : null,
        shortHash(q.sentenceId, String(q.start)).charCodeAt(0) % 2 === 0,
        swap ? ` It was ${q.speakerName}, not ${swap.text}.` : '',
      ),
    )
  }
  return out
}
