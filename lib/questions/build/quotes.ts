/**
 * Questions about direct quotes: "Who said: ‘…’?" among speakers of the same kind (people
 * with people, unnamed sources with unnamed sources), true/false when too few exist, and
 * a match of speakers ↔ quotes.
 */
import { pickDistractors } from '../distractors'
import { labelOf } from '../extract/actors'
import type { Actor, StanceFact } from '../facts'
import { shortHash } from '../hash'
import { capitalise, truncateWords } from '../text'
import { statementPair } from './alternatives'
import { type Built, makeMatch, makeSingle } from './common'
import { type BuildContext, explain } from './context'
import { evidenceOf, phraseOf } from './phrasing'
import { pickSwap } from './swap'

/** Same kind as the holder; not mentioned in the quote itself; not a co-holder. */
function speakerCandidates(ctx: BuildContext, f: StanceFact, holder: Actor): Actor[] {
  return [...ctx.registry.actors.values()].filter(
    (a) =>
      a.kind === holder.kind &&
      !f.holders.some((h) => h.key === a.key) &&
      !a.aliases.some((al) => f.content.includes(al)),
  )
}

/**
 * Wrong speakers, those most like a speaker first: people the article quotes or reports, then
 * people it gives a post, then anyone the registry knows, then any person the token layer
 * names ("Who said …?" beside a photographer named in a list, or a soup, gives the speaker away).
 */
function speakerPicks(ctx: BuildContext, f: StanceFact, holder: Actor, cands: Actor[]): string[] {
  const speaking = new Set(
    ctx.facts.flatMap((x) => (x.type === 'stance' ? x.holders.map((h) => h.key) : [])),
  )
  const posted = new Set(ctx.facts.flatMap((x) => (x.type === 'role' ? [x.actorKey] : [])))
  const named = (list: Actor[]) => list.map((a) => labelOf(a))
  const named2 =
    holder.kind === 'person'
      ? ctx.entities
          .filter((e) => e.kind === 'person' && !holder.aliases.includes(e.name))
          .filter((e) => !f.content.includes(e.name))
          .map((e) => e.name)
      : []
  const tiers = [
    named(cands.filter((a) => speaking.has(a.key))),
    named(cands.filter((a) => speaking.has(a.key) || posted.has(a.key))),
    named(cands),
    [...named(cands), ...named2],
  ]
  for (const tier of tiers) {
    const picks = pickDistractors(
      labelOf(holder),
      holder.aliases,
      tier.map((text) => ({ text })),
    )
    if (picks.length === 3) return picks
  }
  return []
}

export function quoteQuestions(ctx: BuildContext, f: StanceFact, holder: Actor): Built[] {
  const quote = truncateWords(f.content, 22)
  const base = {
    explanation: explain(ctx, evidenceOf(f)),
    evidence: evidenceOf(f),
    factIds: [f.id],
  }
  const cands = speakerCandidates(ctx, f, holder)
  const picks = speakerPicks(ctx, f, holder, cands)
  if (picks.length === 3) {
    return [
      makeSingle(
        {
          ...base,
          category: 'actor',
          prompt: `Who said: ‘${quote}’?`,
          quality: holder.kind === 'person' ? 0.86 : 0.74,
        },
        capitalise(labelOf(holder)),
        picks.map(capitalise),
      ),
    ]
  }
  const swap = pickSwap(ctx, cands, f.content, shortHash(f.id, 'swap'), holder)
  const statement = (who: string) => `According to the article, ${who} said: ‘${quote}’`
  return [
    statementPair(
      { ...base, category: 'actor', prompt: 'True or false?', quality: 0.6 },
      statement(phraseOf(holder)),
      swap ? statement(phraseOf(swap)) : null,
      shortHash(f.id).charCodeAt(0) % 2 === 0,
    ),
  ]
}

export function buildSpeakerMatch(ctx: BuildContext, stances: StanceFact[]): Built[] {
  const out: Built[] = []
  const byPerson = new Map<string, StanceFact>()
  for (const f of stances) {
    const h = f.holders[0]
    if (f.kind === 'quote' && h && f.holders.length === 1 && !byPerson.has(h.key))
      byPerson.set(h.key, f)
  }
  const chosen = [...byPerson.values()].slice(0, 4)
  if (chosen.length >= 3) {
    const ev = chosen.map((f) => f.evidence)
    out.push(
      makeMatch(
        {
          category: 'actor',
          prompt: 'Match each speaker to what they said.',
          explanation: explain(ctx, ev),
          evidence: ev,
          quality: 0.74,
          factIds: chosen.map((f) => f.id),
        },
        chosen.map((f) => [
          capitalise(f.holders[0]?.name ?? ''),
          `‘${truncateWords(f.content, 14)}’`,
        ]),
      ),
    )
  }
  return out
}
