/**
 * A sentence about a named actor that no other question asks, as a true/false statement:
 * true as written, or made false by denying its main verb ("MST receives help from the
 * government" stays; "The talks were held in secret" → "The talks were not held in secret").
 * Only plain affirmative clauses qualify: no negation, quotation, hedge or pronoun opening,
 * and the first verb is a form of "be" or a modal, so one "not" denies the whole claim.
 */
import { shortHash } from '../hash'
import type { AnnotatedSentence } from '../nlp/annotate'
import { balancedPair, type TruthBalance } from './alternatives'
import type { Built } from './common'
import { type BuildContext, explain } from './context'

const DENIABLE = new Set(
  'is are was were will would can could should may might must has have had'.split(' '),
)
const NEGATIVE =
  /\b(?:no|not|never|nothing|none|nobody|neither|nor|without|cannot|hardly|barely|n't|deny|denied|denies|refused?|failed)\b|n['’]t\b/i
const HEDGE =
  /\b(?:allegedly|reportedly|may|might|could|possibly|perhaps|likely|unlikely|if|whether|unless)\b/i
const POINTER =
  /^(?:he|she|it|they|we|i|you|this|that|these|those|his|her|its|their|our|there|such|however|but|and|also)\b/i

/** Where "not" goes: after the clause's first verb when that is a form of "be" or a modal. */
function denialAt(s: AnnotatedSentence): number | null {
  for (let i = 1; i < Math.min(s.tokens.length, 12); i++) {
    const t = s.tokens[i]
    if (!t) return null
    if (t.pos === 'PUNCT' && t.text !== '-') return null // an aside or a second clause first
    if (t.pos === 'VERB') return null // the main verb is a full verb: "not" would need do-support
    if (/^(?:that|which|who|whom|whose|where|when)$/.test(t.lower)) return null // a clause inside
    if (t.pos !== 'AUX' || !DENIABLE.has(t.lower)) continue
    // "has been", "had taken": have as an auxiliary only; "has two children" is a full verb.
    if (/^ha(?:s|ve|d)$/.test(t.lower) && !/^(?:AUX|VERB)$/.test(s.tokens[i + 1]?.pos ?? ''))
      return null
    return t.end
  }
  return null
}

export function negationStatement(
  ctx: BuildContext,
  s: AnnotatedSentence,
  balance: TruthBalance,
): Built | null {
  const text = s.ref.text
  if (s.tokens.length < 6 || s.tokens.length > 28 || !/[^.]\.$/.test(text)) return null
  if (/["“”‘’]/.test(text.replace(/\b[’']s\b|\w[’']\w/g, '')) || POINTER.test(text)) return null
  if (NEGATIVE.test(text) || HEDGE.test(text)) return null
  const at = denialAt(s)
  if (at === null) return null
  const evidence = { sentenceId: s.ref.id, start: 0, end: text.length - 1 }
  return balancedPair(
    {
      category: 'actor',
      prompt: 'True or false?',
      explanation: explain(ctx, [evidence]),
      evidence: [evidence],
      quality: 0.52,
      factIds: [shortHash('gap-denial', s.ref.id)],
    },
    text,
    `${text.slice(0, at)} not${text.slice(at)}`,
    balance,
  )
}
