/**
 * How stance content and actors read inside a stem: "the Transport Workers Union" but
 * "Northwind Energy", ‘…’ for quoted words, "added that …", and options that fit the stem's
 * he/she.
 */

import { lowerFirst } from '../extract/grammar'
import type { Actor, StanceFact } from '../facts'
import type { BuildContext } from './context'

export const evidenceOf = (f: StanceFact) =>
  f.holderEvidence ? [f.evidence, f.holderEvidence] : [f.evidence]
/** Institutions take "the" ("the Transport Workers Union", "the Royal College of Nursing"); companies do not. */
const THE_HEADS =
  /\s(?:Union|Council|Agency|Commission|Committee|Ministry|Department|Institute|Authority|Association|Federation|Office|Board|Bureau|Tribunal|Senate|Parliament|Congress|Assembly|Foundation|Society|Service|Organisation|Organization)$|\sof\s/
/** How an actor reads inside a sentence: "the United States", "analysts". */
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
  const { male, female } = pronounsIn(content)
  if (!male && !female) return true
  const g = ctx.registry.genders.get(a.key)
  return g !== undefined && (g === 'm' ? male : female)
}

/** Whether a text holds a male (he/him/his/himself) and a female (she/her/hers/herself) pronoun. */
export function pronounsIn(text: string): { male: boolean; female: boolean } {
  const words = text.toLowerCase().match(/\b(?:he|him|his|himself|she|her|hers|herself)\b/g) ?? []
  return {
    male: words.some((w) => w.startsWith('h') && !w.startsWith('her')),
    female: words.some((w) => w.startsWith('she') || w.startsWith('her')),
  }
}

/** Lower-cases a sentence-initial common word so reported content reads inside a sentence. */
export function inline(content: string, ctx: BuildContext): string {
  const isName = [...ctx.registry.actors.values()].some((a) =>
    a.aliases.some((al) => content.startsWith(al)),
  )
  // lowerFirst keeps "President Vladimir Putin", "Denmark", "Chinese officials" as written.
  return isName ? content : lowerFirst(content)
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

// An object: what ends the clause or comes before a preposition ("reject it", "asked them to");
// "it opposes", "it would" are subjects, and those stand for the holder.
const OBJECT_PRONOUN =
  /\b(it|them)\b(?=\s*(?:[,.;?!]|$)|\s+(?:to|and|or|in|on|at|for|from|with|by|as|because|if|unless|until|before|after|over|down|up|off|out|back)\b)/g
const NOUN_PHRASE =
  /\b(?:the|this|that|these|those)\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\b(?=\s*(?:["“”,.;]|\s+(?:and|or|but|as|to|in|on|at|of|for|was|were|is|are|has|had)\b|\s*$))/g

/**
 * "… called the tax "daylight robbery" and urged Kenyans to reject it": a stem cannot lean on
 * an "it"/"them" whose referent sits outside it. The referent is taken from the same sentence
 * (the last definite noun phrase before the content whose number fits: "the tax" for "it",
 * "the plans" for "them"); null when there is none, so no stem is built on the content.
 * Content whose pronoun has a referent inside it ("the plan, which it backs") is left alone.
 */
export function resolveObjectPronouns(content: string, sentence: string): string | null {
  const hits = [...content.matchAll(OBJECT_PRONOUN)]
  if (hits.length === 0) return content
  const at = sentence.indexOf(content)
  const before = (at >= 0 ? sentence.slice(0, at) : '').replace(/["“][^"”]*["”]/g, '"…"')
  const nps = [...before.matchAll(NOUN_PHRASE)].map((m) => m[0])
  let out = content
  for (const h of hits.reverse()) {
    const plural = h[1] === 'them'
    const lead = content.slice(0, h.index)
    // "armed groups are keen to … rein them in": a plural noun inside the content is the referent.
    const inside = plural
      ? /\b(?!(?:is|was|has|does|says|this|its|his|us)\b)\p{L}{3,}s\b/u.test(lead)
      : /\b(?:the|a|an|its|their)\s+\p{L}+/u.test(lead)
    if (inside) continue
    const np = nps.findLast((n) => /s$/.test(n) === plural && !/\b(?:it|them)\b/.test(n))
    if (!np) return null
    const i = h.index ?? 0
    out = `${out.slice(0, i)}${np.replace(/^(?:this|that|these|those)\s/, 'the ')}${out.slice(i + h[0].length)}`
  }
  return out
}

const PERSON_OBJECT =
  /\b(?:him|her)\b(?=\s*(?:[,.;?!]|$)|\s+(?:of|to|for|with|as|in|on|at|from|over|and|after|before|because)\b)/

/**
 * "Critics accused her of running up debts": a him/her object when the holder is no single
 * person (critics, a union, a country) can only mean someone named in another sentence.
 */
export function leansOnOtherPerson(content: string, holder: Actor): boolean {
  return holder.kind !== 'person' && PERSON_OBJECT.test(content)
}
