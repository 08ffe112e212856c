/** The fields of the edit and add forms, prefilled from a question. */
import type { FieldSpec } from '@/app/_components/action-form'
import { correctSlot, matchPairs, orderedItems } from '@/lib/modules/questions'
import { MAX_OPTIONS } from '@/lib/modules/schemas'
import { CATEGORIES, type Question } from '@/lib/questions/types'
import { CATEGORY_NAME } from './labels'

const hidden = (name: string, value: string): FieldSpec => ({
  name,
  label: '',
  type: 'hidden',
  defaultValue: value,
})

const slotChoices = Array.from({ length: MAX_OPTIONS }, (_, i) => ({
  value: String(i + 1),
  label: `Option ${i + 1}`,
}))

function optionFields(texts: string[], hint: string): FieldSpec[] {
  return Array.from({ length: MAX_OPTIONS }, (_, i) => ({
    name: `option${i + 1}`,
    label: `Option ${i + 1}`,
    defaultValue: texts[i] ?? '',
    ...(i === 0 ? { hint } : {}),
  }))
}

export function editFields(moduleId: string, q: Question): FieldSpec[] {
  const fields: FieldSpec[] = [
    hidden('moduleId', moduleId),
    hidden('questionId', q.id),
    { name: 'prompt', label: 'Question', type: 'textarea', rows: 2, defaultValue: q.prompt },
  ]
  switch (q.format) {
    case 'cloze':
      fields.push(
        { name: 'before', label: 'Text before the gap', defaultValue: q.before },
        { name: 'after', label: 'Text after the gap', defaultValue: q.after },
      )
      break
    case 'true-false':
      fields.push({
        name: 'statement',
        label: 'Statement',
        type: 'textarea',
        rows: 2,
        defaultValue: q.statement,
      })
      break
  }
  switch (q.format) {
    case 'single':
    case 'cloze':
      fields.push(
        ...optionFields(
          q.options.map((o) => o.text),
          'Two to six options; leave a box empty to drop that option.',
        ),
        {
          name: 'correct',
          label: 'Correct option',
          type: 'select',
          choices: slotChoices,
          defaultValue: String(correctSlot(q)),
        },
      )
      break
    case 'true-false':
      fields.push({
        name: 'correct',
        label: 'The statement is',
        type: 'select',
        choices: [
          { value: '1', label: 'True' },
          { value: '2', label: 'False' },
        ],
        defaultValue: String(correctSlot(q)),
      })
      break
    case 'match':
      matchPairs(q).forEach(([left, right], i) => {
        fields.push(
          { name: `left${i + 1}`, label: `Pair ${i + 1}: item`, defaultValue: left },
          { name: `right${i + 1}`, label: `Pair ${i + 1}: matches`, defaultValue: right },
        )
      })
      break
    case 'order':
      orderedItems(q).forEach((text, i) => {
        fields.push({
          name: `item${i + 1}`,
          label: `Event ${i + 1} (in the correct order, earliest first)`,
          defaultValue: text,
        })
      })
      break
  }
  fields.push({
    name: 'explanation',
    label: 'Explanation (shown to students after they submit)',
    type: 'textarea',
    rows: 3,
    defaultValue: q.explanation,
  })
  return fields
}

export function addFields(moduleId: string): FieldSpec[] {
  return [
    hidden('moduleId', moduleId),
    { name: 'prompt', label: 'Question', type: 'textarea', rows: 2, required: true },
    ...optionFields([], 'Two to six options; leave the ones you do not need empty.'),
    {
      name: 'correct',
      label: 'Correct option',
      type: 'select',
      choices: slotChoices,
      defaultValue: '1',
    },
    {
      name: 'category',
      label: 'Category',
      type: 'select',
      choices: CATEGORIES.map((c) => ({ value: c, label: CATEGORY_NAME[c] })),
      defaultValue: 'actor',
    },
    {
      name: 'explanation',
      label: 'Explanation (optional)',
      type: 'textarea',
      rows: 3,
      hint: 'Shown after submission. Left empty, we quote the sentence of the article that contains the answer.',
    },
  ]
}
