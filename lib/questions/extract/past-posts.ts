/**
 * Posts held in the past, as obituaries and profiles write them: "She served as mayor of
 * Castlebridge from 1998 to 2004", "X served as a senator until 2018". They become "Former …"
 * posts, so no question ever offers one as the person's current post.
 */
import { TITLES } from '../lexicon'
import type { Registry } from './actors'
import { type Context, ciPattern, FULL_NAME, makeEvidence, NAME_TOKEN } from './context'
import { normaliseRole } from './names'
import { resolveSubject } from './speakers'

const TITLE_ALT = TITLES.map(ciPattern).join('|')
// The post, an optional "of the X", then the span or end that puts it in the past.
const SERVED = new RegExp(
  `(?:^|[;,]\\s+|\\band\\s+)([Hh]e|[Ss]he|${FULL_NAME})(?:,\\s+\\d{1,3},)?\\s+(?:later\\s+|also\\s+|then\\s+|had\\s+)?served\\s+as\\s+(?:(?:a|an|the)\\s+)?((?:[a-z]+\\s+){0,2}?(?:${TITLE_ALT})(?:\\s+(?:of|for)\\s+(?:the\\s+)?${NAME_TOKEN}(?:\\s+${NAME_TOKEN}){0,3})?)\\s+(?:from|between|until|in)\\s+(?:19|20)\\d\\d\\b`,
  'gu',
)
/** Every match holds these words: the few sentences that do are the only ones worth matching. */
const SERVED_AS = /served\s+as\s/

export type PastPost = {
  key: string
  name: string
  role: string
  evidence: ReturnType<typeof makeEvidence>
}

export function findPastPosts(ctx: Context, reg: Registry): PastPost[] {
  const out: PastPost[] = []
  for (const s of ctx.sentences) {
    if (!SERVED_AS.test(s.folded)) continue
    for (const m of s.folded.matchAll(SERVED)) {
      const subject = m[1] ?? ''
      const post = m[2] ?? ''
      const at = s.folded.indexOf(subject, m.index ?? 0)
      const who = resolveSubject(
        reg,
        /^(?:he|she)$/i.test(subject) ? subject.toLowerCase() : subject,
        s,
        at,
      )
      const person = who?.length === 1 ? reg.actors.get(who[0]?.key ?? '') : undefined
      if (person?.kind !== 'person') continue
      out.push({
        key: person.key,
        name: person.name,
        role: normaliseRole(`former ${post}`),
        evidence: makeEvidence(s, at, (m.index ?? 0) + m[0].length),
      })
    }
  }
  return out
}
