/**
 * How stance content and actors read inside a stem: "the Transport Workers Union" but
 * "Northwind Energy", ‘…’ for quoted words, "added that …", and options that fit the stem's
 * he/she.
 */
import type { Actor, StanceFact } from '../facts'
import type { BuildContext } from './context'

export const evidenceOf = (f: StanceFact) =>
  f.holderEvidence ? [f.evidence, f.holderEvidence] : [f.evidence]
/** How an actor reads inside a sentence: "the United States", "analysts". */
/** Institutions take "the" ("the Transport Workers Union", "the Royal College of Nursing"); companies do not. */
const THE_HEADS =
  /\s(?:Union|Council|Agency|Commission|Committee|Ministry|Department|Institute|Authority|Association|Federation|Office|Board|Bureau|Tribunal|Senate|Parliament|Congress|Assembly|Foundation|Society|Service|Organisation|Organization)$|\sof\s/
export const phraseOf = (a: Actor) =>
  a.kind === 'organisation' && (/\s[a-z]+$/.test(a.name) || THE_HEADS.test(a.name))
    ? `the ${a.name}`
    : a.name

/** Quoted words inside reported content read as a quotation: "daylight robbery" → ‘daylight robbery’. */
export function quotedInline(content: string): string {
  const marks = content.match(/[“”"]/g) ?? []
  if (marks.length % 2 !== 0) return content.replace(/[“”"]/g, '')
  return content.replace(/[“"]([^“”"]*)[”"]/g, '‘$1’')
}

/**
 * "Who declined to comment as he left the court?": a he/she/his/her in the stem rules out
 * every option of the other gender, so each option must be known to fit the pronoun.
 */
export function sameGender(ctx: BuildContext, a: Actor, content: string): boolean {
  const words = content.toLowerCase().match(/\b(?:he|him|his|himself|she|her|hers|herself)\b/g)
  if (!words) return true
  const male = words.some((w) => w.startsWith('h') && !w.startsWith('her'))
  const female = words.some((w) => w.startsWith('she') || w.startsWith('her'))
  const g = ctx.registry.genders.get(a.key)
  return g !== undefined && (g === 'm' ? male : female)
}

/** Lower-cases a sentence-initial common word so reported content reads inside a sentence. */
export function inline(content: string, ctx: BuildContext): string {
  const first = content.split(' ')[0] ?? ''
  const isName = [...ctx.registry.actors.values()].some((a) =>
    a.aliases.some((al) => content.startsWith(al)),
  )
  return !isName && /^[A-Z][a-z]+$/.test(first)
    ? content.charAt(0).toLowerCase() + content.slice(1)
    : content
}

const REPORTING =
  /\b(?:said|says|say|added|adds|warned|warns|claimed|claims|argued|argues|insisted|insists|noted|stated|estimated|estimates|explained|confirmed|announced|admitted)$/

/**
 * The predicate of a reported stance as a reader-facing phrase: "added that dust … had
 * darkened the snow". A reporting verb always gets "that" before its clause, so a stem
 * never reads "Who added dust … had darkened", and participles become past tense.
 */
export function reportPredicate(verb: string, content: string): string {
  const v = verb
    .replace(/ on \w+day$/, '')
    .replace(/^(?:saying|say)$/, 'said')
    .replace(/^insisting$/, 'insisted')
    .replace(/^arguing$/, 'argued')
    .replace(/^warning$/, 'warned')
    .replace(/^claiming$/, 'claimed')
  const needsThat = REPORTING.test(v) && !/^(?:that|to|whether|if|how|what|why)\b/i.test(content)
  return `${v}${needsThat ? ' that' : ''} ${content}`
}
