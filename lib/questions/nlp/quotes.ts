/**
 * Quotations and who said them, read from tokens: “…,” Name (, apposition,) said;
 * “…,” said Name; Name said: “…”; and “…,” he said, where exactly one person was named
 * in the sentences just before. A quotation with no speaker found is not kept.
 */
import type { AnnotatedSentence, Token } from './annotate'
import type { Entity, EntityMention } from './entities'
import { SPEECH_LEMMAS } from './words'

export type QuoteDraft = {
  speakerKey: string
  speakerName: string
  speakerKind: Entity['kind']
  /** The words inside the quotation marks. */
  quote: string
  sentenceId: string
  /** The quotation's span in its sentence (marks excluded). */
  start: number
  end: number
}

/**
 * The quotations of a sentence, each closed in it or running to its end (the splitter may cut
 * a long one): curly marks open and close by shape; straight marks pair up in order, so the
 * mark that closes "stingy" never opens the words after it.
 */
export function quotationSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = []
  for (const q of text.matchAll(/“([^”]*)(?:”|$)/g))
    spans.push({ start: (q.index ?? 0) + 1, end: (q.index ?? 0) + 1 + (q[1] ?? '').length })
  const marks = [...text.matchAll(/"/g)].map((m) => m.index ?? 0)
  for (let i = 0; i < marks.length; i += 2) {
    const open = marks[i] as number
    spans.push({ start: open + 1, end: marks[i + 1] ?? text.length })
  }
  return spans.filter((q) => q.end - q.start >= 12).sort((a, b) => a.start - b.start)
}

export function findQuotes(sentences: AnnotatedSentence[], entities: Entity[]): QuoteDraft[] {
  const bySentence = new Map<number, { e: Entity; m: EntityMention }[]>()
  for (const e of entities)
    for (const m of e.mentions)
      if (e.kind !== 'place')
        bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), { e, m }])
  const out: QuoteDraft[] = []
  sentences.forEach((s, si) => {
    const text = s.ref.text
    for (const { start, end } of quotationSpans(text)) {
      const inner = text.slice(start, end)
      if (inner.split(/\s+/).length < 5) continue
      const speechAt = s.tokens.findIndex(
        (t) => (t.start >= end || t.end <= start) && t.pos === 'VERB' && SPEECH_LEMMAS.has(t.lemma),
      )
      // A sentence that is all quotation names no one: its speaker cannot be proved from it.
      if (speechAt < 0) continue
      const verb = s.tokens[speechAt]
      if (!verb) continue
      // The speaker: a name outside the quotation, nearest the speech verb.
      const named = (bySentence.get(si) ?? [])
        .filter(({ m }) => m.end <= start - 1 || m.start >= end + 1)
        .map((x) => ({
          ...x,
          gap: Math.min(Math.abs(x.m.first - speechAt), Math.abs(x.m.last - 1 - speechAt)),
        }))
        .filter((x) => x.gap <= 16 && subjectOfSpeech(s, x.m, speechAt))
        // "…,” Khaled Al-Maeena, editor at the Saudi Gazette, said": the person, not the paper.
        .sort(
          (a, b) => Number(b.e.kind === 'person') - Number(a.e.kind === 'person') || a.gap - b.gap,
        )[0]
      let speaker = named?.e
      if (!speaker) {
        // “…,” he said: the one person named in the two sentences before.
        const pron = s.tokens[speechAt - 1] ?? s.tokens[speechAt + 1]
        if (!pron || !/^(he|she)$/.test(pron.lower)) continue
        const recent = new Set<Entity>()
        for (const k of [si - 1, si - 2])
          for (const x of bySentence.get(k) ?? []) if (x.e.kind === 'person') recent.add(x.e)
        if (recent.size !== 1) continue
        speaker = [...recent][0]
      }
      if (!speaker) continue
      out.push(draft(speaker, inner, s.ref.id, start, end))
    }
  })
  return out
}

/**
 * Whether a name is who speaks: right before the verb ("Wallace said"), right after it
 * ("said Wallace"), or before an apposition that ends at the verb ("Al-Maeena, editor at
 * the Saudi Gazette, said") — not any name nearby ("a critic at Scientology's forum said").
 */
function subjectOfSpeech(s: AnnotatedSentence, m: EntityMention, verbAt: number): boolean {
  const toks = s.tokens
  // "… run by the Church of Scientology said": a name inside a prepositional phrase is not the subject.
  // "… director of exhibits at the University of Arkansas, Fayetteville, said": nor in an apposition.
  const before = toks[m.first - 1]?.lower === 'the' ? toks[m.first - 2] : toks[m.first - 1]
  if (m.first === verbAt + 1) return true
  if (before?.pos === 'ADP') return false
  if (m.last === verbAt) return true
  if (toks[verbAt - 1]?.text !== ',' || toks[m.last]?.text !== ',') return false
  const between = toks.slice(m.last + 1, verbAt - 1)
  // A comma inside the apposition may only set off a place: "…, Fayetteville,".
  const stray = (t: Token, i: number) =>
    t.text === ',' && !(between[i + 1]?.pos === 'PROPN' && between[i + 2] === undefined)
  return between.length <= 14 && !between.some((t, i) => t.pos === 'VERB' || stray(t, i))
}

function draft(
  speaker: Entity,
  inner: string,
  sentenceId: string,
  start: number,
  end: number,
): QuoteDraft {
  return {
    speakerKey: speaker.key,
    speakerName: speaker.name,
    speakerKind: speaker.kind,
    quote: inner.replace(/[,.]$/, '').trim(),
    sentenceId,
    start,
    end,
  }
}
