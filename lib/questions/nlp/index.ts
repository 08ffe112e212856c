/**
 * The linguistic view of one article: annotated body sentences and the named entities
 * found in them, worked out once per ArticleDoc and shared by every token-based pass.
 */
import type { ArticleDoc } from '@/lib/content'
import { type Context, createContext } from '../extract/context'
import { type AnnotatedSentence, annotate } from './annotate'
import { type Entity, findEntitiesIn } from './entities'

export type Analysis = { ctx: Context; sentences: AnnotatedSentence[]; entities: Entity[] }

const analyses = new WeakMap<ArticleDoc, Analysis>()

export function analyse(doc: ArticleDoc, ctx: Context = createContext(doc)): Analysis {
  const known = analyses.get(doc)
  if (known) return known
  const sentences = annotate(doc, ctx.sentences)
  const analysis = { ctx, sentences, entities: findEntitiesIn(sentences) }
  analyses.set(doc, analysis)
  return analysis
}

/** The article's named people, organisations and places, each with every mention. */
export function findEntities(doc: ArticleDoc): Entity[] {
  return analyse(doc).entities
}

export type { AnnotatedSentence, Token } from './annotate'
export type { Entity, EntityKind, EntityMention } from './entities'
