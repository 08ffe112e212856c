/**
 * Questions about what people and organisations did and about the numbers the article
 * gives: "Who refused to make the wedding cake?" with other named actors of the same kind
 * as options; a true/false statement (true, or made false by a fair swap of the actor)
 * where the article has too few actors of that kind; "Whom did …?" and "Where did …?"
 * from a clause's named object and place; matching actors to what they did.
 */
import { type Candidate, pickDistractors } from '../distractors'
import type { EventFact } from '../facts'
import { sameKindOfBody } from '../nlp/organisations'
import { findCountryByName } from '../nlp/places'
import { SPEECH_LEMMAS } from '../nlp/words'
import { capitalise, truncateWords } from '../text'
import type { Evidence } from '../types'
import { balancedPair, type TruthBalance } from './alternatives'
import { type Built, makeMatch, makeSingle } from './common'
import { type BuildContext, explain } from './context'
import { peerRank } from './peers'

const WHO: Record<EventFact['actorKind'], string> = {
  person: 'Who',
  organisation: 'Which organisation',
  place: 'Which country',
}

/** A country that acts as an organisation is a team in a match report ("Which team did Belgium face?"). */
const whichOf = (
  table: Record<EventFact['actorKind'], string>,
  kind: EventFact['actorKind'],
  name: string,
) => (kind === 'organisation' && findCountryByName(name) ? 'Which team' : table[kind])

const eventsOf = (ctx: BuildContext) => ctx.facts.filter((f): f is EventFact => f.type === 'event')

/** Actors of this kind who did something else in the article, first, then the rest. */
function rivals(events: EventFact[], f: EventFact, ctx: BuildContext): Candidate[] {
  const sentence = ctx.sentence(f.evidence.sentenceId)
  // Anyone the article also says did this (same verb) is not a wrong answer.
  const alsoDid = new Set(events.filter((e) => e.verb === f.verb).map((e) => e.actorKey))
  const seen = new Map<string, Candidate>()
  // Those who acted come first; among people, those of the answer's sort of post before others.
  const rank = (name: string, acted: boolean) =>
    (f.actorKind === 'person' ? 2 * peerRank(ctx, f.actorName, name) : 0) + (acted ? 0 : 1)
  // "Which country …?" is answered by countries only, not by any place the article names.
  const own = findCountryByName(f.actorName)?.name
  const fits = (kind: string, name: string) =>
    kind === f.actorKind &&
    (f.actorKind !== 'organisation' || sameKindOfBody(f.actorName, name)) &&
    (f.actorKind !== 'place' ||
      (!!findCountryByName(name) && findCountryByName(name)?.name !== own))
  // Only actors the article names: "Critics say …" makes "Critics" a subject, not a name.
  const named = new Set(ctx.entities.map((a) => a.key))
  for (const e of events)
    if (
      named.has(e.actorKey) &&
      fits(e.actorKind, e.actorName) &&
      !alsoDid.has(e.actorKey) &&
      !sentence.includes(e.actorName)
    )
      seen.set(e.actorKey, { text: e.actorName, key: e.actorKey, rank: rank(e.actorName, true) })
  for (const a of ctx.entities)
    if (fits(a.kind, a.name) && !alsoDid.has(a.key) && !sentence.includes(a.name))
      if (!seen.has(a.key) && a.name.split(' ').length <= 4)
        seen.set(a.key, { text: a.name, key: a.key, rank: rank(a.name, false) })
  return [...seen.values()]
}

function eventQuestions(
  ctx: BuildContext,
  f: EventFact,
  events: EventFact[],
  balance: TruthBalance,
): Built[] {
  const base: { category: 'actor'; explanation: string; evidence: Evidence[]; factIds: string[] } =
    {
      category: 'actor' as const,
      explanation: explain(ctx, [f.evidence]),
      evidence: [f.evidence],
      factIds: [f.id],
    }
  // What someone told or said is asked once: by the stance pass when it found the statement.
  if (
    SPEECH_LEMMAS.has(f.verb) &&
    ctx.facts.some((s) => s.type === 'stance' && s.evidence.sentenceId === f.evidence.sentenceId)
  )
    return []
  const team = whichOf(WHO, f.actorKind, f.actorName) === 'Which team'
  // A team is offered against other teams ("FIFA" is no side in a match).
  const candidates = rivals(events, f, ctx).filter((c) => !team || findCountryByName(c.text))
  const picks = pickDistractors(f.actorName, [], candidates)
  // The subject named by a short form ("ESA") is shown by its full name: cite where it is given.
  const full = ctx.entities
    .find((e) => e.key === f.actorKey)
    ?.mentions.find((m) => m.text === f.actorName && m.sentenceId !== f.evidence.sentenceId)
  if (full)
    base.evidence = [f.evidence, { sentenceId: full.sentenceId, start: full.start, end: full.end }]
  const words = f.predicate.split(' ').length
  if (picks.length === 3)
    return [
      makeSingle(
        {
          ...base,
          prompt: `${whichOf(WHO, f.actorKind, f.actorName)} ${f.predicate}?`,
          quality: 0.74 - (words > 16 ? 0.06 : 0),
        },
        f.actorName,
        picks,
      ),
    ]
  // Too few actors of this kind for a choice: a statement, true or made false by a swap.
  // A fair swap is another actor of the kind the article names, those it shows acting first:
  // plausible, and refuted by the sentence that names who did it.
  // Beyond those, only people, and never under a his/her that fits the real one alone.
  const named =
    f.actorKind === 'person' && !/\b(?:he|she|his|her|him|himself|herself)\b/i.test(f.predicate)
  const swap =
    candidates.find((c) => events.some((e) => e.actorKey === c.key)) ??
    // A person named again or with a post: a run named once and bare ("Common Prosperity")
    // may be no person at all.
    (named
      ? candidates.find((c) =>
          ctx.entities.some(
            (e) => e.key === c.key && (e.mentions.length > 1 || e.titles.length > 0),
          ),
        )
      : undefined)
  // Without a fair swap, the deed denied ("… did not describe the policy as …"): the clause
  // refutes it, and the fact stays asked whichever way the pool's balance needs.
  const falseText = swap
    ? `${swap.text} ${f.predicate}.`
    : f.denied
      ? `${f.actorName} ${f.denied}.`
      : null
  return [
    balancedPair(
      { ...base, prompt: 'True or false?', quality: 0.66 },
      `${f.actorName} ${f.predicate}.`,
      falseText,
      balance,
      swap ? ` It was ${f.actorName}, not ${swap.text}.` : '',
    ),
  ]
}

const OBJECT_WH: Record<EventFact['actorKind'], string> = {
  person: 'Whom',
  organisation: 'Which organisation',
  place: 'Which country',
}

/** Named entities of a kind the sentence does not name, those the article shows acting first. */
function othersOfKind(
  ctx: BuildContext,
  events: EventFact[],
  kind: EventFact['actorKind'],
  sentence: string,
  not: string[],
) {
  const active = new Set(events.map((e) => e.actorKey))
  return ctx.entities
    .filter((a) => a.kind === kind && !not.includes(a.key) && !sentence.includes(a.name))
    .filter((a) => a.name.split(' ').length <= 5)
    .sort(
      (a, b) =>
        Number(active.has(b.key)) - Number(active.has(a.key)) ||
        b.mentions.length - a.mentions.length,
    )
    .map((a) => ({ text: a.name, key: a.key }))
}

/**
 * A question about the rest of a clause, inverted on its subject: "{wh} did Ben Wallace
 * shove?", "Where did Sweden face South Korea?". Null when the options or the stem fall short.
 */
function invertedQuestion(
  ctx: BuildContext,
  f: EventFact,
  ask: {
    wh: string
    rest: string
    answer: string
    picks: string[]
    category: 'actor' | 'place'
    part: string
  },
): Built | null {
  if (!f.inversion || ask.picks.length < 3) return null
  const { aux, verb } = f.inversion
  const stem = `${ask.wh} ${aux} ${f.actorName} ${verb}${ask.rest ? ` ${ask.rest}` : ''}?`
  if (stem.split(' ').length > 22) return null
  return makeSingle(
    {
      category: ask.category,
      prompt: stem,
      explanation: explain(ctx, [f.evidence]),
      evidence: [f.evidence],
      quality: ask.category === 'place' ? 0.7 : 0.72,
      factIds: [`${f.id}:${ask.part}`],
    },
    ask.answer,
    ask.picks,
  )
}

/** "Whom did Ben Wallace shove?", "Which organisation will Kmart buy?" */
function objectQuestion(ctx: BuildContext, f: EventFact, events: EventFact[]): Built | null {
  const o = f.object
  if (!o) return null
  const sentence = ctx.sentence(f.evidence.sentenceId)
  const picks = pickDistractors(
    o.name,
    [f.actorName],
    othersOfKind(ctx, events, o.kind, sentence, [o.key, f.actorKey])
      .filter(
        (c) =>
          (o.kind !== 'place' && whichOf(OBJECT_WH, o.kind, o.name) !== 'Which team') ||
          findCountryByName(c.text),
      )
      .map((c) => (o.kind === 'person' ? { ...c, rank: peerRank(ctx, o.name, c.text) } : c)),
  )
  const wh = whichOf(OBJECT_WH, o.kind, o.name)
  return invertedQuestion(ctx, f, {
    wh,
    rest: o.rest,
    answer: o.name,
    picks,
    category: 'actor',
    part: 'object',
  })
}

/** "Where did Sweden face South Korea?" with other places the article names. */
function placeQuestion(ctx: BuildContext, f: EventFact, events: EventFact[]): Built | null {
  const p = f.place
  if (!p) return null
  const sentence = ctx.sentence(f.evidence.sentenceId)
  const head = p.name.split(' ').at(-1) ?? ''
  // A stadium among countries is a giveaway: a place that is not a country gets none as options.
  const country = !!findCountryByName(p.name)
  const candidates = othersOfKind(ctx, events, 'place', sentence, [p.key])
    .filter((c) => !!findCountryByName(c.text) === country)
    .sort((a, b) => Number(b.text.endsWith(head)) - Number(a.text.endsWith(head)))
  const picks = pickDistractors(p.name, [], candidates)
  return invertedQuestion(ctx, f, {
    wh: 'Where',
    rest: p.rest,
    answer: p.name,
    picks,
    category: 'place',
    part: 'place',
  })
}

/** "Match each person to what the article says they did": 3–4 actors, one deed each. */
function matchQuestion(ctx: BuildContext, events: EventFact[]): Built | null {
  const chosen: EventFact[] = []
  for (const e of events) {
    if (chosen.length >= 4) break
    if (chosen.some((c) => c.actorKey === e.actorKey || c.verb === e.verb)) continue
    if (e.predicate.split(' ').length > 14) continue
    chosen.push(e)
  }
  if (chosen.length < 3) return null
  return makeMatch(
    {
      category: 'actor',
      prompt: 'Match each person or group to what the article says they did.',
      explanation: explain(
        ctx,
        chosen.map((c) => c.evidence),
      ),
      evidence: chosen.map((c) => c.evidence),
      quality: 0.7,
      factIds: chosen.map((c) => c.id),
    },
    chosen.map((c) => [c.actorName, capitalise(truncateWords(c.predicate, 14))]),
  )
}

export function buildEventQuestions(ctx: BuildContext, balance: TruthBalance): Built[] {
  const events = eventsOf(ctx)
  const out = events.flatMap((f) => [
    ...eventQuestions(ctx, f, events, balance),
    ...[objectQuestion(ctx, f, events), placeQuestion(ctx, f, events)].filter(
      (q): q is Built => !!q,
    ),
  ])
  const match = matchQuestion(ctx, events)
  if (match) out.push(match)
  return out
}
