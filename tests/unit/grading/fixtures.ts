/**
 * Hand-made keyed questions, one per format, about the "Biden, Iraqi PM discuss flurry of
 * rocket attacks" article (2021-02-24). Ids are deliberately unlike their positions so a test
 * can shuffle options and still grade by id.
 */
import type { Answer } from '@/lib/grading'
import type { Question } from '@/lib/questions/types'

/** The keyed question of one format. */
export type QuestionOf<F extends Question['format']> = Extract<Question, { format: F }>

const base = { explanation: 'See the article.', evidence: [], quality: 0.9 }

export const whoSaid: QuestionOf<'single'> = {
  ...base,
  id: 'q-who-said',
  format: 'single',
  category: 'actor',
  prompt: 'Who said the US holds Iran responsible for the recent attacks?',
  options: [
    { id: 'o-price', text: 'Ned Price' },
    { id: 'o-kadhimi', text: 'Mustafa al-Kadhimi' },
    { id: 'o-bassiri', text: 'Aniseh Bassiri' },
    { id: 'o-biden', text: 'Joe Biden' },
  ],
  key: { format: 'single', optionId: 'o-price' },
}

export const embassyStatement: QuestionOf<'true-false'> = {
  ...base,
  id: 'q-tf-embassy',
  format: 'true-false',
  category: 'place',
  prompt: 'True or false?',
  statement: 'On Monday, at least three rockets were fired at the US embassy in Erbil.',
  options: [
    { id: 'tf-true', text: 'True' },
    { id: 'tf-false', text: 'False' },
  ],
  key: { format: 'true-false', optionId: 'tf-false' },
}

export const primeMinisterCloze: QuestionOf<'cloze'> = {
  ...base,
  id: 'q-cloze-pm',
  format: 'cloze',
  category: 'actor',
  prompt: 'Fill in the blank.',
  before: 'US President Joe Biden and Iraqi Prime Minister ',
  after: ' discussed a recent spate of rocket attacks on US-led coalition forces.',
  options: [
    { id: 'c-bassiri', text: 'Aniseh Bassiri' },
    { id: 'c-kadhimi', text: 'Mustafa al-Kadhimi' },
    { id: 'c-price', text: 'Ned Price' },
  ],
  key: {
    format: 'cloze',
    optionId: 'c-kadhimi',
    accepted: ['Mustafa al-Kadhimi', 'al-Kadhimi', 'Kadhimi'],
  },
}

export const rolesMatch: QuestionOf<'match'> = {
  ...base,
  id: 'q-match-roles',
  format: 'match',
  category: 'position',
  prompt: 'Match each person with their role.',
  left: [
    { id: 'm-price', text: 'Ned Price' },
    { id: 'm-kadhimi', text: 'Mustafa al-Kadhimi' },
    { id: 'm-bassiri', text: 'Aniseh Bassiri' },
    { id: 'm-biden', text: 'Joe Biden' },
  ],
  right: [
    { id: 'r-president', text: 'US president' },
    { id: 'r-spokesman', text: 'US State Department spokesman' },
    { id: 'r-analyst', text: 'Analyst at the Royal United Service Institute' },
    { id: 'r-pm', text: 'Iraqi prime minister' },
  ],
  key: {
    format: 'match',
    pairs: {
      'm-price': 'r-spokesman',
      'm-kadhimi': 'r-pm',
      'm-bassiri': 'r-analyst',
      'm-biden': 'r-president',
    },
  },
}

/** The order question's key: item ids, earliest first. */
export const EVENTS_IN_ORDER = ['e-october', 'e-erbil', 'e-embassy', 'e-call']

export const eventsOrder: QuestionOf<'order'> = {
  ...base,
  id: 'q-order-events',
  format: 'order',
  category: 'date',
  prompt: 'Put these events in the order they happened, earliest first.',
  items: [
    { id: 'e-call', text: 'Biden and al-Kadhimi discuss the attacks by phone (Tuesday)' },
    { id: 'e-october', text: 'The US threatens to close its embassy in Baghdad (October)' },
    { id: 'e-embassy', text: 'Rockets are fired at the US embassy in the Green Zone (Monday)' },
    { id: 'e-erbil', text: 'Rockets hit a military complex in Erbil (February 15)' },
  ],
  key: { format: 'order', order: EVENTS_IN_ORDER },
}

/** A second date question so per-category totals add up more than one question. */
export const erbilDate: QuestionOf<'single'> = {
  ...base,
  id: 'q-when-erbil',
  format: 'single',
  category: 'date',
  prompt: 'When did rockets hit a military complex in Erbil?',
  options: [
    { id: 'd-feb15', text: 'February 15' },
    { id: 'd-feb22', text: 'February 22' },
    { id: 'd-oct', text: 'In October' },
  ],
  key: { format: 'single', optionId: 'd-feb15' },
}

/** One question of each format, in a fixed order. */
export const oneOfEach: Question[] = [
  whoSaid,
  embassyStatement,
  primeMinisterCloze,
  rolesMatch,
  eventsOrder,
]

/** The attempt used by most grading tests: one of each format plus a second date question. */
export const attempt: Question[] = [...oneOfEach, erbilDate]

/** The fully correct answer to every question of `attempt`. */
export const perfectAnswers: Record<string, Answer> = {
  [whoSaid.id]: { optionId: 'o-price' },
  [embassyStatement.id]: { optionId: 'tf-false' },
  [primeMinisterCloze.id]: { optionId: 'c-kadhimi' },
  [rolesMatch.id]: {
    pairs: {
      'm-price': 'r-spokesman',
      'm-kadhimi': 'r-pm',
      'm-bassiri': 'r-analyst',
      'm-biden': 'r-president',
    },
  },
  [eventsOrder.id]: { order: ['e-october', 'e-erbil', 'e-embassy', 'e-call'] },
  [erbilDate.id]: { optionId: 'd-feb15' },
}

/** Every option / item id a question offers, whatever its format. */
export function idsOf(q: Question): string[] {
  switch (q.format) {
    case 'match':
      return [...q.left, ...q.right].map((o) => o.id)
    case 'order':
      return q.items.map((o) => o.id)
    default:
      return q.options.map((o) => o.id)
  }
}

/** A copy of `q` with its options (or left/right/items) listed in reverse. */
export function withOptionsReversed(q: Question): Question {
  switch (q.format) {
    case 'match':
      return { ...q, left: [...q.left].reverse(), right: [...q.right].reverse() }
    case 'order':
      return { ...q, items: [...q.items].reverse() }
    default:
      return { ...q, options: [...q.options].reverse() }
  }
}
