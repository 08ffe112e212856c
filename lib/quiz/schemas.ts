/** Request schemas for the quiz routes, and the attempt state a browser receives. */
import { z } from 'zod'
import { slugSchema } from '@/lib/content/schema'
import type { PublicQuestion } from '@/lib/questions/types'
import type { AttemptResult } from './feedback'

export const DEFAULT_QUESTION_COUNT = 10

export const startAttemptSchema = z.strictObject({
  slug: slugSchema,
  count: z.int().min(3).max(20).optional(),
})
export type StartAttempt = z.infer<typeof startAttemptSchema>

/** Everything the browser may know about an attempt. Questions are public; results only after submission. */
export type AttemptState = {
  attemptId: string
  slug: string
  questions: PublicQuestion[]
  submitted: boolean
  result: AttemptResult | null
}
