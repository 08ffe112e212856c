/**
 * Questions about actors and the posts they hold: "What post does X hold?",
 * "Who is the US State Department spokesman?", a cloze on the name in its sentence,
 * affiliations, and a match of people ↔ posts.
 */
import { pickDistractors } from '../distractors'
import { labelOf } from '../extract/actors'
import type { Actor, AffiliationFact, RoleFact } from '../facts'
import { ORG_HEADS } from '../lexicon'
import { HONORIFICS, PLACE_HEADS, TITLE_WORDS } from '../nlp/words'
import { normaliseName } from '../text'
import { type Built, makeCloze, makeMatch, makeSingle, makeTrueFalse } from './common'
import { actorsOfKind, aliasesOf, type BuildContext, explain, sentencesMentioning } from './context'
import { peerRank } from './peers'
import {
  isOffice,
  isPastPost,
  isWorldFamousOffice,
  namesOneHolder,
  postDistractors,
  postInStem,
  postOf,
  postStatement,
} from './posts'
import { namedIn } from './swap'

/**
 * "predecessor Donald Trump", "Smith, her successor,": whoever the article calls someone's
 * predecessor or successor held (or will hold) that person's post. Their actor keys.
 */
function successorsOf(ctx: BuildContext): Set<string> {
  const keys = new Set<string>()
  const mentioned = (key: string) => [
    ...sentencesMentioning(ctx, key),
    ...(ctx.entities.find((e) => e.key === key)?.mentions.map((m) => m.sentenceId) ?? []),
  ]
  for (const person of [...actorsOfKind(ctx, 'person'), ...unposted(ctx)])
    for (const sentenceId of new Set(mentioned(person.key))) {
      const text = ctx.sentence(sentenceId)
      const cued = person.aliases.some((alias) => {
        const at = text.indexOf(alias)
        if (at < 0) return false
        const before = text.slice(Math.max(0, at - 30), at)
        const after = text.slice(at + alias.length, at + alias.length + 30)
        return (
          /\b(?:predecessors?|successors?),?\s+(?:as\s+\S+\s+)?$/i.test(before) ||
          /^,\s+(?:his|her|their|its|the)\s+(?:\S+\s+)?(?:predecessor|successor)\b/i.test(after)
        )
      })
      if (cued) keys.add(person.key)
    }
  return keys
}

/**
 * A wrong option must read as someone's name: not a post and a surname ("Administrator
 * Bolden", which gives itself away beside full names), not a building ("National Museum").
 */
function readsAsName(name: string): boolean {
  const words = name.split(' ')
  if (TITLE_WORDS.has(words[0] ?? '') || HONORIFICS.has(words[0] ?? '')) return false
  return !words.some((w) => ORG_HEADS.has(w) || PLACE_HEADS.has(w))
}

/**
 * People the token layer names who hold no fact of their own ("Jonas Holm scored the winner"):
 * beside a captain, another player is a fairer wrong option than the coach.
 */
const unpostedCache = new WeakMap<BuildContext, Actor[]>()
function unposted(ctx: BuildContext): Actor[] {
  const hit = unpostedCache.get(ctx)
  if (hit) return hit
  const found = unpostedPeople(ctx)
  unpostedCache.set(ctx, found)
  return found
}

function unpostedPeople(ctx: BuildContext): Actor[] {
  // Whatever the registry holds, of any kind: "Kataib Hezbollah" is a group there.
  const known = new Set([...ctx.registry.actors.values()].map((a) => normaliseName(a.name)))
  return ctx.entities
    .filter((e) => e.kind === 'person' && !known.has(normaliseName(e.name)))
    .flatMap((e) => {
      const first = e.mentions[0]
      if (!first || e.name.split(' ').length < 2) return []
      const aliases = [...new Set([e.name, ...e.mentions.map((m) => m.text)])]
      const evidence = { sentenceId: first.sentenceId, start: first.start, end: first.end }
      return [{ key: e.key, name: e.name, kind: 'person' as const, aliases, evidence }]
    })
}

function roleFacts(ctx: BuildContext): RoleFact[] {
  return ctx.facts.filter((f): f is RoleFact => f.type === 'role')
}

function roleQuestions(
  ctx: BuildContext,
  f: RoleFact,
  roles: RoleFact[],
  successors: Set<string>,
): Built[] {
  const out: Built[] = []
  // "Who is the US President?" is answered from the news of the day, not from this article.
  if (isWorldFamousOffice(f.role)) return out
  const evidence = f.ownerEvidence ? [f.evidence, f.ownerEvidence] : [f.evidence]
  const base = { explanation: explain(ctx, evidence), evidence, factIds: [f.id] }
  const past = isPastPost(f.role)
  const posts = postDistractors(f, roles)
  if (posts.length === 3) {
    out.push(
      makeSingle(
        {
          ...base,
          category: 'position',
          prompt: past
            ? `What post did ${f.actorName} once hold, according to the article?`
            : `What post does ${f.actorName} hold, according to the article?`,
          quality: 0.9,
        },
        past ? postOf(f.role) : f.role,
        posts,
      ),
    )
  } else {
    const tf = postStatement(ctx, f, roles)
    if (tf)
      out.push(
        makeTrueFalse(
          { ...base, category: 'position', prompt: 'True or false?', quality: 0.66 },
          tf.statement,
          tf.truth,
        ),
      )
  }
  // Whoever holds or held the same post ("the former mayor" beside "the mayor") is no distractor.
  const same = (r: RoleFact) => samePost(r.role) === samePost(f.role)
  // Nor, where the article names enough others, someone it gives an office of another kind:
  // "Afghan Ambassador _____" filled by the president it names is ruled out without reading.
  const elsewhere = (r: RoleFact) => !same(r) && isOffice(r.role) !== isOffice(f.role)
  const named = [...actorsOfKind(ctx, 'person'), ...unposted(ctx)].filter(
    (p) => readsAsName(p.name) && !roles.some((r) => r.actorKey === p.key && same(r)),
  )
  const alike = named.filter((p) => !roles.some((r) => r.actorKey === p.key && elsewhere(r)))
  const enough = (list: typeof named) =>
    pickDistractors(
      f.actorName,
      aliasesOf(ctx, f.actorKey),
      list.filter((p) => !successors.has(p.key)).map((p) => ({ text: p.name })),
    ).length === 3
  const holders = enough(alike) ? alike : named
  const peer = (p: Actor) => ({ text: p.name, rank: peerRank(ctx, f.actorName, p.name) })
  const people = pickDistractors(f.actorName, aliasesOf(ctx, f.actorKey), holders.map(peer))
  if (people.length === 3) {
    // One single-choice question per fact: "who is the X" only when "what post" had too few distractors.
    // A predecessor of the post's holder held the post too: no wrong option for "who is the X".
    const others = pickDistractors(
      f.actorName,
      aliasesOf(ctx, f.actorKey),
      holders.filter((p) => !successors.has(p.key)).map(peer),
    )
    // "the professor", "the coach": a bare job may be anyone's; a qualified post names one person.
    if (posts.length < 3 && others.length === 3 && namesOneHolder(f.role))
      out.push(
        makeSingle(
          {
            ...base,
            category: 'actor',
            prompt: `Who is described in the article as the ${postInStem(ctx, f.role)}?`,
            quality: 0.8,
          },
          f.actorName,
          others,
        ),
      )
    // "Justice _____ wrote the majority opinion": a post many hold ("Justice", "Senator") is no
    // answer to the blank, so the other holders are the fairest wrong options there.
    const sharers = namesOneHolder(f.role)
      ? []
      : [...actorsOfKind(ctx, 'person'), ...unposted(ctx)].filter(
          (p) =>
            p.key !== f.actorKey &&
            !successors.has(p.key) &&
            roles.some((r) => r.actorKey === p.key && same(r)),
        )
    const sentence = ctx.sentence(f.evidence.sentenceId)
    const name = aliasesOf(ctx, f.actorKey).find((a) => sentence.includes(a))
    const at = name ? sentence.indexOf(name, f.evidence.start) : -1
    // "… by X's minister, _____, and Y's minister, Wissam Tahtamouni": a name the sentence
    // shows beside the blank is no distractor.
    const shown = pickDistractors(
      f.actorName,
      aliasesOf(ctx, f.actorKey),
      [...sharers, ...holders].filter((p) => !namedIn(sentence, p)).map(peer),
    )
    if (name && at >= 0 && shown.length === 3) {
      out.push(
        makeCloze(
          {
            ...base,
            category: 'actor',
            prompt: 'Complete the sentence from the article.',
            quality: 0.72,
          },
          reopenQuote(sentence.slice(0, at)),
          sentence.slice(at + name.length),
          f.actorName,
          shown,
          aliasesOf(ctx, f.actorKey),
        ),
      )
    }
  }
  return out
}

/**
 * “… error. People were robbed …,” said X: the splitter leaves the second half of a quote
 * with only its closing mark, so a cloze of that sentence gets the opening mark back.
 */
function reopenQuote(before: string): string {
  const marks = before.match(/[“”"]/g) ?? []
  if (marks.length % 2 === 0 || /^\s*[“"]/.test(before)) return before
  return `${marks[0] === '”' ? '“' : '"'}${before}`
}

function affiliationQuestions(ctx: BuildContext, f: AffiliationFact): Built[] {
  // "Weatherspoon Art Museum" from an organisation: only a person belongs to one.
  if (
    ctx.registry.actors.get(f.actorKey)?.kind !== 'person' ||
    ORG_HEADS.has(f.actorName.split(' ').at(-1) ?? '')
  )
    return []
  const orgs = actorsOfKind(ctx, 'organisation').filter(
    (o) => o.key !== f.orgKey && o.name.split(' ').length >= 2,
  )
  const picks = pickDistractors(
    f.org,
    [],
    orgs.map((o) => ({ text: labelOf(o) })),
  )
  if (picks.length < 3) return []
  const base = { explanation: explain(ctx, [f.evidence]), evidence: [f.evidence], factIds: [f.id] }
  return [
    makeSingle(
      {
        ...base,
        category: 'position',
        prompt: `Which organisation is ${f.actorName} from, according to the article?`,
        quality: 0.74,
      },
      f.org,
      picks,
    ),
  ]
}

/** "spokesperson" beside "spokeswoman", "chairman" beside "chair": one post in other words. */
function samePost(role: string): string {
  return postOf(role)
    .toLowerCase()
    .replace(/\bspokes(?:wo)?m[ae]n\b/g, 'spokesperson')
    .replace(/\bchair(?:wo)?m[ae]n\b|\bchairperson\b/g, 'chair')
}

export function buildPeopleQuestions(ctx: BuildContext): Built[] {
  const roles = roleFacts(ctx)
  const successors = successorsOf(ctx)
  const out = roles.flatMap((f) => roleQuestions(ctx, f, roles, successors))
  for (const f of ctx.facts) if (f.type === 'affiliation') out.push(...affiliationQuestions(ctx, f))
  // Two people with one post in other words cannot both be matched to theirs.
  const byPost = new Map<string, number>()
  for (const r of new Map(roles.map((x) => [x.actorKey, x])).values())
    byPost.set(samePost(r.role), (byPost.get(samePost(r.role)) ?? 0) + 1)
  const pairs = [...new Map(roles.map((r) => [r.actorKey, r])).values()]
    .filter((r) => byPost.get(samePost(r.role)) === 1)
    .slice(0, 5)
  if (pairs.length >= 3) {
    const ev = pairs.map((r) => r.evidence)
    out.push(
      makeMatch(
        {
          category: 'position',
          prompt: 'Match each person to the post the article gives them.',
          explanation: explain(ctx, ev),
          evidence: ev,
          quality: 0.76,
          factIds: pairs.map((p) => p.id),
        },
        pairs.map((r) => [r.actorName, r.role]),
      ),
    )
  }
  return out
}
