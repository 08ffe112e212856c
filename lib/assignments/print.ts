/**
 * The paper version of an assignment: one fixed variant (seeded by the assignment id, so
 * every print is the same), options lettered, and the answer key in those letters. Pure.
 */
import type { AssignmentSettings } from '@/lib/db/schema'
import type { Option, Question } from '@/lib/questions/types'
import { drawVariant } from '@/lib/questions/variant'

export const letter = (i: number) => String.fromCharCode(65 + i)

export function worksheetSeed(assignmentId: string): string {
  return `worksheet:${assignmentId}`
}

/** The questions of the printed worksheet, in order, with their printed option order. */
export function worksheetQuestions(
  assignmentId: string,
  settings: Pick<AssignmentSettings, 'questionCount' | 'categories' | 'formats'>,
  pool: { articleHash: string; questions: Question[] },
): Question[] {
  return drawVariant(pool, {
    seed: worksheetSeed(assignmentId),
    count: settings.questionCount,
    categories: settings.categories,
    formats: settings.formats,
  })
}

const lettered = (options: Option[], id: string | undefined) => {
  const i = options.findIndex((o) => o.id === id)
  return i < 0 ? '—' : `${letter(i)} (${options[i]?.text})`
}

/** The correct answer as a teacher marks it on paper: in the worksheet's letters. */
export function printedAnswer(q: Question): string[] {
  const key = q.key
  if (key.format === 'match' && q.format === 'match')
    return q.left.map((l, i) => {
      const right = q.right.findIndex((r) => r.id === key.pairs[l.id])
      return `${i + 1} → ${right < 0 ? '—' : letter(right)} (${l.text} → ${q.right[right]?.text ?? '—'})`
    })
  if (key.format === 'order' && q.format === 'order')
    return q.items.map(
      (item, i) => `${letter(i)}: ${key.order.indexOf(item.id) + 1} (${item.text})`,
    )
  if ('optionId' in key && 'options' in q) return [lettered(q.options, key.optionId)]
  return []
}
