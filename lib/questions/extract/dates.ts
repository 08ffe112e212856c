/**
 * Date expressions and their resolution against the article's publishedAt:
 * absolute ("February 15", "in 2018"), relative ("on Monday", "last year", "this week"),
 * bare months by tense ("In October, X threatened" → past; "scheduled for October" → future).
 * Durations ("four months of calm", "just over a week") never match these patterns.
 */
import type { Granularity, ResolvedDate } from '../facts'
import { MONTHS, WEEKDAYS } from '../lexicon'

export type DateHit = {
  expression: string
  start: number
  end: number
  resolved: ResolvedDate
  tense: Tense
}
export type Tense = 'past' | 'present' | 'future'

const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)'
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'
const PATTERNS: { kind: string; re: RegExp }[] = [
  {
    kind: 'mdy',
    re: new RegExp(
      `\\b(?:on |by |since |until )?${MONTH} (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b`,
      'g',
    ),
  },
  {
    kind: 'dmy',
    re: new RegExp(`\\b(?:on |by |since |until )?(\\d{1,2}) ${MONTH}(?:,? (\\d{4}))?\\b`, 'g'),
  },
  {
    kind: 'my',
    re: new RegExp(`\\b(?:[Ii]n |[Ss]ince |[Uu]ntil |[Bb]y )?${MONTH},? (\\d{4})\\b`, 'g'),
  },
  {
    kind: 'weekday',
    re: new RegExp(
      `\\b(?:[Oo]n |[Ll]ast |[Bb]y |[Ss]ince |[Uu]ntil )?${WEEKDAY}(?:'s)?(?: (?:night|morning|afternoon|evening))?\\b`,
      'g',
    ),
  },
  {
    kind: 'month',
    re: new RegExp(
      `\\b(?:[Ii]n |[Ss]ince |[Uu]ntil |[Bb]y |[Ff]or |[Ll]ast |[Nn]ext |[Tt]his |[Ee]arly |[Ll]ate |[Mm]id-)${MONTH}(?! \\d)\\b`,
      'g',
    ),
  },
  {
    kind: 'year',
    re: /\b(?:[Ii]n |[Ss]ince |[Uu]ntil |[Bb]y |[Dd]uring |[Bb]efore |[Aa]fter |[Ff]rom )((?:19|20)\d{2})\b(?!\s*(?:-|–|to)\s*\d)/g,
  },
  {
    kind: 'relative',
    re: /(?<!\bthe )\b(?:[Ll]ast|[Tt]his|[Nn]ext|[Ee]arlier this|[Ll]ater this) (week|month|year)\b/g,
  },
  { kind: 'deictic', re: /\b(?:[Yy]esterday|[Tt]omorrow)\b/g },
]

const FUTURE =
  /\b(?:will|'ll|shall|could|might|scheduled|due|set (?:for|to)|expected|planned|plans?|upcoming|looming|next|later this|would be held)\b/i
const PAST =
  /\b(?:was|were|had|did|said|told|\w+ed|struck|hit|took|made|began|won|lost|held|fell|rose|shot|sent|left|came|went|became|abandoned)\b/i

const iso = (d: Date) => d.toISOString().slice(0, 10)
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d))
const monthIndex = (name: string) =>
  MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace(/\.$/, '').slice(0, 3)))

/**
 * Words that mark the time of the verb group a date belongs to. "would" looks forward from
 * the publication date in news ("said the council would hold …", "added that it would apply
 * …"); "due", "expected", "plans" and "set to" announce a future event.
 */
const MODAL = /^(?:will|'ll|shall|would|could|might|may|should|must)$/i
const FUTURE_VERB =
  /^(?:going|scheduled|expected|planned|plans?|planning|intends?|aims?|upcoming|looming|forthcoming|hopes?)$/i
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
  return /^[a-z]{2,}ed$/.test(w) && !NOT_PAST.has(w)
}

type Mark = Tense | null
/** The tense a word sets for the verb group it heads, reading backwards from index i. */
function markAt(words: string[], i: number): Mark {
  const w = words[i] ?? ''
  if (/^[A-Z]/.test(w) && i > 0) return null // names ("United") are not verbs mid-sentence
  const lw = w.toLowerCase()
  const prev = words[i - 1] ?? ''
  if (MODAL.test(lw)) return 'future'
  // "the plan", "the expected rise": after a determiner these are nouns and adjectives.
  if (FUTURE_VERB.test(lw)) return ADJ_BEFORE.test(prev) ? null : 'future'
  if (lw === 'set' && /^(?:to|for)$/i.test(words[i + 1] ?? '')) return 'future'
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
  const before = [...head.slice(Math.max(cut, start - 160)).matchAll(WORD)].map((m) => m[0])
  for (let i = before.length - 1; i >= Math.max(0, before.length - 16); i--) {
    const mark = markAt(before, i)
    if (mark) return mark
  }
  const tail = text.slice(end, end + 160)
  const stop = tail.search(HARD_STOP)
  const after = [...(stop >= 0 ? tail.slice(0, stop) : tail).matchAll(WORD)].map((m) => m[0])
  for (let i = 0; i < Math.min(after.length, 12); i++) {
    const mark = markAt(after, i)
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

function range(start: Date, end: Date, granularity: Granularity): ResolvedDate {
  return { start: iso(start), end: iso(end), granularity }
}
const dayRange = (d: Date) => range(d, d, 'day')
const monthRange = (y: number, m: number) => range(utc(y, m, 1), utc(y, m + 1, 0), 'month')
const yearRange = (y: number) => range(utc(y, 0, 1), utc(y, 11, 31), 'year')
function weekRange(d: Date): ResolvedDate {
  const monday = utc(
    d.getUTCFullYear(),
    d.getUTCMonth(),
    d.getUTCDate() - ((d.getUTCDay() + 6) % 7),
  )
  return range(
    monday,
    utc(monday.getUTCFullYear(), monday.getUTCMonth(), monday.getUTCDate() + 6),
    'week',
  )
}

function resolve(kind: string, m: RegExpExecArray, pub: Date, tense: Tense): ResolvedDate | null {
  const y = pub.getUTCFullYear()
  const pm = pub.getUTCMonth()
  const text = m[0].toLowerCase()
  switch (kind) {
    case 'mdy':
    case 'dmy': {
      const [mon, day] = kind === 'mdy' ? [m[1], m[2]] : [m[2], m[1]]
      const mi = monthIndex(mon ?? '')
      let year = m[3] ? Number(m[3]) : y
      const d = utc(year, mi, Number(day))
      if (!m[3] && tense === 'past' && d > pub) year -= 1
      if (!m[3] && tense === 'future' && d < pub) year += 1
      return dayRange(utc(year, mi, Number(day)))
    }
    case 'my':
      return monthRange(Number(m[2]), monthIndex(m[1] ?? ''))
    case 'weekday': {
      const dow = WEEKDAYS.indexOf((m[1] ?? '').toLowerCase())
      const back = (pub.getUTCDay() - dow + 7) % 7
      const ahead = (dow - pub.getUTCDay() + 7) % 7
      const delta = text.startsWith('last') ? -(back || 7) : tense === 'future' ? ahead : -back
      return dayRange(utc(y, pm, pub.getUTCDate() + delta))
    }
    case 'month': {
      const mi = monthIndex(m[1] ?? '')
      if (text.startsWith('last')) return monthRange(mi < pm ? y : y - 1, mi)
      // The next occurrence on or after publication: "will open in March" published in March is this March.
      if (text.startsWith('next')) return monthRange(mi > pm ? y : y + 1, mi)
      if (tense === 'future') return monthRange(mi >= pm ? y : y + 1, mi)
      if (tense === 'past') return monthRange(mi <= pm ? y : y - 1, mi)
      return monthRange(y, mi)
    }
    case 'year':
      return yearRange(Number(m[1]))
    case 'relative': {
      const shift = text.startsWith('last') ? -1 : text.startsWith('next') ? 1 : 0
      if (m[1] === 'year') return yearRange(y + shift)
      if (m[1] === 'month') return monthRange(pm + shift < 0 ? y - 1 : y, (pm + shift + 12) % 12)
      return weekRange(utc(y, pm, pub.getUTCDate() + 7 * shift))
    }
    case 'deictic':
      return dayRange(utc(y, pm, pub.getUTCDate() + (text === 'yesterday' ? -1 : 1)))
  }
  return null
}

/** Every date expression in one sentence, resolved; overlapping matches keep the first pattern. */
export function findDates(text: string, publishedAt: string): DateHit[] {
  const pub = new Date(`${publishedAt}T00:00:00Z`)
  const hits: DateHit[] = []
  for (const { kind, re } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0
      const end = start + m[0].length
      if (hits.some((h) => start < h.end && end > h.start)) continue
      const tense = detectTense(text, start, end)
      const resolved = resolve(kind, m as RegExpExecArray, pub, tense)
      if (resolved) hits.push({ expression: m[0], start, end, resolved, tense })
    }
  }
  return hits.sort((a, b) => a.start - b.start)
}

/** A reader-facing label at the date's granularity: "Monday 22 February 2021", "October 2020". */
export function formatDate(r: ResolvedDate): string {
  const d = new Date(`${r.start}T00:00:00Z`)
  const month = MONTHS[d.getUTCMonth()] ?? ''
  const M = month.charAt(0).toUpperCase() + month.slice(1)
  const y = d.getUTCFullYear()
  if (r.granularity === 'year') return String(y)
  if (r.granularity === 'month') return `${M} ${y}`
  if (r.granularity === 'week') return `the week of ${d.getUTCDate()} ${M} ${y}`
  const wd = WEEKDAYS[d.getUTCDay()] ?? ''
  return `${wd.charAt(0).toUpperCase()}${wd.slice(1)} ${d.getUTCDate()} ${M} ${y}`
}

/** The same granularity shifted by n units: the source of "a date ±1 unit" distractors. */
export function shiftDate(r: ResolvedDate, n: number): ResolvedDate {
  const d = new Date(`${r.start}T00:00:00Z`)
  const y = d.getUTCFullYear()
  const mo = d.getUTCMonth()
  if (r.granularity === 'year') return yearRange(y + n)
  if (r.granularity === 'month')
    return monthRange(y + Math.floor((mo + n) / 12), (mo + n + 12) % 12)
  if (r.granularity === 'week') return weekRange(utc(y, mo, d.getUTCDate() + 7 * n))
  return dayRange(utc(y, mo, d.getUTCDate() + n))
}
