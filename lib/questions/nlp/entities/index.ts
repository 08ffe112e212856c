/**
 * Named entities over wink-nlp's tokens: runs of proper nouns become candidate names
 * (runs.ts), cleaned of honorifics, posts, datelines and times (clean.ts), typed as person,
 * organisation or place from cues in the sentence (typing.ts), and later short forms
 * ("Phillips") linked to the full name they stand for.
 */
import type { AnnotatedSentence } from '../annotate'
import { collectRuns, textOfRun } from './runs'
import type { Entity, EntityKind, Run, Scores } from './types'
import { kindOf, scoreRun } from './typing'

export type { Entity, EntityKind, EntityMention } from './types'

const foldName = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase()

export type Group = { key: string; name: string; runs: Run[]; scores: Scores; words: string[] }

/** Finds and types the article's named people, organisations and places. */
export function findEntitiesIn(sentences: AnnotatedSentence[]): Entity[] {
  const lower = new Set<string>()
  for (const s of sentences)
    for (const t of s.tokens) if (/^\p{Ll}+$/u.test(t.text) && t.pos !== 'PROPN') lower.add(t.text)
  const runs = sentences.flatMap((s, i) => collectRuns(s, i, lower))
  const groups: Group[] = []
  const byName = new Map<string, Group>()
  // Longer names first, so short forms can attach to them.
  const ordered = [...runs].sort(
    (a, b) => b.tokens.length - a.tokens.length || a.sentence - b.sentence || a.first - b.first,
  )
  for (const r of ordered) {
    const name = textOfRun(r)
    const key = foldName(name)
    const sc = scoreRun(r)
    let g = byName.get(key)
    if (!g && r.tokens.length <= 2) {
      // "Phillips" → "Jack Phillips"; "Kennedy" → "Anthony Kennedy": a later short form.
      const words = key.split(/[\s-]+/)
      g = groups.find(
        (x) =>
          x.words.length > words.length &&
          words.every((w) => x.words.includes(w)) &&
          x.words.at(-1) === words.at(-1) &&
          kindOf(x.scores) !== 'place',
      )
      g ??= groups.find(
        (x) =>
          x.words.length > words.length &&
          x.words.join(' ').includes(key) &&
          kindOf(x.scores) === 'organisation',
      )
    }
    if (!g) {
      g = {
        key,
        name,
        runs: [],
        scores: { person: 0, organisation: 0, place: 0 },
        words: key.split(/[\s-]+/),
      }
      groups.push(g)
      byName.set(key, g)
    }
    g.runs.push(r)
    // "Paris" after "Valeska Paris": a short form of a person's name is no capital city.
    const shortForm = g.key !== key && kindOf(g.scores) === 'person'
    for (const k of Object.keys(sc) as EntityKind[])
      if (!(shortForm && k === 'place')) g.scores[k] += sc[k]
  }
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
