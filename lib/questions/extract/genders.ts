/** Grammatical gender of people, only where the article itself shows it. */
import type { Registry } from './actors'
import type { Context } from './context'
import { personKey } from './names'

/** "Hadley said he would", "Okonjo told reporters she", "Moss and her team": the pronoun right after the name. */
const PRONOUN_AFTER =
  /^(?:\s+(?:\w+\s+){0,2}?(?:said|says|told \w+|added|argued|insisted|warned|confirmed|announced|stressed)(?:\s+that)?\s+(he|she)\b|(?:\s+\w+){0,2}?\s+(his|her)\s+(?:own\s+)?\w)/i

/**
 * Gender only where the article shows it: an honorific (Mr; Mrs, Ms, Miss), a gendered post
 * (spokesman, chairwoman), or he/she/his/her right after a name in a sentence that names no
 * one else ("Hadley said he would attend"). Conflicting signs leave it unknown.
 */
export function findGenders(ctx: Context, reg: Registry) {
  const signs = new Map<string, Set<'m' | 'f'>>()
  const add = (key: string, g: 'm' | 'f') => signs.set(key, (signs.get(key) ?? new Set()).add(g))
  for (const s of ctx.sentences) {
    const people = (reg.bySentence.get(s.index) ?? []).filter(
      (m) => reg.actors.get(m.key)?.kind === 'person',
    )
    for (const m of people) {
      const before = s.folded.slice(Math.max(0, m.start - 5), m.start)
      if (/\bMr\.?\s$/.test(before)) add(m.key, 'm')
      else if (/\b(?:Mrs|Ms|Miss)\.?\s$/.test(before)) add(m.key, 'f')
    }
    if (new Set(people.map((m) => m.key)).size !== 1) continue
    for (const m of people) {
      const p = PRONOUN_AFTER.exec(s.folded.slice(m.end, m.end + 60))
      const w = (p?.[1] ?? p?.[2] ?? '').toLowerCase()
      if (w) add(m.key, w === 'he' || w === 'his' ? 'm' : 'f')
    }
  }
  for (const r of reg.people.roles) {
    const key = personKey(r.name)
    if (/\b(?:spokesman|chairman)\b/i.test(r.role)) add(key, 'm')
    if (/\b(?:spokeswoman|chairwoman)\b/i.test(r.role)) add(key, 'f')
  }
  for (const [key, set] of signs) {
    const [g] = [...set]
    if (set.size === 1 && g && reg.actors.has(key)) reg.genders.set(key, g)
  }
}
