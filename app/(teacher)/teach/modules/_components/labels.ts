import type { Category, Format } from '@/lib/questions/types'

export const CATEGORY_NAME: Record<Category, string> = {
  actor: 'Actor',
  date: 'Date',
  position: 'Position',
  place: 'Place',
  number: 'Number',
}

export const FORMAT_NAME: Record<Format, string> = {
  single: 'Single choice',
  'true-false': 'True or false',
  cloze: 'Fill the gap',
  match: 'Match pairs',
  order: 'Order events',
}
