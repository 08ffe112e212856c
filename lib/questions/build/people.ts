/**
 * Questions about actors and the posts they hold: "What post does X hold?",
 * "Who is the US State Department spokesman?", a cloze on the name in its sentence,
 * affiliations, and a match of people ↔ posts.
 */
import { labelOf } from '../extract/actors'
import { findCountry, findDemonym, TITLES } from '../lexicon'

const TITLE_SET = new Set(TITLES)

import { pickDistractors } from '../distractors'
import type { AffiliationFact, RoleFact } from '../facts'
import { type Built, makeCloze, makeMatch, makeSingle } from './common'
import { actorsOfKind, aliasesOf, type BuildContext, explain } from './context'
import { namedIn } from './swap'

function roleFacts(ctx: BuildContext): RoleFact[] {
  return ctx.facts.filter((f): f is RoleFact => f.type === 'role')
}

/**
 * Same-shape neighbours: a post is "<qualifier> <title>" where the qualifier is a country,
 * demonym or organisation named in the article ("US President" → "Iraqi President";
 * "Northwind chief executive" → "Brightfield chief executive"). Other posts get none:
 * swapping parts of free-form posts makes nonsense.
 */
function roleNeighbours(ctx: BuildContext, role: string, all: string[]): string[] {
  const names = new Set(
    [...ctx.registry.actors.values()]
      .filter((a) => a.kind !== 'person' && a.kind !== 'source')
      .flatMap((a) => a.aliases),
  )
  const split = (r: string) => {
    const words = r.split(' ')
    for (let i = 1; i < words.length; i++) {
      const qual = words.slice(0, i).join(' ')
      const title = words.slice(i).join(' ')
      const kind =
        findDemonym(qual) || findCountry(qual) ? 'country' : names.has(qual) ? 'org' : null
      if (TITLE_SET.has(title.toLowerCase()) && kind) return { qual, title, kind }
    }
    return null
  }
  const me = split(role)
  if (!me) return []
  const out: string[] = []
  for (const other of all.map(split)) {
    // "US State Department President" is nonsense: only swap like for like.
    if (!other || other.kind !== me.kind) continue
    out.push(`${me.qual} ${other.title}`, `${other.qual} ${me.title}`)
  }
  return out
}

/**
 * A post inside a stem: "Company chief executive", "Head of inspection services" were only
 * capitalised to head an option, so after "the" the common noun goes back to lower case;
 * a name, country or nationality ("Malawi health minister") keeps its capital.
 */
function inStem(ctx: BuildContext, role: string): string {
  const [first = '', ...rest] = role.split(' ')
  const named = [...ctx.registry.actors.values()].some((a) => a.aliases.includes(first))
  if (rest.length === 0 || rest.some((w) => /^\p{Lu}/u.test(w)) || named) return role
  if (findCountry(first) || findDemonym(first) || !/^\p{Lu}\p{Ll}+$/u.test(first)) return role
  // Written capitalised mid-sentence somewhere ("in Malawi"): a proper noun.
  const midSentence = new RegExp(`(?<=\\S\\s+)${first}(?![\\p{L}])`, 'u')
  const proper = ctx.doc.paragraphs.some((p) => p.sentences.some((x) => midSentence.test(x.text)))
  return proper ? role : first.toLowerCase() + role.slice(first.length)
}

function roleQuestions(ctx: BuildContext, f: RoleFact, roles: RoleFact[]): Built[] {
  const out: Built[] = []
  const others = roles.filter((r) => r.actorKey !== f.actorKey)
  const held = roles.filter((r) => r.actorKey === f.actorKey).map((r) => r.role)
  const base = { explanation: explain(ctx, [f.evidence]), evidence: [f.evidence], factIds: [f.id] }
  const cands = [
    ...others.map((r) => r.role),
    ...roleNeighbours(
      ctx,
      f.role,
      roles.map((r) => r.role),
    ),
  ].map((text) => ({ text }))
  const posts = pickDistractors(f.role, held, cands)
  if (posts.length === 3) {
    const fromArticle = posts.filter((p) => others.some((o) => o.role === p)).length
    out.push(
      makeSingle(
        {
          ...base,
          category: 'position',
          prompt: `What post does ${f.actorName} hold, according to the article?`,
          quality: 0.78 + 0.04 * fromArticle,
        },
        f.role,
        posts,
      ),
    )
  }
  const holders = actorsOfKind(ctx, 'person').filter(
    (p) =>
      !roles.some((r) => r.actorKey === p.key && r.role.toLowerCase() === f.role.toLowerCase()),
  )
  const people = pickDistractors(
    f.actorName,
    aliasesOf(ctx, f.actorKey),
    holders.map((p) => ({ text: p.name })),
  )
  if (people.length === 3) {
    // One single-choice question per fact: "who is the X" only when "what post" had too few distractors.
    if (posts.length < 3)
      out.push(
        makeSingle(
          {
            ...base,
            category: 'actor',
            prompt: `Who is described in the article as the ${inStem(ctx, f.role)}?`,
            quality: 0.8,
          },
          f.actorName,
          people,
        ),
      )
    const sentence = ctx.sentence(f.evidence.sentenceId)
    const name = aliasesOf(ctx, f.actorKey).find((a) => sentence.includes(a))
    const at = name ? sentence.indexOf(name, f.evidence.start) : -1
    // "… by X's minister, _____, and Y's minister, Wissam Tahtamouni": a name the sentence
    // shows beside the blank is no distractor.
    const shown = pickDistractors(
      f.actorName,
      aliasesOf(ctx, f.actorKey),
      holders.filter((p) => !namedIn(sentence, p)).map((p) => ({ text: p.name })),
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

export function buildPeopleQuestions(ctx: BuildContext): Built[] {
  const roles = roleFacts(ctx)
  const out = roles.flatMap((f) => roleQuestions(ctx, f, roles))
  for (const f of ctx.facts) if (f.type === 'affiliation') out.push(...affiliationQuestions(ctx, f))
  const pairs = [...new Map(roles.map((r) => [r.actorKey, r])).values()].slice(0, 5)
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
