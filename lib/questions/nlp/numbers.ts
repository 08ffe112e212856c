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
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  fifty: 50,
  hundred: 100,
}
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }

/** The numeric value of "$11.5 billion", "58%", "1,200", "three", or null. */
export function parseNumber(text: string): number | null {
  const t = text
    .toLowerCase()
    .replace(/[$€£¥]|us\$|usd|eur|gbp/g, '')
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
  return null
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
    for (const span of spans) {
      const kind = kindOf(span)
      if (!kind) continue
      const value = kind === 'tally' ? Number(span.text.split(/[-–]/)[0]) : parseNumber(span.text)
      if (value === null) continue
      // Years, "one", and numbers the sentence repeats are not fair blanks.
      if (
        kind === 'count' &&
        (value < 2 || (value >= 1800 && value <= 2100 && /^\d{4}$/.test(span.text)))
      )
        continue
      if (s.ref.text.indexOf(span.text) !== s.ref.text.lastIndexOf(span.text)) continue
      if (/^(?:about|around|some|nearly|almost|over|more than|at least|up to)$/i.test(span.text))
        continue
      const nextTok = s.tokens[span.last]
      const unit = nextTok && nextTok.pos === 'NOUN' ? nextTok.text : null
      if (kind === 'count' && !unit) continue
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

/** Same kind, form and scale as the answer; never the answer, never another number the sentence shows. */
export function numberDistractors(
  f: NumberDraft,
  sameKind: NumberDraft[],
  sentence: string,
): string[] {
  const taken = new Set([f.text])
  const out: string[] = []
  const push = (t: string) => {
    if (out.length >= 3 || taken.has(t) || sentence.includes(t)) return
    taken.add(t)
    out.push(t)
  }
  if (f.kind === 'tally') {
    const [a = 0, b = 0] = f.text.split(/[-–]/).map(Number)
    const sep = f.text.includes('–') ? '–' : '-'
    const total = a + b
    for (let x = total; x >= 0 && out.length < 3; x--) {
      const y = total - x
      if (x >= y) push(`${x}${sep}${y}`)
    }
    return out.length === 3 ? out : []
  }
  // Other numbers of this kind in the article, at a similar scale, first.
  for (const o of sameKind) {
    if (o.kind !== f.kind || o.value === f.value) continue
    const ratio = o.value / f.value
    if (ratio > 0.2 && ratio < 5 && (f.unit === null || o.unit === f.unit))
      push(
        f.kind === 'count' && /^\d/.test(f.text) === /^\d/.test(o.text)
          ? o.text
          : formatLike(f.text, o.value),
      )
  }
  const word = !/\d/.test(f.text)
  if (word) {
    const names = Object.entries(WORDS)
    for (const delta of [1, -1, 2, 3, -2]) {
      const hit = names.find(([, v]) => v === f.value + delta)
      if (hit) push(hit[0])
    }
    return out.length === 3 ? out : []
  }
  const factors =
    f.kind === 'percent'
      ? [f.value + 10, f.value - 10, f.value + 20, f.value - 20].filter((v) => v > 0 && v < 100)
      : f.value < 10 && Number.isInteger(f.value)
        ? [f.value + 2, f.value + 1, f.value - 1, f.value + 4].filter((v) => v > 1)
        : [f.value * 1.5, f.value * 0.5, f.value * 2, f.value * 0.75, f.value * 3]
  for (const v of factors) push(formatLike(f.text, v))
  return out.length === 3 ? out : []
}
