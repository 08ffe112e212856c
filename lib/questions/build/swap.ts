/**
 * The stand-in for a false true/false statement: an actor of the same kind that the article
 * gives a comparable role (it holds a stance of its own), else another person it names in
 * full; never one the statement already names (“Iraq threatened to close its embassy in
 * Baghdad” contradicts itself).
 */
import type { Actor } from '../facts'
import { sameKindOfBody } from '../nlp/organisations'
import { findPhrase } from '../text'
import type { BuildContext } from './context'

const speakerCache = new WeakMap<BuildContext, Set<string>>()

/** Keys of every actor that holds a stance in the article. */
export function stanceHolders(ctx: BuildContext): Set<string> {
  const hit = speakerCache.get(ctx)
  if (hit) return hit
  const keys = new Set<string>()
  for (const f of ctx.facts) if (f.type === 'stance') for (const h of f.holders) keys.add(h.key)
  speakerCache.set(ctx, keys)
  return keys
}

/** Whether a statement already names this actor by any alias (a capital counts for its country). */
export function namedIn(text: string, actor: Actor): boolean {
  return actor.aliases.some((a) => findPhrase(text, a) >= 0)
}

export function pickSwap(
  ctx: BuildContext,
  candidates: Actor[],
  statementText: string,
  seed: string,
  holder?: Actor,
): Actor | undefined {
  const holders = stanceHolders(ctx)
  const free = candidates.filter((a) => !namedIn(statementText, a))
  const speakers = free.filter((a) => holders.has(a.key))
  // With nobody else speaking, another person the article names in full stands in, or for a
  // body another body of its sort ("Sophos" for "MX Logic", never the outlet that wrote the
  // story): the statement is still refuted by the sentence that names who said it.
  // A body stands in only if the token layer names it more than once: a name read once may
  // be cut short ("Australian Centre for Control" of "… for Control of Iodine Deficiency …").
  const outlet = ctx.doc.meta.source.toLowerCase()
  const recurring = (a: Actor) =>
    ctx.entities.some(
      (e) => e.name === a.name && e.kind === 'organisation' && e.mentions.length > 1,
    )
  const fit = speakers.length
    ? speakers
    : free.filter(
        (a) =>
          (a.kind === 'person' && a.name.split(' ').length >= 2) ||
          (holder?.kind === 'organisation' &&
            a.kind === 'organisation' &&
            a.name.toLowerCase() !== outlet &&
            !holder.name.includes(a.name) &&
            sameKindOfBody(holder.name, a.name) &&
            recurring(a)),
      )
  return fit[seed.charCodeAt(0) % Math.max(1, fit.length)]
}
