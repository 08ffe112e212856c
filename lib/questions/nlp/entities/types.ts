/**
 * The shapes of named entities and of the candidate runs they are built from.
 */
import type { AnnotatedSentence, Token } from '../annotate'

export type EntityKind = 'person' | 'organisation' | 'place'

export type EntityMention = {
  sentenceId: string
  /** Index of the sentence among the body sentences. */
  sentence: number
  start: number
  end: number
  text: string
  /** Token range in the sentence, end exclusive. */
  first: number
  last: number
}

export type Entity = {
  key: string
  name: string
  kind: EntityKind
  mentions: EntityMention[]
  /** Posts written before the name ("Justice", "Prime Minister"), as written. */
  titles: string[]
}

export type Run = {
  /** Every word the article writes in lower case somewhere. */
  lowerWords: Set<string>
  s: AnnotatedSentence
  sentence: number
  first: number
  last: number
  tokens: Token[]
  title: string
}

export type Scores = Record<EntityKind, number>
