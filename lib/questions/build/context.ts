/** What every question builder reads: the article, its facts and the actor registry. */
import type { ArticleDoc } from '@/lib/content'
import type { Registry } from '../extract/actors'
import type { Actor, Fact } from '../facts'
import type { Entity } from '../nlp/entities'
import type { Evidence } from '../types'
import { quoteEvidence } from './common'

export type BuildContext = {
  doc: ArticleDoc
  facts: Fact[]
  registry: Registry
  /** Named people, organisations and places found on the token layer. */
  entities: Entity[]
  sentence: (id: string) => string
  /** The two sentences before and after one, in its paragraph. */
  neighbours: (id: string) => string[]
}

export function createBuildContext(
  doc: ArticleDoc,
  facts: Fact[],
  registry: Registry,
  entities: Entity[] = [],
): BuildContext {
  const map = new Map<string, string>()
  const around = new Map<string, string[]>()
  for (const p of doc.paragraphs)
    p.sentences.forEach((s, i) => {
      map.set(s.id, s.text)
      around.set(
        s.id,
        p.sentences.filter((_, j) => j !== i && Math.abs(j - i) <= 2).map((x) => x.text),
      )
    })
  return {
    doc,
    facts,
    registry,
    entities,
    sentence: (id) => map.get(id) ?? '',
    neighbours: (id) => around.get(id) ?? [],
  }
}

export function actorsOfKind(ctx: BuildContext, kind: Actor['kind']): Actor[] {
  return [...ctx.registry.actors.values()].filter((a) => a.kind === kind)
}

export function aliasesOf(ctx: BuildContext, key: string): string[] {
  return ctx.registry.actors.get(key)?.aliases ?? []
}

/** Sentences that mention an actor (by any alias) — used to reject distractors the article supports. */
export function sentencesMentioning(ctx: BuildContext, key: string): Set<string> {
  return new Set((ctx.registry.byKey.get(key) ?? []).map((m) => m.sentence.id))
}

/** Plain prose for students: the article's own words, quoted briefly; never sentence ids. */
export function explain(ctx: BuildContext, evidence: Evidence[]): string {
  const parts = evidence
    .filter((e, i) => i === 0 || !evidence.slice(0, i).some((x) => x.sentenceId === e.sentenceId))
    .map((e) => `“${quotedSpan(ctx, e)}”`)
  const body = parts.join(' It also says: ')
  return `The article says: ${body}`
}

const quotes = new WeakMap<BuildContext, Map<string, string>>()
/** A fact's span quoted once per article: most facts yield several questions, each explained. */
function quotedSpan(ctx: BuildContext, e: Evidence): string {
  let known = quotes.get(ctx)
  if (!known) {
    known = new Map()
    quotes.set(ctx, known)
  }
  const key = `${e.sentenceId}|${e.start}|${e.end}`
  let text = known.get(key)
  if (text === undefined) {
    text = quoteEvidence(ctx.sentence(e.sentenceId), e.start, e.end)
    known.set(key, text)
  }
  return text
}
