/**
 * A variant is stored as ids only: which questions, and in which order each shows its
 * options. These helpers turn drawn questions into that record and back. Pure.
 */
import type { VariantItem } from '@/lib/db/schema'
import type { Option, Question } from '@/lib/questions/types'

export function toVariantItem(q: Question): VariantItem {
  switch (q.format) {
    case 'match':
      return {
        questionId: q.id,
        optionOrder: q.left.map((o) => o.id),
        rightOrder: q.right.map((o) => o.id),
      }
    case 'order':
      return { questionId: q.id, optionOrder: q.items.map((o) => o.id) }
    default:
      return { questionId: q.id, optionOrder: q.options.map((o) => o.id) }
  }
}

function reorder(options: Option[], order: string[] | undefined): Option[] {
  if (!order) return options
  // A handful of options: a scan is cheaper than building a Map on every request.
  const picked = order
    .map((id) => options.find((o) => o.id === id))
    .filter((o): o is Option => o !== undefined)
  if (picked.length !== options.length)
    throw new Error('variant order does not match the question options')
  return picked
}

function applyItem(q: Question, item: VariantItem): Question {
  switch (q.format) {
    case 'match':
      return {
        ...q,
        left: reorder(q.left, item.optionOrder),
        right: reorder(q.right, item.rightOrder),
      }
    case 'order':
      return { ...q, items: reorder(q.items, item.optionOrder) }
    default:
      return { ...q, options: reorder(q.options, item.optionOrder) }
  }
}

// A module version's pool never changes, so its index by id is built once per pool.
const indexes = new WeakMap<Question[], Map<string, Question>>()
function indexOf(pool: Question[]): Map<string, Question> {
  let byId = indexes.get(pool)
  if (!byId) {
    byId = new Map(pool.map((q) => [q.id, q]))
    indexes.set(pool, byId)
  }
  return byId
}

// The copy of a pool question in one option order, kept per pool question: attempts that
// share an order share one frozen object, so what is worked out per question object (the
// revealed answer, the option-id sets) is worked out once. A question has few orders; a
// match question can have hundreds, so each question keeps at most this many.
const MAX_ORDERS_PER_QUESTION = 200
const copies = new WeakMap<Question, Map<string, Question>>()

function copyInOrder(q: Question, item: VariantItem): Question {
  // JSON, not a join: an id containing the separator could not make two orders collide.
  const key = JSON.stringify([item.optionOrder, item.rightOrder])
  let orders = copies.get(q)
  if (!orders) {
    orders = new Map()
    copies.set(q, orders)
  }
  let copy = orders.get(key)
  if (!copy) {
    copy = Object.freeze(applyItem(q, item))
    if (orders.size >= MAX_ORDERS_PER_QUESTION) orders.clear()
    orders.set(key, copy)
  }
  return copy
}

/**
 * The attempt's questions, in its order, with its option orders. The questions returned are
 * shared between attempts: read them, never change them.
 */
export function questionsForVariant(pool: Question[], variant: VariantItem[]): Question[] {
  const byId = indexOf(pool)
  return variant.map((item) => {
    const q = byId.get(item.questionId)
    if (!q)
      throw new Error(
        `variant names question ${item.questionId}, which is not in the module version`,
      )
    return copyInOrder(q, item)
  })
}
