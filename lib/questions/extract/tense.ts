/**
 * The tense of the verb group that governs a date: "would hold … on March 20" is future,
 * "said on Monday" past, "On Monday, rockets were fired" past (the first marked verb after).
 */
import { baseForm, pastOf } from './grammar'

export type Tense = 'past' | 'present' | 'future'

const FUTURE =
  /\b(?:will|'ll|shall|could|might|scheduled|due|set (?:for|to)|expected|planned|plans?|upcoming|looming|next|later this|would be held)\b/i
const PAST =
  /\b(?:was|were|had|did|said|told|\w+ed|struck|hit|took|made|began|won|lost|held|fell|rose|shot|sent|left|came|went|became|abandoned)\b/i

/**
 * Words that mark the time of the verb group a date belongs to. "would" looks forward from
 * the publication date in news ("said the council would hold …", "added that it would apply
 * …"); "due", "expected", "plans" and "set to" announce a future event.
 */
const MODAL = /^(?:will|'ll|shall|would|could|might|may|should|must)$/i
const FUTURE_VERB =
  /^(?:going|scheduled|expected|planned|plans?|planning|intends?|aims?|upcoming|looming|forthcoming|hopes?)$/i
/** Present-simple verbs that news uses for a timetable ("the trial opens on Monday"). */
const SCHEDULED =
  /^(?:go|goes|open|opens|start|starts|begin|begins|resume|resumes|meet|meets|kick|kicks|close|closes|arrive|arrives|depart|departs|launch|launches|host|hosts|travel|travels)$/i
const PAST_AUX = /^(?:was|were|had|did)$/i
const PRESENT_AUX = /^(?:is|are|am|has|have|does|do)$/i
const VERB_CHAIN =
  /^(?:be|been|being|not|also|still|already|just|then|never|now|soon|later|finally|to)$/i
/** A word before a participle that makes it an adjective: "the injured residents". */
const ADJ_BEFORE =
  /^(?:the|a|an|its|their|his|her|our|your|my|this|these|those|some|many|several|all|newly|recently|so-called|well|most|more|less)$/i
const IRREGULAR_PAST = new Set(
  'said told struck hit took made began won lost held fell rose shot sent left came went became met paid sold bought brought built found ran saw spoke spent stood wrote knew thought kept put cut drew threw broke chose fought sought caught taught flew grew drove heard gave led'.split(
    ' ',
  ),
)
const NOT_PAST = new Set(
  'need speed seed feed bleed breed proceed exceed succeed hundred indeed deed weed greed creed sacred kindred naked wicked shed embed'.split(
    ' ',
  ),
)
/** A lower-case past form: "voted", "resumed", "said" (not "need", "hundred", "indeed"). */
function isPastForm(w: string): boolean {
  if (IRREGULAR_PAST.has(w)) return true
  // "upheld", "fled", "withdrew": the grammar's irregular list knows more than this one.
  const base = baseForm(w)
  if (base && pastOf(base) === w && base !== w) return true
  return /^[a-z]{2,}ed$/.test(w) && !NOT_PAST.has(w)
}

type Mark = Tense | null
/** The tense a word sets for the verb group it heads, reading backwards from index i. */
function markAt(words: string[], i: number, opensSentence = i === 0): Mark {
  const w = words[i] ?? ''
  // Names ("United", "Mohamed") are not verbs: only a sentence's first word is capitalised anyway.
  if (/^[A-Z]/.test(w) && !(i === 0 && opensSentence)) return null
  const lw = w.toLowerCase()
  const prev = words[i - 1] ?? ''
  if (MODAL.test(lw)) return 'future'
  // "the plan", "the expected rise": after a determiner these are nouns and adjectives.
  if (FUTURE_VERB.test(lw)) return ADJ_BEFORE.test(prev) ? null : 'future'
  // "Tickets go on sale on Wednesday", "the sides meet again next month": a timetabled event
  // in the present simple lies ahead.
  if (SCHEDULED.test(lw)) return ADJ_BEFORE.test(prev) || /^to$/i.test(prev) ? null : 'future'
  if (lw === 'set' && /^(?:to|for)$/i.test(words[i + 1] ?? '')) return 'future'
  // "Mohamed and his father are to travel on Wednesday": "be to" + verb is an arrangement ahead.
  if (/^(?:is|are|am)$/.test(lw) && /^to$/i.test(words[i + 1] ?? '')) return 'future'
  // "was due on March 28", "is due to begin" (but "closed due to flooding" is a cause).
  if (lw === 'due') return /^(?:is|are|was|were|be|been)$/i.test(prev) ? 'future' : null
  const pastForm = PAST_AUX.test(lw) || isPastForm(lw)
  const presentForm = PRESENT_AUX.test(lw)
  if (!pastForm && !presentForm) return null
  if (isPastForm(lw) && ADJ_BEFORE.test(prev)) return null
  // The rest of the verb group: "would be held", "is expected to", "has been closed".
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const v = (words[j] ?? '').toLowerCase()
    if (MODAL.test(v)) return 'future'
    if (PAST_AUX.test(v)) return 'past'
    if (PRESENT_AUX.test(v)) return /^(?:has|have)$/.test(v) ? 'past' : 'present'
    if (!VERB_CHAIN.test(v)) break
  }
  if (presentForm) return /^(?:has|have)$/.test(lw) ? 'past' : 'present'
  return 'past'
}

const WORD = /[A-Za-z'’-]+/g
const HARD_STOP = /[;:"“”]|\s[–—]\s/

/**
 * Tense of the verb group that governs a date: the nearest tense-marking word before it in
 * its clause ("would hold a public meeting on March 20" → future; "said on Monday" → past),
 * else the first one after it ("On Monday, rockets were fired" → past); the old window
 * heuristic only when the clause has no marked verb.
 */
export function detectTense(text: string, start: number, end: number): Tense {
  const head = text.slice(0, start)
  const cut = Math.max(
    ...[...head.matchAll(new RegExp(HARD_STOP, 'g'))].map((m) => (m.index ?? 0) + 1),
    0,
  )
  const from = Math.max(cut, start - 160)
  const before = [...head.slice(from).matchAll(WORD)].map((m) => m[0])
  const opens = from === 0 || /[.!?]\s*$/.test(head.slice(0, from))
  for (let i = before.length - 1; i >= Math.max(0, before.length - 16); i--) {
    const mark = markAt(before, i, opens)
    if (mark) return mark
  }
  const tail = text.slice(end, end + 160)
  const stop = tail.search(HARD_STOP)
  const after = [...(stop >= 0 ? tail.slice(0, stop) : tail).matchAll(WORD)].map((m) => m[0])
  for (let i = 0; i < Math.min(after.length, 12); i++) {
    const mark = markAt(after, i, false)
    if (mark) return mark
  }
  return windowTense(text, start, end)
}

/** Tense near the expression: words right before it first ("scheduled for"), then the clause. */
function windowTense(text: string, start: number, end: number): Tense {
  const near = text.slice(Math.max(0, start - 25), end)
  if (FUTURE.test(near)) return 'future'
  const clause = text.slice(Math.max(0, start - 120), Math.min(text.length, end + 120))
  if (FUTURE.test(clause) && !PAST.test(near)) return 'future'
  return PAST.test(clause) ? 'past' : 'present'
}
