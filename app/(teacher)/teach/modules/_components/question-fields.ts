/** The fields of the edit and add forms, prefilled from a question. */
import type { FieldSpec } from '@/app/_components/action-form'
import { MAX_EVENTS, MIN_EVENTS } from '@/lib/modules/new-question'
import { correctSlot, matchPairs, orderedItems } from '@/lib/modules/questions'
import { MAX_OPTIONS } from '@/lib/modules/schemas'
import { CATEGORIES, type Category, type Format, type Question } from '@/lib/questions/types'
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

const categoryField = (defaultValue: Category): FieldSpec => ({
  name: 'category',
  label: 'Category',
  type: 'select',
  choices: CATEGORIES.map((c) => ({ value: c, label: CATEGORY_NAME[c] })),
  defaultValue,
})

const correctField: FieldSpec = {
  name: 'correct',
  label: 'Correct option',
  type: 'select',
  choices: slotChoices,
  defaultValue: '1',
}

const prompt = (defaultValue: string, hint?: string): FieldSpec => ({
  name: 'prompt',
  label: 'Question',
  type: 'textarea',
  rows: 2,
  required: true,
  defaultValue,
  ...(hint ? { hint } : {}),
})

/** What students read above the format's own fields, as the generator words it. */
const ADD_PROMPT: Record<Exclude<Format, 'single'>, string> = {
  'true-false': 'True or false?',
  cloze: 'Complete the sentence from the article.',
  match: 'Match each item on the left to the one it goes with.',
  order: 'Put these events from the article in order, earliest first.',
}

const CATEGORY_FOR: Record<Format, Category> = {
  single: 'actor',
  'true-false': 'actor',
  cloze: 'actor',
  match: 'position',
  order: 'date',
}

function formatFields(format: Format): FieldSpec[] {
  switch (format) {
    case 'single':
      return [
        prompt(''),
        ...optionFields([], 'Two to six options; leave the ones you do not need empty.'),
        correctField,
      ]
    case 'true-false':
      return [
        prompt(ADD_PROMPT[format]),
        { name: 'statement', label: 'Statement', type: 'textarea', rows: 2, required: true },
        {
          name: 'correct',
          label: 'The statement is',
          type: 'select',
          choices: [
            { value: '1', label: 'True' },
            { value: '2', label: 'False' },
          ],
          defaultValue: '1',
        },
        {
          name: 'proof',
          label: 'Words from the article that prove it (optional)',
          hint: 'Copy them exactly. After submitting, students see the sentence they come from.',
        },
      ]
    case 'cloze':
      return [
        prompt(ADD_PROMPT[format]),
        {
          name: 'sentence',
          label: 'Sentence from the article',
          type: 'textarea',
          rows: 3,
          required: true,
          hint: 'Copy the sentence. The correct option must appear in it word for word: those words become the gap.',
        },
        ...optionFields(
          [],
          'The words for the gap and two to five other choices; leave the ones you do not need empty.',
        ),
        correctField,
      ]
    case 'match':
      return [
        prompt(ADD_PROMPT[format]),
        ...Array.from({ length: MAX_OPTIONS }, (_, i): FieldSpec[] => [
          {
            name: `left${i + 1}`,
            label: `Pair ${i + 1}: item`,
            ...(i === 0
              ? {
                  hint: 'Two to six pairs; leave the rest empty. Students see the matches shuffled.',
                }
              : {}),
          },
          { name: `right${i + 1}`, label: `Pair ${i + 1}: matches` },
        ]).flat(),
      ]
    case 'order':
      return [
        prompt(ADD_PROMPT[format]),
        ...Array.from(
          { length: MAX_EVENTS },
          (_, i): FieldSpec => ({
            name: `item${i + 1}`,
            label: `Event ${i + 1}${i === 0 ? ' (the earliest)' : ''}`,
            ...(i === 0
              ? {
                  hint: `${MIN_EVENTS} to ${MAX_EVENTS} events, earliest first; leave the rest empty. Students get them shuffled.`,
                }
              : {}),
          }),
        ),
      ]
  }
}

const QUOTED =
  'Shown after submission. Left empty, we quote the sentence of the article that contains the answer.'
const EXPLANATION_HINT: Record<Format, string> = {
  single: QUOTED,
  'true-false':
    'Shown after submission. Left empty, we quote the sentence your words from the article come from.',
  cloze: QUOTED,
  match: 'Shown after submission. Left empty, we list the correct pairs.',
  order: 'Shown after submission. Left empty, we list the events in order.',
}

/** The add form for one format: its own fields, then category and explanation. */
export function addFields(moduleId: string, format: Format): FieldSpec[] {
  return [
    hidden('moduleId', moduleId),
    hidden('format', format),
    ...formatFields(format),
    categoryField(CATEGORY_FOR[format]),
    {
      name: 'explanation',
      label: 'Explanation (optional)',
      type: 'textarea',
      rows: 3,
      hint: EXPLANATION_HINT[format],
    },
  ]
}
