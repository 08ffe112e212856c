/** Request schemas for the quiz routes, and the attempt state a browser receives. */
import { z } from 'zod'
import { joinCodeSchema } from '@/lib/assignments/join-code'
import type { SharedResult } from '@/lib/cards/share'
import { slugSchema } from '@/lib/content/schema'
import type { PublicQuestion } from '@/lib/questions/types'
import type { AttemptResult } from './feedback'

export const DEFAULT_QUESTION_COUNT = 10

/** Questions this browser was shown in earlier attempts: a retake draws others first. */
const seenSchema = z.array(z.string().min(1).max(64)).max(30).optional()

export const startAttemptSchema = z.strictObject({
  slug: slugSchema,
  count: z.int().min(3).max(20).optional(),
  seen: seenSchema,
})
export type StartAttempt = z.infer<typeof startAttemptSchema>

/**
 * Starting an attempt in an assignment: the join code; the student comes from their cookie,
 * and the questions they have seen from their earlier attempts on the server. `seen` is still
 * accepted from pages loaded before the server remembered them.
 */
export const startAssignmentAttemptSchema = z.strictObject({
  assignment: joinCodeSchema,
  seen: seenSchema,
})

export const displayNameSchema = z
  .string()
  .trim()
  .min(1, 'Type a name')
  .max(40, 'Keep the name under 40 characters')
  .regex(/^[\p{L}\p{M}\p{N} .'’-]+$/u, 'Use letters, digits, spaces, dots, hyphens or apostrophes')

export const shareSettingsSchema = z.strictObject({
  showName: z.boolean(),
  displayName: displayNameSchema.optional(),
})
export type ShareSettings = z.infer<typeof shareSettingsSchema>

/**
 * Where the result can be shared, when the assignment allows it; `cardPath` is the card on
 * this origin, for the preview and the download.
 */
export type ShareState = Pick<
  SharedResult,
  'pageUrl' | 'cardUrl' | 'cardPath' | 'showName' | 'displayName'
>

export function shareStateOf(shared: SharedResult | null): ShareState | null {
  if (!shared) return null
  const { pageUrl, cardUrl, cardPath, showName, displayName } = shared
  return { pageUrl, cardUrl, cardPath, showName, displayName }
}

/** Everything the browser may know about an attempt. Questions are public; results only after submission. */
export type AttemptState = {
  attemptId: string
  slug: string
  questions: PublicQuestion[]
  submitted: boolean
  result: AttemptResult | null
  share: ShareState | null
  /** Assignments only: how many more attempts this student may start. */
  attemptsLeft?: number
}

/**
 * What a submission answers with: the state without the questions, which the browser sent
 * the answers to and already holds (about 4 KB of ~11 KB, on a school's network).
 */
export type SubmissionResult = Omit<AttemptState, 'questions'>

export function toSubmissionResult({
  questions: _questions,
  ...result
}: AttemptState): SubmissionResult {
  return result
}
