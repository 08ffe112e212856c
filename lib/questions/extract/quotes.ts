/**
 * Direct quotes and their speakers: "…,” Price told reporters; “…,” said the US official;
 * X said: “…”; an unattributed follow-on quote keeps the paragraph's last speaker; a quote
 * the sentence splitter cut in two borrows the attribution after its closing mark.
 */
import { SPEECH_VERBS } from '../lexicon'
import type { Registry } from './actors'
import { makeEvidence, type SentenceRef } from './context'
import { type Ref, resolveSubject } from './speakers'
import type { Draft } from './stances'

const QUOTE = /"([^"]{3,})"/g
const AFTER_SUBJ_VERB = new RegExp(`^,?\\s+([^"]{2,90}?)\\s+(${SPEECH_VERBS})\\b`)
const AFTER_VERB_SUBJ = new RegExp(`^,?\\s+(?:${SPEECH_VERBS})\\s+([^",.;]{2,90})`)
const BEFORE = new RegExp(`^(?:.*?[,;]\\s+)?([^",;]{2,90}?)\\s+(?:${SPEECH_VERBS})\\b[^"]*:\\s*$`)

/**
 * A quote the splitter cut in two (“This was not weakness. It was a plan,” Webb said):
 * the opening sentence borrows the attribution that follows the closing mark.
 */
export function openQuoteDraft(
  reg: Registry,
  s: SentenceRef,
  next: SentenceRef | undefined,
  last: { speaker: Ref[] | null },
): Draft[] {
  if (!next || !s.folded.startsWith('"') || (s.folded.match(/"/g) ?? []).length !== 1) return []
  const close = next.folded.indexOf('"')
  if (close < 0) return []
  const after = next.folded.slice(close + 1)
  const a1 = AFTER_SUBJ_VERB.exec(after)
  const a2 = AFTER_VERB_SUBJ.exec(after)
  const subj = a1?.[1] ?? a2?.[1]
  const speaker = subj ? resolveSubject(reg, subj, next, close + 1 + after.indexOf(subj)) : null
  if (!speaker) return []
  last.speaker = speaker
  const text = s.text.slice(1).replace(/[,.]$/, '')
  const holders = speaker.map((r) => ({ key: r.key, name: r.name }))
  const evidence = makeEvidence(s, 1, 1 + text.length)
  return [
    { type: 'stance', holders, kind: 'quote', verb: a1?.[2] ?? 'said', content: text, evidence },
  ]
}

export function quoteDrafts(
  reg: Registry,
  s: SentenceRef,
  last: { speaker: Ref[] | null },
): Draft[] {
  const out: Draft[] = []
  for (const m of s.folded.matchAll(QUOTE)) {
    const q = m[1] ?? ''
    const open = m.index ?? 0
    const close = open + m[0].length
    const before = s.folded.slice(0, open)
    const after = s.folded.slice(close)
    const whole = before.trim() === '' || /:\s*$/.test(before)
    if (!whole || q.split(/\s+/).length < 5) continue
    let speaker: Ref[] | null = null
    let verb = 'said'
    const a1 = AFTER_SUBJ_VERB.exec(after)
    const a2 = AFTER_VERB_SUBJ.exec(after)
    const b = BEFORE.exec(before)
    if (a1?.[1]) {
      speaker = resolveSubject(reg, a1[1], s, close + after.indexOf(a1[1]))
      verb = a1[2] ?? verb
    } else if (a2?.[1]) speaker = resolveSubject(reg, a2[1], s, close + after.indexOf(a2[1]))
    else if (b?.[1]) speaker = resolveSubject(reg, b[1], s, before.lastIndexOf(b[1]))
    else if (after.trim() === '' || /^[.!?]*$/.test(after.trim())) speaker = last.speaker
    if (!speaker) continue
    last.speaker = speaker
    const text = s.text.slice(open + 1, close - 1).replace(/[,.]$/, '')
    out.push({
      type: 'stance',
      holders: speaker.map((r) => ({ key: r.key, name: r.name })),
      kind: 'quote',
      verb,
      content: text,
      evidence: makeEvidence(s, open + 1, open + 1 + text.length),
    })
  }
  return out
}
