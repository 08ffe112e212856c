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
import { SPEECH_LEMMAS } from '../nlp/words'
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
  /^(?:all|every|each|both|many|most|some|several|few|any|no|more|much|at least|about|around|nearly|almost|roughly|approximately|over|under|only|just|other|another|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)\b/i
const POINTER =
  /^(?:he|she|it|they|we|i|you|this|that|these|those|his|her|its|their|our|there|such|however|but|and|also)\b/i

/** A statement that opens on a word pointing back ("It …", "They …", "This …") names no one. */
export const opensOnPointer = (text: string) => POINTER.test(text)

/** Verbs whose past is their present ("put", "cut"): the tense cannot be read off the word. */
const SAME_PAST = new Set(
  'put cut set hit let cost hurt quit read spread shut bet cast burst split shed upset bid'.split(
    ' ',
  ),
)

/** Words that open a clause inside the sentence. */
const RELATIVES = 'that which who whom whose where when'.split(' ')
const SUBORDINATORS = new Set([...RELATIVES, ...'while because if after before'.split(' ')])
const RELATIVE = new Set(RELATIVES)

type Denial = { start: number; end: number; text: string }

/**
 * The part of a sentence a statement is made of. News sentences often open on a phrase that
 * sets the scene ("In the second half, Hwang was booked …") and close on a modifier that adds
 * to the claim without changing it ("…, putting Sweden 1 – 0 up"; "…, which has been a
 * recurring problem"). The scene stays; the trailing modifier is cut, so the statement is the
 * main clause alone: still true as written, and one "not" still denies all of it.
 */
type Clause = {
  /** The first token of the subject (after any scene-setting opening). */
  from: number
  /** One past the last token of the main clause. */
  to: number
}

/** A fronted phrase that sets time or place: a preposition or time word, no verb, then a comma. */
const SCENE_OPENER =
  /^(?:in|on|at|after|before|during|since|by|for|throughout|from|last|earlier|later|until|over)$/

/** What may follow the comma that ends the main clause. */
const TRAILING_OPENER =
  /^(?:with|which|who|according|including|amid|following|while|after|before|as|where|when|despite|since|but|whereas)$/

function clauseOf(s: AnnotatedSentence, lead = 0): Clause {
  const t = s.tokens
  let from = lead
  if (SCENE_OPENER.test(t[lead]?.lower ?? '')) {
    const comma = t.findIndex((x, i) => i > lead && i <= lead + 8 && x.text === ',')
    const verbless =
      comma > 0 && t.slice(lead, comma).every((x) => x.pos !== 'VERB' && x.pos !== 'AUX')
    if (verbless) from = comma + 1
  }
  let to = t.length - 1 // the full stop
  for (let i = from + 2; i < t.length - 2; i++) {
    // "observed that the starting date of the program, coinciding with …": a comma inside a
    // reported clause ends no main clause.
    if (t[i]?.lower === 'that' || t[i]?.pos === 'SCONJ') break
    if (t[i]?.text !== ',') continue
    const next = t[i + 1]
    if (!next) break
    const participle = next.pos === 'VERB' && next.lower.endsWith('ing')
    // "Lee was making his final Canadian appearance, part of a farewell tour", "Teams were
    // arranged in groups of three, and groups faced off in pairs": a main clause with its verb
    // is whole before the comma, and what follows only adds to it. Not when what follows says
    // who claims it ("X is innocent, his lawyer said"): the claim is theirs, not the article's.
    // The clause must end whole before the comma (a noun, a name, a number: not "required to
    // recognize," nor "a large," of "a large, red ball"), and what follows must open a phrase
    // of its own (an article, a conjunction, a preposition, "part of"), not go on with the noun
    // phrase ("a two stage, liquid-fuelled rocket").
    const before = t[i - 1]
    const ends =
      /^(?:NOUN|PROPN|NUM|PRON)$/.test(before?.pos ?? '') ||
      (before?.pos === 'ADJ' && !/^(?:DET|ADJ)$/.test(t[i - 2]?.pos ?? ''))
    const opens =
      /^(?:DET|CCONJ|ADP|SCONJ|PRON)$/.test(next.pos) ||
      (next.pos === 'NOUN' && t[i + 2]?.lower === 'of')
    const rest = t.slice(i + 1)
    const whole =
      ends &&
      opens &&
      t.slice(from + 1, i).some((x) => x.pos === 'VERB' || x.pos === 'AUX') &&
      !rest.some((x) => SPEECH_LEMMAS.has(x.lemma.toLowerCase()) || /^[“”"]$/.test(x.text))
    if (participle || TRAILING_OPENER.test(next.lower) || whole) to = i
    break // the first comma decides: a clause that goes on after it is no single claim
  }
  return { from, to }
}

/**
 * How to deny the clause: "not" after its first verb when that is a form of "be" or a modal
 * ("were held" → "were not held"), or do-support for a full verb right after its subject
 * ("comes" → "does not come", "prompted" → "did not prompt").
 */
function denialOf(s: AnnotatedSentence, clause: Clause): Denial | null {
  const denial = firstVerbDenial(s, clause.from)
  if (!denial) return null
  // One claim only: no second clause or predicate after the verb ("…, and thousands of fans
  // donned costumes"; "is a demonstration and will carry …"), no adverb it would turn round
  // ("not often", "not quite"), no "not one".
  const after = s.tokens.slice(0, clause.to).filter((t) => t.start >= denial.end)
  const next = after[0]
  // "Scott Styris went further": a full verb with one word after it says too little to deny
  // ("The reaction was muted", a complement after "be", says enough).
  const doSupport = /^(?:do|does|did) not/.test(denial.text)
  if (doSupport && after.filter((t) => t.pos !== 'PUNCT').length < 2) return null
  if (
    !next ||
    next.pos === 'ADV' ||
    /^(?:one|all|both|each|every|only|just|even|of)$/.test(next.lower)
  )
    return null
  if (after.some((t) => /^[,;:—–()]$/.test(t.text))) return null
  // A second verb of the subject ("arrested and questioned"), a second clause ("… and Mohamed
  // was invited"), or a verb of its own after the first ("Photos released of the scene
  // showed …"; "candidates elected in this constituency were …": the first was a participle).
  // A verb inside a relative clause ("winds and rain that led …") or right after a preposition
  // or an article ("into isolated areas": an adjective the tagger misread) is no second clause.
  const clauseAfter = (i: number) => {
    const window = after.slice(i + 1, i + 5)
    const stop = window.findIndex((t) => RELATIVE.has(t.lower))
    return (stop < 0 ? window : window.slice(0, stop)).some(
      (t, k) =>
        (t.pos === 'AUX' || t.pos === 'VERB') &&
        !/^(?:ADP|DET)$/.test((k ? window[k - 1] : after[i])?.pos ?? ''),
    )
  }
  if (after.some((t, i) => t.pos === 'CCONJ' && clauseAfter(i))) return null
  // An auxiliary of its own after a subordinator is a clause inside ("at a time when the
  // mosque was …"), not a participle misread.
  const subordinate = after.findIndex((t) => t.pos === 'SCONJ' || SUBORDINATORS.has(t.lower))
  const laterAux = after.some(
    (t, i) =>
      t.pos === 'AUX' &&
      i > 0 &&
      (subordinate < 0 || i < subordinate) &&
      !/^(?:AUX|PART)$/.test(after[i - 1]?.pos ?? ''),
  )
  if (laterAux && next.pos === 'ADP') return null
  return denial
}

function firstVerbDenial(s: AnnotatedSentence, from: number): Denial | null {
  for (let i = from + 1; i < Math.min(s.tokens.length, from + 12); i++) {
    const t = s.tokens[i]
    if (!t) return null
    if (t.pos === 'PUNCT' && t.text !== '-') return null // an aside or a second clause first
    if (RELATIVE.has(t.lower)) return null // a clause inside
    if (t.pos === 'VERB') return fullVerbDenial(s, from, i)
    if (t.pos !== 'AUX' || !DENIABLE.has(t.lower)) continue
    if (!subjectFits(s.tokens.slice(from, i))) return null
    // "has been", "had taken": have as an auxiliary; "has two children", "had to rebuild":
    // have as a full verb, denied with do-support.
    if (/^ha(?:s|ve|d)$/.test(t.lower) && !/^(?:AUX|VERB)$/.test(s.tokens[i + 1]?.pos ?? ''))
      return fullVerbDenial(s, from, i)
    // "can" + "not" is written as one word.
    if (t.lower === 'can') return { start: t.start, end: t.end, text: `${t.text}not` }
    return { start: t.end, end: t.end, text: ' not' }
  }
  return null
}

/**
 * A subject one "not" can deny a claim about: a noun phrase or a personal pronoun, not one
 * opening on a preposition ("At 8:00 PM there was …"), not one that ends on a possessive the
 * tagger left headless ("NASA's hopes"), none with a quantifier inside ("Teams … both had").
 */
function subjectFits(subject: Token[]): boolean {
  const personal = subject.length === 1 && /^(?:he|she)$/.test(subject[0]?.lower ?? '')
  if (personal) return true
  if (!subject.some((x) => x.pos === 'NOUN' || x.pos === 'PROPN')) return false
  if (subject[0]?.pos === 'ADP' || /^['’]s$/.test(subject.at(-1)?.text ?? '')) return false
  return !subject.some((x) => /^(?:all|both|each|every)$/.test(x.lower))
}

function fullVerbDenial(s: AnnotatedSentence, from: number, i: number): Denial | null {
  const t = s.tokens[i]
  if (!t) return null
  const subject = s.tokens.slice(from, i)
  // "He thanked …": a lone personal pronoun is a subject too (the caller names who it is).
  const personal = subject.length === 1 && /^(?:he|she)$/.test(subject[0]?.lower ?? '')
  // Otherwise only a noun phrase before the verb: "Most iodine in food comes …", not
  // "Scientists using …".
  const nounPhrase = (x: Token) =>
    /^(?:DET|ADJ|NOUN|PROPN|NUM|ADP|CCONJ)$/.test(x.pos) || /^['’]s$/.test(x.text)
  if (!subjectFits(subject) || (!personal && !subject.every(nounPhrase))) return null
  const lemma = /^ha[sd]$/.test(t.lower) ? 'have' : t.lemma.toLowerCase()
  const word = t.lower
  if (!/^[a-z]+$/.test(lemma) || /(?:ing|en)$/.test(word) || SAME_PAST.has(lemma)) return null
  const third =
    word === `${lemma}s` ||
    word === `${lemma}es` ||
    word === `${lemma.slice(0, -1)}ies` ||
    word === 'has'
  const aux = third ? 'does' : word === lemma ? 'do' : 'did'
  // A plural subject with a bare verb, or a singular one with its -s form: anything else is
  // a participle or a tag the tagger guessed.
  const plural = subject.some((x) => x.pos === 'NOUN' && x.lemma !== x.lower)
  if (aux === 'do' && (personal || !plural)) return null
  return { start: t.start, end: t.end, text: `${aux} not ${lemma}` }
}

/**
 * A word that links the sentence to the one before ("However, observers appear …", "But the
 * growth is …", "Indeed, the company reported …"): it carries no claim of its own, so a
 * statement leaves it out and stands alone.
 */
const CONNECTIVE =
  /^(?:however|but|yet|indeed|meanwhile|moreover|furthermore|nevertheless|nonetheless|still|and|also|additionally)$/

/** How many tokens open the sentence as a connective and its comma (0 when none does). */
export function connectiveLength(s: AnnotatedSentence): number {
  const first = s.tokens[0]
  if (!first || !CONNECTIVE.test(first.lower)) return 0
  const comma = s.tokens[1]?.text === ','
  // "Still images …", "And …" with no comma: only the words that never start a noun phrase.
  if (!comma && !/^(?:but|yet|and)$/.test(first.lower)) return 0
  return comma ? 2 : 1
}

/** The sentence from its n-th token on, its first letter a capital. */
export function fromToken(s: AnnotatedSentence, n: number, text: string): string {
  const at = s.tokens[n]?.start ?? 0
  const rest = text.slice(at - (s.tokens[0]?.start ?? 0))
  return n ? rest.charAt(0).toUpperCase() + rest.slice(1) : rest
}

const LOOSE_PRONOUNS = new Set('it they them this these those him'.split(' '))

/** "He cited …", "She said …": a subject pronoun the article resolves to one named person. */
const PERSONAL_SUBJECT = /^(?:He|She)\s/

/** A statement made of a sentence's main clause, as written and with its one claim denied. */
export type Statement = { text: string; denied: string; end: number }

/**
 * "The accident, which occurred yesterday afternoon, was caused by …", "United States
 * helicopters, based on a US aircraft carrier …, have begun …", "The farm, a cattle ranch,
 * was invaded …": an aside set off by commas after a short subject adds to the subject without
 * changing the claim. The sentence without it, where it was cut and how long it was; null when
 * the sentence has none (a list — "Sweden, the Netherlands, and Belgium" — is no aside).
 */
function withoutAside(
  s: AnnotatedSentence,
  lead: number,
): { s: AnnotatedSentence; at: number; removed: number } | null {
  const t = s.tokens
  const open = t.findIndex((x, i) => i > lead && i <= lead + 6 && x.text === ',')
  const first = t[open + 1]
  if (open < 0 || !first) return null
  const subject = t.slice(lead, open)
  const nominal = (x: Token) => /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(x.pos) || /^['’]s$/.test(x.text)
  if (!subject.every(nominal) || !subject.some((x) => x.pos === 'NOUN' || x.pos === 'PROPN'))
    return null
  const relative = first.lower === 'which' || first.lower === 'who'
  const participle = first.pos === 'VERB' && /ed$/.test(first.lower)
  const apposition = first.pos === 'DET' && /^(?:a|an|the)$/.test(first.lower)
  if (!relative && !participle && !apposition) return null
  const close = t.findIndex((x, i) => i > open + 1 && x.text === ',')
  if (close < 0 || close - open > 18) return null
  // Only words inside: a quotation, a bracket or a dash makes it more than an aside.
  if (t.slice(open + 1, close).some((x) => x.pos === 'PUNCT' && x.text !== '-')) return null
  const after = t[close + 1]
  if (!after || /^(?:and|or)$/.test(after.lower) || !/^(?:AUX|VERB)$/.test(after.pos)) return null
  const from = (t[open] as Token).start
  const removed = (t[close] as Token).end - from
  const shift = (x: Token) => ({ ...x, start: x.start - removed, end: x.end - removed })
  return {
    s: {
      ref: { ...s.ref, text: s.ref.text.slice(0, from) + s.ref.text.slice(from + removed) },
      tokens: [...t.slice(0, open), ...t.slice(close + 1).map(shift)],
      spans: [],
    },
    at: from,
    removed,
  }
}

/**
 * The sentence's main clause as a statement, and denied, or null when it has no single claim
 * to deny; an aside after its subject is left out of both. An opening "He"/"She" is allowed
 * when the caller names who it is. `end` is where the clause ends in the sentence as written.
 */
export function statementOf(s: AnnotatedSentence, pronounNamed = false): Statement | null {
  const aside = withoutAside(s, connectiveLength(s))
  if (!aside) return mainClauseStatement(s, pronounNamed)
  const found = mainClauseStatement(aside.s, pronounNamed)
  return found && { ...found, end: found.end > aside.at ? found.end + aside.removed : found.end }
}

function mainClauseStatement(s: AnnotatedSentence, pronounNamed: boolean): Statement | null {
  const full = s.ref.text
  if (s.tokens.length < 6 || s.tokens.length > 50 || !/[^.]\.$/.test(full)) return null
  const lead = connectiveLength(s)
  const clause = clauseOf(s, lead)
  const last = s.tokens[clause.to - 1]
  const head = s.tokens[clause.from]
  if (!last || !head || clause.to - clause.from < 5 || clause.to - lead > 28) return null
  const end = last.end
  const cut = (t: string) => fromToken(s, lead, t)
  const text = cut(`${full.slice(0, end)}.`)
  const main = full.slice(head.start, end)
  // "From there, …", "At that time, …": a scene set by the sentence before, which is not shown.
  const scene = s.tokens.slice(lead, clause.from)
  if (scene.some((t) => /^(?:there|then|that|this|these|those|such)$/.test(t.lower))) return null
  const pointer =
    POINTER.test(main) && !(pronounNamed && clause.from === 0 && PERSONAL_SUBJECT.test(main))
  if (/["“”‘’]/.test(text.replace(/\b[’']s\b|\w[’']\w/g, '')) || pointer) return null
  if (NEGATIVE.test(text) || HEDGE.test(text) || QUANTIFIED.test(main)) return null
  // "… urged Kenyans to reject it": a pronoun whose referent is in another sentence.
  const inClause = s.tokens.slice(lead, clause.to)
  if (inClause.some((t, i) => i > 0 && t.pos === 'PRON' && LOOSE_PRONOUNS.has(t.lower))) return null
  const denial = denialOf(s, clause)
  if (denial === null) return null
  const written = `${full.slice(0, end)}.`
  return {
    text,
    denied: cut(`${written.slice(0, denial.start)}${denial.text}${written.slice(denial.end)}`),
    end,
  }
}

/** The sentence with its one claim denied (its main clause only), or null. */
export function deniedText(s: AnnotatedSentence, pronounNamed = false): string | null {
  return statementOf(s, pronounNamed)?.denied ?? null
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
  const statement = statementOf(s, !!name)
  if (statement === null) return null
  const named = (t: string) => (name && pronoun ? `${name}${t.slice(pronoun.length)}` : t)
  const evidence = { sentenceId: s.ref.id, start: 0, end: statement.end }
  return balancedPair(
    {
      category: 'actor',
      prompt: 'True or false?',
      explanation: explain(ctx, [evidence]),
      evidence: [evidence],
      quality: 0.52,
      factIds: [shortHash('gap-denial', s.ref.id)],
    },
    named(statement.text),
    named(statement.denied),
    balance,
  )
}
