/**
 * Countries that play: in a match report a country's name stands for its team ("Sweden
 * defeated South Korea 1 – 0", "Panama's goalkeeper", "put Croatia in the lead"). A result,
 * a score line or a squad is a strong cue; facing another country alone is a weak one.
 */
import type { Token } from '../annotate'
import { findCountryByName } from '../places'
import { isUpper, textOfRun } from './runs'
import type { Run } from './types'

const MATCH_VERBS = new Set([
  'defeat',
  'beat',
  'draw',
  'concede',
  'equalise',
  'equalize',
  'thrash',
  'edge',
  'outplay',
])
const MATCH_OBJECT_VERBS = new Set(['defeat', 'beat', 'face', 'play', 'thrash', 'edge', 'outplay'])
const SQUAD_NOUNS = new Set(
  'goalkeeper keeper coach striker defender midfielder winger forward captain squad manager goal goals equaliser equalizer victory win defeat lineup'.split(
    ' ',
  ),
)
const isScore = (a?: Token, dash?: Token, b?: Token) =>
  a?.pos === 'NUM' &&
  /^\d{1,2}$/.test(a.text) &&
  /^[–-]$/.test(dash?.text ?? '') &&
  /^\d{1,2}$/.test(b?.text ?? '')

/**
 * A country that plays: "Sweden defeated South Korea 1 – 0", "Belgium faced Panama",
 * "Panama's goalkeeper". In match reports the country's name stands for its team.
 */
export function teamCue(r: Run, name = textOfRun(r)): 'strong' | 'weak' | null {
  if (!findCountryByName(name)) return null
  const toks = r.s.tokens
  const after = toks[r.last]
  const before = toks[r.first - 1]
  const verbAfter =
    after?.pos === 'VERB' &&
    MATCH_VERBS.has(after.lemma) &&
    (toks.slice(r.last + 1, r.last + 4).some((t) => !!findCountryByName(t.text)) ||
      isScore(toks[r.last + 1], toks[r.last + 2], toks[r.last + 3]))
  const lostTo =
    after?.lemma === 'lose' && isScore(toks[r.last + 1], toks[r.last + 2], toks[r.last + 3])
  const verbBefore =
    before?.pos === 'VERB' &&
    MATCH_OBJECT_VERBS.has(before.lemma) &&
    isUpper(toks[r.first - 2]?.text ?? '')
  // "Sweden 1 – 0 Korea", "lost 1 – 2 to England".
  const scoreNear =
    isScore(toks[r.last], toks[r.last + 1], toks[r.last + 2]) ||
    isScore(toks[r.first - 3], toks[r.first - 2], toks[r.first - 1]) ||
    (before?.lower === 'to' && isScore(toks[r.first - 4], toks[r.first - 3], toks[r.first - 2]))
  const squad =
    !!after &&
    /^['’]s$/.test(after.text) &&
    (SQUAD_NOUNS.has(toks[r.last + 1]?.lower ?? '') ||
      SQUAD_NOUNS.has(toks[r.last + 2]?.lower ?? ''))
  // "Sweden faced South Korea", "Sweden winning three points", "put Sweden in the lead".
  const facing =
    after?.pos === 'VERB' &&
    /^(face|play|meet)$/.test(after.lemma) &&
    !!findCountryByName(toks[r.last + 1]?.text ?? '')
  const next = toks.slice(r.last, r.last + 4).map((t) => t.lower)
  const points =
    /^(winning|won|earned|earning)$/.test(next[0] ?? '') && next.some((w) => /^points?$/.test(w))
  const lead =
    /^(in|into) the lead/.test(next.slice(0, 3).join(' ')) ||
    (before?.lower === 'for' && toks[r.first - 2]?.lower === 'lead')
  // Playing against another country alone may be a meeting; a result or a squad is a match.
  if (verbAfter || lostTo || scoreNear || squad || points || lead) return 'strong'
  return facing || verbBefore ? 'weak' : null
}
