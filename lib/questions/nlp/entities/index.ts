/**
 * Named entities over wink-nlp's tokens: runs of proper nouns become candidate names
 * (runs.ts), cleaned of honorifics, posts, datelines and times (clean.ts), typed as person,
 * organisation or place from cues in the sentence (typing.ts), and later short forms
 * ("Phillips", "NASA") linked to the full name they stand for (linking.ts).
 */
import type { AnnotatedSentence } from '../annotate'
import { linkRuns } from './linking'
import { countNouns, isCountNounRun } from './non-actors'
import { splitRunOns } from './run-ons'
import { collectRuns, textOfRun } from './runs'
import type { Entity } from './types'
import { kindOf } from './typing'

export type { Entity, EntityKind, EntityMention } from './types'

/** Finds and types the article's named people, organisations and places. */
export function findEntitiesIn(sentences: AnnotatedSentence[]): Entity[] {
  // Words the article writes in lower case; not the syllable after a hyphen ("Chi-wai").
  const lower = new Set<string>()
  for (const s of sentences)
    s.tokens.forEach((t, i) => {
      const joined = !t.spaced && s.tokens[i - 1]?.text === '-'
      if (/^\p{Ll}+(?:-\p{Ll}+)*$/u.test(t.text) && t.pos !== 'PROPN' && !joined) lower.add(t.text)
    })
  const runs = splitRunOns(sentences.flatMap((s, i) => collectRuns(s, i, lower)))
  const nouns = countNouns(runs)
  const groups = linkRuns(runs.filter((r) => !isCountNounRun(r, nouns)))
  const out: Entity[] = []
  for (const g of groups) {
    const kind = kindOf(g.scores)
    if (!kind) continue
    const mentions = g.runs
      .map((r) => ({
        sentenceId: r.s.ref.id,
        sentence: r.sentence,
        start: r.tokens[0]?.start ?? 0,
        end: r.tokens.at(-1)?.end ?? 0,
        text: textOfRun(r),
        first: r.first,
        last: r.last,
      }))
      .sort((a, b) => a.sentence - b.sentence || a.start - b.start)
    out.push({
      key: `${kind}:${g.key}`,
      name: g.name,
      kind,
      mentions,
      titles: [...new Set(g.runs.map((r) => r.title).filter(Boolean))],
    })
  }
  return out.sort(
    (a, b) =>
      (a.mentions[0]?.sentence ?? 0) - (b.mentions[0]?.sentence ?? 0) ||
      (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0),
  )
}
