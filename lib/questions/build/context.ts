/** What every question builder reads: the article, its facts and the actor registry. */
import type { ArticleDoc } from '@/lib/content'
import type { Registry } from '../extract/actors'
import type { Actor, Fact } from '../facts'
import type { Evidence } from '../types'

export type BuildContext = {
  doc: ArticleDoc
  facts: Fact[]
  registry: Registry
  sentence: (id: string) => string
}

export function createBuildContext(
  doc: ArticleDoc,
  facts: Fact[],
  registry: Registry,
): BuildContext {
  const map = new Map<string, string>()
  for (const p of doc.paragraphs) for (const s of p.sentences) map.set(s.id, s.text)
  return { doc, facts, registry, sentence: (id) => map.get(id) ?? '' }
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

export function explain(ctx: BuildContext, evidence: Evidence[]): string {
  const parts = evidence.map((e) => `“${ctx.sentence(e.sentenceId)}” (${e.sentenceId})`)
  return `The article says: ${[...new Set(parts)].join(' … ')}`
}
