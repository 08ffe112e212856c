/**
 * Keeps a quiz in this browser until the server has acknowledged it, so a reload or a
 * dropped connection loses nothing. One entry per built-in module slug
 * (`lede:quiz:<slug>`) and one per assignment (`lede:assignment:<assignmentId>`).
 */
import type { Answer } from '@/lib/grading/submission'

export type SavedQuiz = {
  attemptId: string
  submissionKey: string
  answers: Record<string, Answer>
  submitted: boolean
  /** A submission was sent and not yet acknowledged: resend it (same key) after a reload. */
  pending?: boolean
  /** Ids of the questions earlier attempts here showed, most recent last: a retake avoids them. */
  seen?: string[]
}

/** Where a quiz is kept: `slug` for a built-in module, or `{ assignmentId }`. */
export type QuizStore = string | { assignmentId: string }

const keyFor = (store: QuizStore) =>
  typeof store === 'string' ? `lede:quiz:${store}` : `lede:assignment:${store.assignmentId}`

export function loadQuiz(store: QuizStore): SavedQuiz | null {
  try {
    const raw = localStorage.getItem(keyFor(store))
    if (!raw) return null
    const saved = JSON.parse(raw) as SavedQuiz
    return typeof saved.attemptId === 'string' && typeof saved.submissionKey === 'string'
      ? saved
      : null
  } catch {
    return null
  }
}

export function saveQuiz(store: QuizStore, quiz: SavedQuiz): void {
  try {
    localStorage.setItem(keyFor(store), JSON.stringify(quiz))
  } catch {
    // Private mode or a full quota: the quiz still works, it just won't survive a reload.
  }
}

export function clearQuiz(store: QuizStore): void {
  try {
    localStorage.removeItem(keyFor(store))
  } catch {}
}

export function newSubmissionKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}
