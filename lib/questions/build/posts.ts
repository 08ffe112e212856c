/**
 * Post options and post wording: distractors are only posts the article gives someone
 * (never a country swapped onto another's title: the US has no prime minister), a past
 * post ("former finance minister") is asked about as a past post, and a post reads in a
 * stem as a common noun ("the judge") unless it is a name.
 */
import { pickDistractors } from '../distractors'
import type { RoleFact } from '../facts'
import { shortHash } from '../hash'
import { findCountry, findDemonym, TITLES } from '../lexicon'
import { isWellKnownBody } from '../nlp/organisations'
import { capitalise } from '../text'
import type { BuildContext } from './context'

const TITLE_SET = new Set(TITLES)
const PAST = /^(?:former|ex-|erstwhile|one-time|onetime)\s*/i
/**
 * Posts one person holds at a time: only these make "X is the Y" decidable. "X is the analyst"
 * or "the striker" may be true of several people, so a swapped one is not clearly false.
 */
const SINGLE_HOLDER =
  /(?:^|\s)(?:(?:vice |deputy )?president|(?:deputy )?prime minister|chancellor|minister(?: (?:of|for) [\w ]+)?|secretary(?: (?:of|for) [\w ]+)?|mayor|governor|king|queen|chief executive(?: officer)?|ceo|cfo|chief (?:financial|operating) officer|chair(?:man|woman|person)?|captain|head coach|manager|(?:\w+ )?leader|speaker|director general|managing director|(?:general )?secretary(?: general)?|attorney general|chief justice|police chief|commissioner|head of [\w ]+|judge)$/i

/**
 * Offices whose holder any reader knows from the news (the US president, the British prime
 * minister, the pope, the UN secretary-general): asking who holds one tests world knowledge,
 * not reading, so such posts are matched with others but never asked on their own. A bare
 * "President" is the head of state of the country the story is about: the same.
 */
const WORLD_FAMOUS =
  /^(?:President|(?:US|U\.S\.|American|United States) President|President of the United States|(?:British|UK|U\.K\.) Prime Minister|Prime Minister of (?:Britain|the United Kingdom)|(?:Russian|Chinese|French) President|German Chancellor|Pope|(?:UN|U\.N\.|United Nations) Secretary[- ]General)$/i

/** "Facebook co-founder", "Co-founder of Google": who founded a household name is world knowledge too. */
const FOUNDER =
  /^(?:(.+?)\s+(?:co-?founder|founder|creator)|(?:co-?founder|founder|creator)\s+of\s+(.+))$/i

export function isWorldFamousOffice(role: string): boolean {
  const post = postOf(role).trim()
  const founded = FOUNDER.exec(post)
  const owner = founded?.[1] ?? founded?.[2]
  return WORLD_FAMOUS.test(post) || (!!owner && isWellKnownBody(owner))
}

/**
 * The post written right before a name, where it is one any reader knows the holder of:
 * "US President _____", "Facebook co-founder _____", "Co-founder of Google, _____". A blank
 * there is answered from the news, not from the article.
 */
export function famousPostBefore(before: string): boolean {
  const m =
    /((?:[\p{Lu}][\p{L}.&-]*\s+){0,3}[\p{L}-]+(?:\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}.&-]*)?),?\s*$/u.exec(
      before,
    )
  const words = (m?.[1] ?? '').split(/\s+/)
  // Try the longest post first: "US President", then "President".
  for (let k = 0; k < words.length; k++)
    if (isWorldFamousOffice(words.slice(k).join(' '))) return true
  return false
}

/** An office one person holds at a time ("President", "Mayor", "Afghan Ambassador" is not one). */
export function isOffice(role: string): boolean {
  return SINGLE_HOLDER.test(postOf(role))
}

/** A post one person holds at a time, or one qualified enough to name one ("Swedish captain"). */
export function namesOneHolder(role: string): boolean {
  return SINGLE_HOLDER.test(postOf(role)) || role.trim().includes(' ')
}

/** "Former finance minister", "ex-president": the article says the person no longer holds it. */
export function isPastPost(role: string): boolean {
  return PAST.test(role)
}

/** The post itself, without the word that puts it in the past: "Former mayor" → "Mayor". */
export function postOf(role: string): string {
  return capitalise(role.replace(PAST, ''))
}

/**
 * Options for "What post does X hold?" (or "did X once hold?" for a past post): the posts the
 * article gives other people, in the same tense. A present post among past ones (or the
 * reverse) reads differently and, for a living holder, may even be true; the person's own
 * posts are banned in both forms. Empty when the article has fewer than three.
 */
export function postDistractors(f: RoleFact, roles: RoleFact[]): string[] {
  const past = isPastPost(f.role)
  // An office ("President", "Homeland Party leader") and a job ("political scientist",
  // "spokesman") are different kinds: the one job among offices is a giveaway.
  const office = (r: string) => SINGLE_HOLDER.test(postOf(r))
  const held = roles
    .filter((r) => r.actorKey === f.actorKey)
    .flatMap((r) => [r.role, postOf(r.role)])
  const others = roles
    .filter((r) => r.actorKey !== f.actorKey)
    .filter((r) => (past || !isPastPost(r.role)) && office(r.role) === office(f.role))
    .map((r) => ({ text: past ? postOf(r.role) : r.role }))
  return pickDistractors(past ? postOf(f.role) : f.role, held, others)
}

/**
 * With too few posts for a choice, a true/false statement about a real post: the person's own,
 * or one the article gives to someone else (a post held by another is one this person does not
 * hold). Past posts get none: "X is a former Y" cannot be shown false by Y's current holder.
 */
export function postStatement(
  ctx: BuildContext,
  f: RoleFact,
  roles: RoleFact[],
): { statement: string; truth: boolean } | null {
  if (isPastPost(f.role) || !SINGLE_HOLDER.test(f.role)) return null
  const held = roles.filter((r) => r.actorKey === f.actorKey).map((r) => r.role.toLowerCase())
  const swaps = roles.filter(
    (r) =>
      r.actorKey !== f.actorKey &&
      !isPastPost(r.role) &&
      SINGLE_HOLDER.test(r.role) &&
      !isWorldFamousOffice(r.role) &&
      !held.includes(r.role.toLowerCase()),
  )
  if (swaps.length === 0) return null
  const seed = shortHash(f.id, 'post')
  const truth = seed.charCodeAt(0) % 2 === 0
  const role = truth ? f.role : (swaps[seed.charCodeAt(1) % swaps.length]?.role ?? f.role)
  return {
    statement: `According to the article, ${f.actorName} is the ${postInStem(ctx, role)}.`,
    truth,
  }
}

/**
 * A post inside a stem: "Company chief executive", "Judge", "Former …" were only capitalised to
 * head an option, so after "the" the common noun goes back to lower case. A first word goes
 * down only when the article itself writes it in lower case ("the company's", "a judge"), so a
 * name that opens the post ("Greenpeace spokeswoman", "Malawi health minister") keeps its capital.
 */
export function postInStem(ctx: BuildContext, role: string): string {
  if (isPastPost(role)) return `former ${postInStem(ctx, postOf(role))}`
  const [first = '', ...rest] = role.split(' ')
  // A post that is a title as a whole ("Judge", "Defence lawyer") is a common noun.
  const lone = TITLE_SET.has(role.toLowerCase()) && rest.every((w) => /^\p{Ll}/u.test(w))
  if (!lone && (rest.length === 0 || rest.some((w) => /^\p{Lu}/u.test(w)))) return role
  if (findCountry(first) || findDemonym(first) || !/^\p{Lu}\p{Ll}+$/u.test(first)) return role
  const named = [...ctx.registry.actors.values()].some((a) => a.aliases.includes(first))
  if (named) return role
  const lower = first.toLowerCase()
  const common = new RegExp(`(?<![\\p{L}])${lower}(?![\\p{L}])`, 'u')
  const written = ctx.doc.paragraphs.some((p) => p.sentences.some((x) => common.test(x.text)))
  return lone || written ? lower + role.slice(first.length) : role
}
