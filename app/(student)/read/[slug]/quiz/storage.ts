/**
 * Keeps a quiz in this browser until the server has acknowledged it, so a reload or a
 * dropped connection loses nothing. One entry per module slug.
 */
import type { Answer } from '@/lib/grading/submission'

export type SavedQuiz = {
  attemptId: string
  submissionKey: string
  answers: Record<string, Answer>
  submitted: boolean
}

const keyFor = (slug: string) => `lede:quiz:${slug}`

export function loadQuiz(slug: string): SavedQuiz | null {
  try {
    const raw = localStorage.getItem(keyFor(slug))
    if (!raw) return null
    const saved = JSON.parse(raw) as SavedQuiz
    return typeof saved.attemptId === 'string' && typeof saved.submissionKey === 'string'
      ? saved
      : null
  } catch {
    return null
  }
}

export function saveQuiz(slug: string, quiz: SavedQuiz): void {
  try {
    localStorage.setItem(keyFor(slug), JSON.stringify(quiz))
  } catch {
    // Private mode or a full quota: the quiz still works, it just won't survive a reload.
  }
}

export function clearQuiz(slug: string): void {
  try {
    localStorage.removeItem(keyFor(slug))
  } catch {}
}

export function newSubmissionKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}
