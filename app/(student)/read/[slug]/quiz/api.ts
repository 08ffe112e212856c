/** The quiz routes as seen from the browser: typed results, readable errors. */
import type { Answer } from '@/lib/grading/submission'
import type { AttemptState, SubmissionResult } from '@/lib/quiz/schemas'

export class QuizRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
  /** The attempt is gone or never existed: start again rather than retry. */
  get isMissing() {
    return this.status === 404
  }
}

async function call<T = AttemptState>(path: string, init?: RequestInit): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, {
      ...init,
      headers: { 'content-type': 'application/json' },
      cache: 'no-store',
    })
  } catch {
    throw new QuizRequestError(
      'You seem to be offline. Your answers are saved in this browser; try again when you are back online.',
      0,
    )
  }
  const body = await response.json().catch(() => null)
  if (!response.ok) {
    const message =
      body?.error?.message ??
      `The server answered ${response.status}. Your answers are saved; try again.`
    throw new QuizRequestError(message, response.status)
  }
  return body as T
}

/** A built-in module by its slug, or an assignment by its join code (the student is the cookie's). */
export type StartTarget = ({ slug: string } | { assignment: string }) & { seen?: string[] }

export const startAttempt = (target: StartTarget) =>
  call('/api/attempts', { method: 'POST', body: JSON.stringify(target) })

export const fetchAttempt = (attemptId: string) =>
  call(`/api/attempts/${encodeURIComponent(attemptId)}`)

export const submitAnswers = (
  attemptId: string,
  submissionKey: string,
  answers: Record<string, Answer>,
) =>
  call<SubmissionResult>(`/api/attempts/${encodeURIComponent(attemptId)}/submission`, {
    method: 'POST',
    body: JSON.stringify({ submissionKey, answers }),
  })

export const updateShare = (
  attemptId: string,
  settings: { showName: boolean; displayName?: string },
) =>
  call(`/api/attempts/${encodeURIComponent(attemptId)}/share`, {
    method: 'POST',
    body: JSON.stringify(settings),
  })
