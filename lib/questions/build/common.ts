/**
 * Assembles keyed questions from drafts: content-derived question and option ids (see
 * ../ids: they hash only what the browser shows, never which option is correct), options
 * in a hash-derived order, and the answer key.
 */
import { leftId, optionId, questionId, rightId } from '../ids'
import type { Category, Evidence, Question } from '../types'

export type Built = Question & { factIds: string[] }

type Base = {
  category: Category
  prompt: string
  explanation: string
  evidence: Evidence[]
  quality: number
  factIds: string[]
}

const option = (qid: string, text: string) => ({ id: optionId(qid, text), text })
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
const round = (x: number) => Math.round(Math.max(0, Math.min(1, x)) * 1000) / 1000

export function makeSingle(b: Base, answer: string, distractors: string[]): Built {
  const id = questionId('single', b.category, [b.prompt], [answer, ...distractors])
  const options = [answer, ...distractors].map((t) => option(id, t)).sort(byId)
  return {
    ...b,
    quality: round(b.quality),
    id,
    format: 'single',
    options,
    key: { format: 'single', optionId: option(id, answer).id },
  }
}

export function makeTrueFalse(b: Base, statement: string, truth: boolean): Built {
  const id = questionId('true-false', b.category, [statement])
  const options = [option(id, 'True'), option(id, 'False')]
  const correct = truth ? options[0] : options[1]
  return {
    ...b,
    quality: round(b.quality),
    id,
    format: 'true-false',
    statement,
    options,
    key: { format: 'true-false', optionId: correct?.id ?? '' },
  }
}

export function makeCloze(
  b: Base,
  before: string,
  after: string,
  answer: string,
  distractors: string[],
  accepted: string[],
): Built {
  const id = questionId('cloze', b.category, [before, after], [answer, ...distractors])
  const options = [answer, ...distractors].map((t) => option(id, t)).sort(byId)
  return {
    ...b,
    quality: round(b.quality),
    id,
    format: 'cloze',
    before,
    after,
    options,
    key: {
      format: 'cloze',
      optionId: option(id, answer).id,
      accepted: [...new Set([answer, ...accepted])],
    },
  }
}

export function makeMatch(b: Base, pairs: [string, string][]): Built {
  const id = questionId(
    'match',
    b.category,
    [b.prompt],
    pairs.map(([l]) => l),
    pairs.map(([, r]) => r),
  )
  const left = pairs.map(([l]) => ({ id: leftId(id, l), text: l }))
  const right = pairs.map(([, r]) => ({ id: rightId(id, r), text: r }))
  const map: Record<string, string> = {}
  left.forEach((l, i) => {
    map[l.id] = right[i]?.id ?? ''
  })
  return {
    ...b,
    quality: round(b.quality),
    id,
    format: 'match',
    left: left.sort(byId),
    right: right.sort(byId),
    key: { format: 'match', pairs: map },
  }
}

export function makeOrder(b: Base, itemsEarliestFirst: string[]): Built {
  const id = questionId('order', b.category, [b.prompt], itemsEarliestFirst)
  const items = itemsEarliestFirst.map((t) => option(id, t))
  const order = items.map((i) => i.id)
  const shown = [...items].sort(byId)
  if (shown.every((x, i) => x.id === order[i])) shown.reverse()
  return {
    ...b,
    quality: round(b.quality),
    id,
    format: 'order',
    items: shown,
    key: { format: 'order', order },
  }
}

/**
 * A short quotation of an evidence sentence for an explanation: the whole sentence when it
 * is short, else a window of words around the evidence span, with ellipses. The caller wraps
 * it in double quotes, so a sentence that is one quotation loses its own marks and a
 * quotation inside it takes single ones (“‘We will respond,’ she said.”).
 */
export function quoteEvidence(sentence: string, start: number, end: number, maxWords = 30): string {
  const whole = /^“[^“”]*”$|^"[^"]*"$/.test(sentence)
  const text = (whole ? sentence.slice(1, -1) : sentence)
    .replace(/“/g, '‘')
    .replace(/”/g, '’')
    .replace(/"/g, "'")
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ w: m[0], at: m.index ?? 0 }))
  if (words.length <= maxWords) return text
  const first = Math.max(
    0,
    words.findIndex((x) => x.at + x.w.length > start),
  )
  const last = Math.max(
    first,
    words.findLastIndex((x) => x.at < end),
  )
  const spare = Math.max(0, maxWords - (last - first + 1))
  const from = Math.max(0, Math.min(first - Math.floor(spare / 3), words.length - maxWords))
  const to = Math.min(words.length, Math.max(from + maxWords, last + 1))
  const body = words
    .slice(from, to)
    .map((x) => x.w)
    .join(' ')
    .replace(/[,;:–-]+$/, '')
  return `${from > 0 ? '… ' : ''}${body}${to < words.length ? ' …' : ''}`
}
