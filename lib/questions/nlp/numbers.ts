/**
 * Numbers the article states — counts, money, percentages and tallies such as a 7-2
 * vote — from wink-nlp's number spans, with their value and the noun they count, and
 * distractors of the same kind, form and scale.
 */
import type { NumberFact, NumberKind } from '../facts'
import type { AnnotatedSentence, NumberSpan } from './annotate'

export type NumberDraft = Omit<NumberFact, 'id'>

const WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  hundred: 100,
}
/** "four months", "17 years": a span of time counted in one unit. */
const DURATION =
  /^(?:\d{1,3}|[A-Za-z]+)\s(?:seconds|minutes|hours|days|weeks|months|years|decades)$/
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }

/** The numeric value of "$11.5 billion", "58%", "1,200", "three", or null. */
export function parseNumber(text: string): number | null {
  const t = text
    .toLowerCase()
    .replace(/[$€£¥]|us\$|usd|eur|gbp/g, '')
    .replace(/\s(?:seconds|minutes|hours|days|weeks|months|years|decades)$/, '')
    .trim()
  const m =
    /^(-?\d[\d,]*(?:\.\d+)?)\s*(%|percent|per cent)?\s*(thousand|million|billion|trillion)?/.exec(t)
  if (m?.[1]) {
    const n = Number(m[1].replace(/,/g, ''))
    return Number.isFinite(n) ? n * (SCALE[m[3] ?? ''] ?? 1) : null
  }
  const w = /^([a-z]+)(?:\s+(thousand|million|billion|trillion))?$/.exec(t)
  const base = w?.[1] ? WORDS[w[1]] : undefined
  return base === undefined ? null : base * (SCALE[w?.[2] ?? ''] ?? 1)
}

function kindOf(span: NumberSpan): NumberKind | null {
  if (span.type === 'MONEY') return 'money'
  if (span.type === 'PERCENT') return 'percent'
  if (/^\d{1,2}[-–]\d{1,2}$/.test(span.text)) return 'tally'
  if (span.type === 'CARDINAL') return 'count'
  if (span.type === 'DURATION' && DURATION.test(span.text)) return 'count'
  return null
}

/** Whether a figure occurs twice as a whole ("5%" is not repeated by "3.5%"). */
export function repeated(text: string, figure: string): boolean {
  const esc = figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return (text.match(new RegExp(`(?<![\\d.,])${esc}(?![\\d])`, 'g')) ?? []).length > 1
}

/** Words that hedge a figure ("about 6 million"); the hedge stays in the sentence, outside the blank. */
const HEDGES =
  'about|around|nearly|almost|over|some|roughly|approximately|more than|less than|fewer than|at least|up to'
const HEDGE = new RegExp(`^(?:${HEDGES})\\s+(?=\\S)`, 'i')
const ONLY_HEDGE = new RegExp(`^(?:${HEDGES})$`, 'i')

function unhedged(s: AnnotatedSentence, span: NumberSpan): NumberSpan {
  const hedge = HEDGE.exec(span.text)?.[0]
  if (!hedge) return span
  const words = hedge.trim().split(/\s+/).length
  const first = span.first + words
  const token = s.tokens[first]
  if (!token || first >= span.last) return span
  return { ...span, first, start: token.start, text: s.ref.text.slice(token.start, span.end) }
}

/**
 * "18-fold", "a 14-year-old boy", "the six-member team": a number written into a hyphenated
 * word is blanked as the whole word, and offered against the same word with other numbers.
 */
function compound(s: AnnotatedSentence, span: NumberSpan): NumberSpan {
  let last = span.last
  while (
    s.tokens[last]?.text === '-' &&
    !s.tokens[last]?.spaced &&
    /^\p{Ll}+$/u.test(s.tokens[last + 1]?.text ?? '') &&
    !s.tokens[last + 1]?.spaced
  )
    last += 2
  if (last === span.last) return span
  const end = s.tokens[last - 1]?.end ?? span.end
  return { ...span, last, end, text: s.ref.text.slice(span.start, end) }
}

/**
 * The unit of an age, when the number is one: "a 14-year-old", "nine-month-old", "aged 14",
 * "at age seventeen", or set off after a name ("Thomas Sam, 42, and …").
 */
function ageUnit(s: AnnotatedSentence, span: NumberSpan): string | null {
  const old = /-(year|month|week|day)s?-old$/.exec(span.text)
  if (old) return `${old[1]}s`
  if (span.text.includes('-')) return null
  const prev = s.tokens[span.first - 1]
  if (/^age[ds]?$/.test(prev?.lower ?? '')) return 'years'
  const named = s.tokens[span.first - 2]?.pos === 'PROPN'
  if (
    prev?.text === ',' &&
    named &&
    s.tokens[span.last]?.text === ',' &&
    /^\d{1,3}$/.test(span.text)
  )
    return 'years'
  return null
}

/**
 * The noun a number counts: the next one ("39 senators"), or the one after a word that
 * describes it ("22 consecutive years", "15 IQ points"); the rest of a hyphenated word
 * ("-fold", "-member"); a duration's unit.
 */
function unitOf(s: AnnotatedSentence, span: NumberSpan): string | null {
  if (span.type === 'DURATION') return span.text.split(' ').at(-1) ?? null
  const number = /^[\p{L}\p{N}.,]+/u.exec(span.text)?.[0] ?? ''
  if (span.text.length > number.length && span.text.charAt(number.length) === '-')
    return span.text.slice(number.length)
  const next = s.tokens[span.last]
  if (next?.pos === 'NOUN') return next.text
  const after = s.tokens[span.last + 1]
  if (next && /^(?:ADJ|PROPN)$/.test(next.pos) && after?.pos === 'NOUN') return after.text
  return null
}

/** "4chan", "3Com": a number written into a name (a unit such as "5km" or "20mph" is no name). */
function gluedToWord(s: AnnotatedSentence, span: NumberSpan): boolean {
  const next = s.tokens[span.last]
  return (
    !!next &&
    !next.spaced &&
    /^\p{L}{3,}/u.test(next.text) &&
    !/^(?:mph|kph|kmh|sqm)$/i.test(next.text)
  )
}

export function findNumbers(sentences: AnnotatedSentence[]): NumberDraft[] {
  const out: NumberDraft[] = []
  for (const s of sentences) {
    if (s.tokens.length > 50) continue
    const tallies: NumberSpan[] = s.tokens
      .map((t, i) => ({ t, i }))
      .filter(({ t }) => t.pos === 'NUM' && /^\d{1,2}[-–]\d{1,2}$/.test(t.text))
      .map(({ t, i }) => ({
        type: 'CARDINAL',
        text: t.text,
        start: t.start,
        end: t.end,
        first: i,
        last: i + 1,
      }))
    const spans = [...s.spans.filter((x) => !tallies.some((y) => y.start === x.start)), ...tallies]
    for (const found of spans) {
      const plain = unhedged(s, found)
      const span = compound(s, plain)
      const age = ageUnit(s, span)
      const kind = age ? 'age' : kindOf(span)
      if (!kind) continue
      const value = kind === 'tally' ? Number(span.text.split(/[-–]/)[0]) : parseNumber(plain.text)
      if (value === null) continue
      // Years, "one", and numbers the sentence repeats are not fair blanks.
      if (
        kind === 'count' &&
        (value < 2 || (value >= 1800 && value <= 2100 && /^\d{4}$/.test(span.text)))
      )
        continue
      if (kind === 'age' && (value < 1 || value > 120 || !Number.isInteger(value))) continue
      if (repeated(s.ref.text, span.text) || gluedToWord(s, span)) continue
      if (ONLY_HEDGE.test(span.text)) continue
      const unit = age ?? unitOf(s, span)
      // "killing 107 and wounding 238": a count after a verb of harm counts people.
      const harm = /^(?:killing|wounding|injuring|killed|wounded|injured|leaving|left)$/.test(
        s.tokens[span.first - 1]?.lower ?? '',
      )
      if (kind === 'count' && !unit && !harm) continue
      // "two or three goals", "500 miles (800 km)": a range or a conversion gives itself away.
      const prev = s.tokens[span.first - 1]
      const afterAt = span.last + (unit && span.type !== 'DURATION' ? 1 : 0)
      const after = s.tokens[afterAt]
      const joined = (t: typeof prev, n: typeof prev) =>
        !!t && /^(?:or|to|and|-|–)$/.test(t.lower) && n?.pos === 'NUM'
      if (
        joined(prev, s.tokens[span.first - 2]) ||
        joined(s.tokens[span.last], s.tokens[span.last + 1])
      )
        continue
      if (prev?.text === '(' || after?.text === ')') continue
      // "820 km (510 miles)": the conversion after it gives the figure away.
      if (after?.text === '(' && s.tokens[afterAt + 1]?.pos === 'NUM') continue
      // Small counts ("the two stores") are usually evident from the sentence itself.
      if (kind === 'count' && value < 4) continue
      out.push({
        type: 'number',
        kind,
        text: span.text,
        value,
        unit,
        evidence: { sentenceId: s.ref.id, start: span.start, end: span.end },
      })
    }
  }
  return out
}

function withWord(template: string, word: string): string {
  return template.replace(/^[A-Za-z]+/, (w) =>
    /^[A-Z]/.test(w) ? word.charAt(0).toUpperCase() + word.slice(1) : word,
  )
}

function formatLike(template: string, value: number): string {
  const scale = /\b(thousand|million|billion|trillion)\b/i.exec(template)?.[1]
  const unitValue = scale ? value / (SCALE[scale.toLowerCase()] ?? 1) : value
  const digits = /\d[\d,]*(?:\.(\d+))?/.exec(template)
  if (!digits) return template
  const decimals = digits[1]?.length ?? 0
  const commas = digits[0].includes(',') || unitValue >= 10000
  const n = decimals
    ? unitValue.toFixed(decimals)
    : commas
      ? Math.round(unitValue).toLocaleString('en-US')
      : String(Math.round(unitValue))
  return template.replace(digits[0], n)
}

/** A stable number in [0, n) from a text, so option layouts vary between facts but not between runs. */
function pick(text: string, n: number): number {
  let h = 0
  for (const c of text) h = (h * 31 + c.charCodeAt(0)) >>> 0
  return h % n
}

/**
 * Same kind, form and scale as the answer; never the answer, never another number the
 * sentence shows. How many options lie below the answer is drawn per fact (0–3), so the
 * answer is not always the second smallest; other numbers the article gives come first.
 */
export function numberDistractors(
  f: NumberDraft,
  sameKind: NumberDraft[],
  sentence: string,
): string[] {
  const below = pick(`${f.text}|${sentence}`, 4)
  const quota = { below, above: 3 - below }
  const taken = new Set([f.text])
  const out: string[] = []
  const push = (t: string, v: number) => {
    const side = v < f.value ? 'below' : 'above'
    if (out.length >= 3 || quota[side] === 0 || taken.has(t) || sentence.includes(t)) return
    taken.add(t)
    quota[side]--
    out.push(t)
  }
  if (f.kind === 'tally') {
    const [a = 0, b = 0] = f.text.split(/[-–]/).map(Number)
    const sep = f.text.includes('–') ? '–' : '-'
    const total = a + b
    const splits: string[] = []
    for (let x = total; x >= 0; x--)
      if (x >= total - x && x !== a) splits.push(`${x}${sep}${total - x}`)
    const picked = splits.slice(0, 3)
    return picked.length === 3 ? picked : []
  }
  const word = !/\d/.test(f.text)
  // Another number in the very form of the answer: "36" beside "42", but "36-year-old" beside
  // "14-year-old" and "12-fold" beside "18-fold".
  const sameForm = (o: NumberDraft) =>
    /^[\d.,]+$/.test(o.text) === /^[\d.,]+$/.test(f.text) && /\d/.test(o.text) === !word
      ? o.text
      : formatLike(f.text, o.value)
  // Once three are chosen, push takes nothing more: the loops stop (a long article has many numbers).
  for (const o of sameKind) {
    if (out.length >= 3) break
    if (o.kind !== f.kind || o.value === f.value || (word && f.kind === 'age')) continue
    // A share is never offered 100% or more ("a turnout in excess of 100%" beside "52%").
    if (f.kind === 'percent' && f.value < 100 && o.value >= 100) continue
    const ratio = o.value / f.value
    if (ratio > 0.2 && ratio < 5 && (f.unit === null || o.unit === f.unit))
      push(sameForm(o), o.value)
  }
  const steps: number[] =
    f.kind === 'percent'
      ? [-5, 5, -10, 10, -15, 15, -20, 20].map((d) => f.value + d).filter((v) => v > 0 && v < 100)
      : f.kind === 'age' && !word
        ? // Ages a few years either side, never multiples of the answer.
          [-3, 2, -5, 4, -2, 3, 6, -6].map((d) => f.value + d).filter((v) => v >= 1)
        : word || (f.value < 12 && Number.isInteger(f.value))
          ? [-1, 1, -2, 2, -3, 3, 4, 5].map((d) => f.value + d).filter((v) => v >= 2)
          : [0.75, 1.25, 0.6, 1.5, 0.4, 1.8, 0.3, 2.5].map((x) => f.value * x)
  for (const v of steps) {
    if (out.length >= 3) break
    if (word) {
      const hit = Object.entries(WORDS).find(([, n]) => n === v)
      // "four months" → "six months", "Seventeen years" → "Fifteen years".
      if (hit) push(withWord(f.text, hit[0]), v)
    } else push(formatLike(f.text, v), v)
  }
  return out.length === 3 ? out : []
}
