/**
 * Facts: what the generator found in an article, each tied to its evidence
 * (a sentence id and a character span inside that sentence's text).
 */
import type { Evidence } from './types'

export type ActorKind = 'person' | 'organisation' | 'country' | 'group' | 'source'

export type Actor = {
  /** Stable key inside one article, e.g. `person:ned price`. */
  key: string
  name: string
  kind: ActorKind
  /** Surface forms that refer to this actor (surname, capital, "the Iraqi prime minister"). */
  aliases: string[]
  evidence: Evidence
}

export type Granularity = 'day' | 'week' | 'month' | 'year' | 'decade'

export type ResolvedDate = {
  /** ISO dates; `end` is inclusive. */
  start: string
  end: string
  granularity: Granularity
}

export type ActorFact = { type: 'actor'; id: string; actor: Actor; evidence: Evidence }

export type RoleFact = {
  type: 'role'
  id: string
  actorKey: string
  actorName: string
  /** A post that stands on its own, in title form: "US State Department spokesman". */
  role: string
  evidence: Evidence
  /** "Its chairman, X,": where the organisation the post belongs to is named. */
  ownerEvidence?: Evidence
}

export type AffiliationFact = {
  type: 'affiliation'
  id: string
  actorKey: string
  actorName: string
  orgKey: string
  org: string
  evidence: Evidence
}

export type StanceFact = {
  type: 'stance'
  id: string
  /** Every holder (joint statements have several). */
  holders: { key: string; name: string }[]
  kind: 'quote' | 'reported'
  /** The attributing verb as written ("said", "denied", "has pledged to"). */
  verb: string
  /** What was said or held, as written (quotes without their marks). */
  content: string
  /** Whose account this is, when nested ("Price said the US holds Iran responsible"). */
  via?: string
  /** Object of the stance ("Iran" in "holds Iran responsible"). */
  target?: { key: string; name: string }
  evidence: Evidence
  /** Where the holder is named (for "she said", the antecedent's name). */
  holderEvidence?: Evidence
}

export type DateFact = {
  type: 'date'
  id: string
  expression: string
  resolved: ResolvedDate
  tense: 'past' | 'present' | 'future'
  /** The event clause without the date expression, ready for a stem. */
  event: string
  /** A stand-alone "when" stem, or null when the clause is not safe to ask about. */
  stem: string | null
  evidence: Evidence
}

export type PlaceFact = {
  type: 'place'
  id: string
  place: string
  placeKey: string
  event: string
  stem: string | null
  evidence: Evidence
}

/** Who did what: a named subject and the clause it governs ("Jack Phillips refused to make …"). */
export type EventFact = {
  type: 'event'
  id: string
  actorKey: string
  actorName: string
  actorKind: 'person' | 'organisation' | 'place'
  /** The clause after the subject, from its verb, as written ("refused to make a wedding cake"). */
  predicate: string
  /** The verb's lemma ("refuse"), to tell two clauses with one verb apart. */
  verb: string
  /** The subject and its clause. */
  evidence: Evidence
  /** Where the subject is named. */
  subjectEvidence: Evidence
  /** The subject as written in the clause ("Wallace"), for stems that keep it. */
  subjectText: string
  /** How a question about the rest of the clause inverts: "did" + "shove", "will" + "buy". */
  inversion: { aux: string; verb: string } | null
  /**
   * The predicate with its claim denied ("did not describe the policy as …", "will not buy
   * Sears"), which the article refutes; null where a denial would not be refuted ("could").
   */
  denied: string | null
  /** A named direct object ("shoved Ron Artest") and the clause after it. */
  object?: {
    key: string
    name: string
    kind: 'person' | 'organisation' | 'place'
    rest: string
    evidence: Evidence
  }
  /** A named place the clause happens in ("at the Fisht Stadium") and the clause without it. */
  place?: { key: string; name: string; rest: string; evidence: Evidence }
}

export type NumberKind = 'count' | 'money' | 'percent' | 'tally' | 'age'

/** A number the article states, with its kind and the words around it in the sentence. */
export type NumberFact = {
  type: 'number'
  id: string
  kind: NumberKind
  /** As written: "$11.5 billion", "58%", "39", "7-2". */
  text: string
  value: number
  /** The noun it counts, where one follows ("senators"). */
  unit: string | null
  evidence: Evidence
}

export type Fact =
  | ActorFact
  | RoleFact
  | AffiliationFact
  | StanceFact
  | DateFact
  | PlaceFact
  | EventFact
  | NumberFact
