/**
 * Question and option ids. An id is a digest of what a browser is shown anyway — format,
 * category, prompt (statement, sentence around the gap) and the options as an unordered set
 * (each column of a match, the items of an order) — and never of which option is right, so
 * hashing visible text tells an attacker nothing about the key, while the same content still
 * yields the same ids. `withContentIds` re-derives the ids of a stored question (used to
 * migrate module versions written when ids still hashed the answer).
 */
import { shortHash } from './hash'
import type { Format, Question } from './types'

const sorted = (texts: readonly string[]) => [...texts].sort()

/** `texts` in the given order (they are visible as such); each set in `sets` sorted. */
export function questionId(
  format: Format,
  category: string,
  texts: readonly string[],
  ...sets: (readonly string[])[]
): string {
  return shortHash(format, category, ...texts, ...sets.flatMap((s) => ['\u241e', ...sorted(s)]))
}

export const optionId = (qid: string, text: string) => shortHash(qid, 'option', text)
export const leftId = (qid: string, text: string) => optionId(qid, `L:${text}`)
export const rightId = (qid: string, text: string) => optionId(qid, `R:${text}`)

/** The id a question's public content gives it (the format's own fields, options as a set). */
export function contentQuestionId(q: Question): string {
  const texts = (xs: { text: string }[]) => xs.map((x) => x.text)
  switch (q.format) {
    case 'single':
      return questionId('single', q.category, [q.prompt], texts(q.options))
    case 'true-false':
      return questionId('true-false', q.category, [q.statement])
    case 'cloze':
      return questionId('cloze', q.category, [q.before, q.after], texts(q.options))
    case 'match':
      return questionId('match', q.category, [q.prompt], texts(q.left), texts(q.right))
    case 'order':
      return questionId('order', q.category, [q.prompt], texts(q.items))
  }
}

/** The question with content ids, and every id that changed (old → new). */
export function withContentIds(q: Question): { question: Question; renamed: Map<string, string> } {
  const id = contentQuestionId(q)
  const renamed = new Map<string, string>()
  const rename = (old: string, next: string) => {
    if (old !== next) renamed.set(old, next)
    return next
  }
  rename(q.id, id)
  const re =
    (make: (qid: string, text: string) => string) => (o: { id: string; text: string }) => ({
      ...o,
      id: rename(o.id, make(id, o.text)),
    })
  const to = (old: string) => renamed.get(old) ?? old
  let question: Question
  switch (q.format) {
    case 'match': {
      const left = q.left.map(re(leftId))
      const right = q.right.map(re(rightId))
      const key =
        q.key.format === 'match'
          ? {
              ...q.key,
              pairs: Object.fromEntries(
                Object.entries(q.key.pairs).map(([l, r]) => [to(l), to(r)]),
              ),
            }
          : q.key
      question = { ...q, id, left, right, key }
      break
    }
    case 'order': {
      const items = q.items.map(re(optionId))
      const key = q.key.format === 'order' ? { ...q.key, order: q.key.order.map(to) } : q.key
      question = { ...q, id, items, key }
      break
    }
    default: {
      const options = q.options.map(re(optionId))
      const key = 'optionId' in q.key ? { ...q.key, optionId: to(q.key.optionId) } : q.key
      question = { ...q, id, options, key } as Question
    }
  }
  return { question, renamed }
}
