/**
 * A sentence no other question asks, as a true/false statement: true as written, or made
 * false by denying its main verb ("The talks were held in secret" → "The talks were not held
 * in secret"; "The report prompted calls for …" → "The report did not prompt calls for …").
 * Only plain affirmative clauses qualify: no negation, quotation, hedge or pronoun opening, and
 * the first verb follows its subject directly, so one "not" denies the whole claim.
 */
import { resolveSubject } from '../extract/speakers'
import { shortHash } from '../hash'
import type { AnnotatedSentence, Token } from '../nlp/annotate'
import { balancedPair, type TruthBalance } from './alternatives'
import type { Built } from './common'
import { type BuildContext, explain } from './context'

const DENIABLE = new Set(
  'is are was were will would can could should may might must has have had'.split(' '),
)
const NEGATIVE =
  /\b(?:no|not|never|nothing|none|nobody|neither|nor|without|cannot|hardly|barely|n't|deny|denied|denies|refused?|failed)\b|n['’]t\b/i
const HEDGE =
  /\b(?:allegedly|reportedly|may|might|could|possibly|perhaps|likely|unlikely|if|whether|unless|however|instead|also|too|meanwhile|still)\b/i
/** "All of the money will not be spent", "Five players were not booked": a quantified or
 * counted subject denied says something else than the opposite. */
const QUANTIFIED =
  /^(?:all|every|each|both|many|most|some|several|few|any|no|more|much|at least|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)\b/i
const POINTER =
  /^(?:he|she|it|they|we|i|you|this|that|these|those|his|her|its|their|our|there|such|however|but|and|also)\b/i

/** Verbs whose past is their present ("put", "cut"): the tense cannot be read off the word. */
const SAME_PAST = new Set(
  'put cut set hit let cost hurt quit read spread shut bet cast burst split shed upset bid'.split(
    ' ',
  ),
)

type Denial = { start: number; end: number; text: string }

/**
 * How to deny the clause: "not" after its first verb when that is a form of "be" or a modal
 * ("were held" → "were not held"), or do-support for a full verb right after its subject
 * ("comes" → "does not come", "prompted" → "did not prompt").
 */
function denialOf(s: AnnotatedSentence): Denial | null {
  const denial = firstVerbDenial(s)
  if (!denial) return null
  // One claim only: no second clause or predicate after the verb ("…, and thousands of fans
  // donned costumes"; "is a demonstration and will carry …"), no adverb it would turn round
  // ("not often", "not quite"), no "not one".
  const after = s.tokens.filter((t) => t.start >= denial.end)
  const next = after[0]
  if (!next || next.pos === 'ADV' || next.lower === 'one') return null
  if (after.some((t) => /^[,;:—–()]$/.test(t.text))) return null
  if (
    after.some(
      (t, i) => t.pos === 'CCONJ' && /^(?:AUX|VERB)$/.test(after[i + 1]?.pos ?? '') && i > 0,
    )
  )
    return null
  return denial
}

function firstVerbDenial(s: AnnotatedSentence): Denial | null {
  for (let i = 1; i < Math.min(s.tokens.length, 12); i++) {
    const t = s.tokens[i]
    if (!t) return null
    if (t.pos === 'PUNCT' && t.text !== '-') return null // an aside or a second clause first
    if (/^(?:that|which|who|whom|whose|where|when)$/.test(t.lower)) return null // a clause inside
    if (t.pos === 'VERB') return fullVerbDenial(s, i)
    if (t.pos !== 'AUX' || !DENIABLE.has(t.lower)) continue
    // "has been", "had taken": have as an auxiliary only; "has two children" is a full verb.
    if (/^ha(?:s|ve|d)$/.test(t.lower) && !/^(?:AUX|VERB)$/.test(s.tokens[i + 1]?.pos ?? ''))
      return null
    // "can" + "not" is written as one word.
    if (t.lower === 'can') return { start: t.start, end: t.end, text: `${t.text}not` }
    return { start: t.end, end: t.end, text: ' not' }
  }
  return null
}

function fullVerbDenial(s: AnnotatedSentence, i: number): Denial | null {
  const t = s.tokens[i]
  if (!t) return null
  const subject = s.tokens.slice(0, i)
  // "He thanked …": a lone personal pronoun is a subject too (the caller names who it is).
  const personal = subject.length === 1 && /^(?:he|she)$/.test(subject[0]?.lower ?? '')
  // Otherwise only a noun phrase before the verb: "Most iodine in food comes …", not
  // "Scientists using …".
  const nounPhrase = (x: Token) =>
    /^(?:DET|ADJ|NOUN|PROPN|NUM|ADP|CCONJ)$/.test(x.pos) || /^['’]s$/.test(x.text)
  if (!personal && !subject.some((x) => x.pos === 'NOUN' || x.pos === 'PROPN')) return null
  if (!personal && !subject.every(nounPhrase)) return null
  const lemma = t.lemma.toLowerCase()
  const word = t.lower
  if (!/^[a-z]+$/.test(lemma) || /(?:ing|en)$/.test(word) || SAME_PAST.has(lemma)) return null
  const third = word === `${lemma}s` || word === `${lemma}es` || word === `${lemma.slice(0, -1)}ies`
  const aux = third ? 'does' : word === lemma ? 'do' : 'did'
  // A plural subject with a bare verb, or a singular one with its -s form: anything else is
  // a participle or a tag the tagger guessed.
  const plural = subject.some((x) => x.pos === 'NOUN' && x.lemma !== x.lower)
  if (aux === 'do' && (personal || !plural)) return null
  return { start: t.start, end: t.end, text: `${aux} not ${lemma}` }
}

const LOOSE_PRONOUNS = new Set('it they them this these those him'.split(' '))

/** "He cited …", "She said …": a subject pronoun the article resolves to one named person. */
const PERSONAL_SUBJECT = /^(?:He|She)\s/

/**
 * The sentence with its one claim denied, or null when it has no single claim to deny. An
 * opening "He"/"She" is allowed when the caller names who it is.
 */
export function deniedText(s: AnnotatedSentence, pronounNamed = false): string | null {
  const text = s.ref.text
  if (s.tokens.length < 6 || s.tokens.length > 28 || !/[^.]\.$/.test(text)) return null
  const pointer = POINTER.test(text) && !(pronounNamed && PERSONAL_SUBJECT.test(text))
  if (/["“”‘’]/.test(text.replace(/\b[’']s\b|\w[’']\w/g, '')) || pointer) return null
  if (NEGATIVE.test(text) || HEDGE.test(text) || QUANTIFIED.test(text)) return null
  // "… urged Kenyans to reject it": a pronoun whose referent is in another sentence.
  if (s.tokens.some((t, i) => i > 0 && t.pos === 'PRON' && LOOSE_PRONOUNS.has(t.lower))) return null
  const denial = denialOf(s)
  if (denial === null) return null
  return `${text.slice(0, denial.start)}${denial.text}${text.slice(denial.end)}`
}

export function negationStatement(
  ctx: BuildContext,
  s: AnnotatedSentence,
  balance: TruthBalance,
): Built | null {
  // "He cited family issues …" → "Tom Ridge cited family issues …": the reader links the two.
  const pronoun = PERSONAL_SUBJECT.exec(s.ref.text)?.[0].trim()
  const who = pronoun ? resolveSubject(ctx.registry, pronoun, s.ref, 0) : null
  const name = who?.length === 1 ? who[0]?.name : undefined
  if (pronoun && !name) return null
  const denied = deniedText(s, !!name)
  if (denied === null) return null
  const named = (t: string) => (name && pronoun ? `${name}${t.slice(pronoun.length)}` : t)
  const text = s.ref.text
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
    named(text),
    named(denied),
    balance,
  )
}
