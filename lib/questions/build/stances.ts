/**
 * Questions about positions taken: "Who said: ‘…’?", "Who has pledged to …?",
 * "Whom does X hold responsible …?", a verb cloze ("Iran has ___ suggestions …": denied /
 * admitted / confirmed / welcomed), true/false with a swapped holder, and speakers ↔ quotes.
 */

import { optionsClash, pickDistractors } from '../distractors'
import { labelOf } from '../extract/actors'
import type { Actor, StanceFact } from '../facts'
import { shortHash } from '../hash'
import { capitalise, truncateWords } from '../text'
import { statementPair } from './alternatives'
import { type Built, makeCloze, makeSingle } from './common'
import { type BuildContext, explain, sentencesMentioning } from './context'
import {
  evidenceOf,
  inline,
  leansOnOtherPerson,
  phraseOf,
  quotedInline,
  reportPredicate,
  resolveObjectPronouns,
  sameGender,
} from './phrasing'
import { buildSpeakerMatch, quoteQuestions } from './quotes'
import { namedIn, pickSwap, stanceHolders } from './swap'

const CONTRASTS: Record<string, string[]> = {
  denied: ['admitted', 'confirmed', 'welcomed'],
  opposes: ['supports', 'welcomes', 'ignores'],
  supports: ['opposes', 'rejects', 'ignores'],
  rejected: ['accepted', 'welcomed', 'approved'],
  welcomed: ['rejected', 'condemned', 'ignored'],
  condemned: ['praised', 'welcomed', 'ignored'],
  pledged: ['refused', 'declined', 'hesitated'],
  promised: ['refused', 'declined', 'hesitated'],
  refused: ['agreed', 'promised', 'pledged'],
  agreed: ['refused', 'declined', 'hesitated'],
}
// Words that put an actor on the same side of a blame question as the answer.
const BLAME = /\b(?:responsib\w*|blam\w*|behind|accus\w*|claimed|smokescreens?)\b/i

const blameCache = new WeakMap<BuildContext, Actor[]>()
/** Actors named in any sentence that blames someone: never a distractor for a blame question. */
function blamedActors(ctx: BuildContext): Actor[] {
  const hit = blameCache.get(ctx)
  if (hit) return hit
  const out = [...ctx.registry.actors.values()].filter((a) =>
    [...sentencesMentioning(ctx, a.key)].some((id) => BLAME.test(ctx.sentence(id))),
  )
  blameCache.set(ctx, out)
  return out
}

const holdersByContent = new WeakMap<BuildContext, Map<string, Set<string>>>()
function holdersOf(ctx: BuildContext, content: string): Set<string> {
  let map = holdersByContent.get(ctx)
  if (!map) {
    map = new Map()
    for (const g of ctx.facts)
      if (g.type === 'stance')
        map.set(g.content, new Set([...(map.get(g.content) ?? []), ...g.holders.map((h) => h.key)]))
    holdersByContent.set(ctx, map)
  }
  return map.get(content) ?? new Set()
}

const verbUse = new WeakMap<BuildContext, Map<string, boolean>>()
/**
 * Whether a sentence naming the actor uses the verb: it cannot be a wrong option then. Asked
 * once per actor and verb, since every stance of a much-quoted holder asks it again.
 */
function usesVerb(ctx: BuildContext, key: string, verb: string): boolean {
  let known = verbUse.get(ctx)
  if (!known) {
    known = new Map()
    verbUse.set(ctx, known)
  }
  const id = `${key}|${verb}`
  let used = known.get(id)
  if (used === undefined) {
    used = (ctx.registry.byKey.get(key) ?? []).some((m) =>
      ctx.sentence(m.sentence.id).includes(` ${verb} `),
    )
    known.set(id, used)
  }
  return used
}

const holderActors = (ctx: BuildContext, f: StanceFact): Actor[] =>
  f.holders.flatMap((h) => {
    const a = ctx.registry.actors.get(h.key)
    return a ? [a] : []
  })

function reportedQuestions(ctx: BuildContext, f: StanceFact, holders: Actor[]): Built[] {
  const out: Built[] = []
  const holder = holders[0]
  if (!holder) return out
  const base = {
    explanation: explain(ctx, evidenceOf(f)),
    evidence: evidenceOf(f),
    factIds: [f.id],
  }
  const sentence = ctx.sentence(f.evidence.sentenceId)
  const names = holders.map(phraseOf)
  const subject = names.length > 1 ? names.join(' and ') : (names[0] ?? '')
  const via = f.via && f.via !== subject ? `According to ${f.via}, ` : 'According to the article, '
  const own = leansOnOtherPerson(f.content, holder)
    ? null
    : resolveObjectPronouns(f.content, sentence)
  const content = inline(quotedInline(own ?? f.content), ctx)
  if (f.target) {
    const target = ctx.registry.actors.get(f.target.key)
    const blamed = blamedActors(ctx).filter((a) => a.key !== f.target?.key)
    const cands = [...ctx.registry.actors.values()].filter(
      (a) =>
        a.kind === target?.kind &&
        a.key !== target?.key &&
        a.key !== holder.key &&
        !blamed.includes(a),
    )
    const picks = target
      ? pickDistractors(
          labelOf(target),
          target.aliases,
          cands.map((a) => ({ text: labelOf(a) })),
        )
      : []
    const rest = content.replace(/^.*?responsible\s*/, '')
    if (target && picks.length === 3) {
      out.push(
        makeSingle(
          {
            ...base,
            category: 'position',
            prompt: `${via}whom does ${subject} hold responsible ${rest}?`.replace(
              /^According/,
              'According',
            ),
            quality: 0.8,
          },
          labelOf(target),
          picks,
        ),
      )
    } else if (target) {
      const other = cands.find((a) => !namedIn(`${subject} ${rest}`, a))
      const statement = (who: string) => `${via}${subject} holds ${who} responsible ${rest}.`
      out.push(
        statementPair(
          { ...base, category: 'position', prompt: 'True or false?', quality: 0.66 },
          statement(phraseOf(target)),
          other ? statement(phraseOf(other)) : null,
          shortHash(f.id).charCodeAt(1) % 2 === 0,
        ),
      )
    }
    return out
  }
  const verbWord = f.verb.split(' ').find((w) => CONTRASTS[w])
  const verbAt = verbWord ? sentence.indexOf(verbWord, f.evidence.start) : -1
  const contrasts = verbWord
    ? (CONTRASTS[verbWord] ?? []).filter((v) => !usesVerb(ctx, holder.key, v))
    : []
  if (verbWord && verbAt >= 0 && contrasts.length === 3) {
    out.push(
      makeCloze(
        {
          ...base,
          category: 'position',
          prompt: `Complete the sentence: what position did ${subject} take?`,
          quality: 0.78,
        },
        sentence.slice(0, verbAt),
        sentence.slice(verbAt + verbWord.length),
        verbWord,
        contrasts,
        [],
      ),
    )
  }
  // "Who urged Kenyans to reject it?" with nothing in the sentence to say what "it" is: no stem.
  if (own === null) return out
  const plain =
    holders.length === 1 &&
    holder.kind !== 'source' &&
    !/^(?:said|says|say|saying|told)/.test(f.verb)
  // "Who told Dublin District Court that O'Sullivan …?": no one the stem names is an option.
  const peers = [...ctx.registry.actors.values()].filter(
    (a) =>
      a.kind === holder.kind &&
      a.key !== holder.key &&
      !holdersOf(ctx, f.content).has(a.key) &&
      !namedIn(`${f.verb} ${content}`, a) &&
      sameGender(ctx, a, content) &&
      // A country only named as a place ("a meeting in Brussels") takes no position: no option.
      (a.kind !== 'country' || stanceHolders(ctx).has(a.key)),
  )
  const picks = plain
    ? pickDistractors(
        labelOf(holder),
        holder.aliases,
        peers.map((a) => ({ text: labelOf(a) })),
      )
    : []
  if (picks.length === 3) {
    out.push(
      makeSingle(
        {
          ...base,
          category: 'position',
          prompt: `Who ${reportPredicate(f.verb, content)}?`,
          quality: 0.8,
        },
        capitalise(labelOf(holder)),
        picks.map(capitalise),
      ),
    )
  } else {
    const swaps = peers.filter((p) => !holders.includes(p) && !optionsClash(labelOf(p), subject))
    const swap = pickSwap(
      ctx,
      swaps,
      `${subject} ${f.verb} ${content}`,
      shortHash(f.id, 'swap'),
      holder,
    )
    const swapped = !swap
      ? null
      : holders.length > 1
        ? names.map((n, i) => (i === 0 ? phraseOf(swap) : n)).join(' and ')
        : phraseOf(swap)
    const statement = (who: string) =>
      `${via}${who} ${reportPredicate(f.verb, truncateWords(content, 30))}.`
    out.push(
      statementPair(
        {
          ...base,
          category: 'position',
          prompt: 'True or false?',
          quality: holder.kind === 'source' ? 0.58 : 0.64,
        },
        statement(subject),
        swapped === null ? null : statement(swapped),
        shortHash(f.id).charCodeAt(2) % 2 === 0,
      ),
    )
  }
  return out
}

export function buildStanceQuestions(ctx: BuildContext): Built[] {
  const stances = ctx.facts.filter((f): f is StanceFact => f.type === 'stance')
  const out: Built[] = []
  for (const f of stances) {
    const holders = holderActors(ctx, f)
    const first = holders[0]
    if (!first) continue
    out.push(
      ...(f.kind === 'quote' && holders.length === 1
        ? quoteQuestions(ctx, f, first)
        : reportedQuestions(ctx, f, holders)),
    )
  }
  out.push(...buildSpeakerMatch(ctx, stances))
  return out
}
