/**
 * The answer key from what a browser gets before submitting: over many attempts, hash the
 * visible text of every question in the start response (what the page's script renders) with
 * each candidate answer and compare with its id; submit what that picks out. Nothing may be
 * picked out, and the correct option must not favour any position.
 */
import { expect, test } from '@playwright/test'
import type { Answer } from '@/lib/grading'
import type { AttemptState, SubmissionResult } from '@/lib/quiz/schemas'
import { attack } from '../support/key-attack'

const SLUG = 'biden-al-kadhimi-rocket-attacks'
const ATTEMPTS = 20

function answerOf(guess: string, format: string): Answer {
  if (format === 'order') return { order: guess.split(',') }
  if (format === 'match')
    return {
      pairs: Object.fromEntries(guess.split(',').map((p) => p.split('>') as [string, string])),
    }
  return { optionId: guess }
}

test('question ids give away no answer, and the key has no favourite position', async ({
  request,
}) => {
  let guessed = 0
  let rightByGuess = 0
  const positions = new Map<number, number>()
  let placed = 0
  for (let i = 0; i < ATTEMPTS; i++) {
    const started = await request.post('/api/attempts', { data: { slug: SLUG, count: 10 } })
    expect(started.status()).toBe(201)
    const state = (await started.json()) as AttemptState
    const answers: Record<string, Answer> = {}
    for (const q of state.questions) {
      const guess = attack(q)
      if (guess) {
        guessed += 1
        answers[q.id] = answerOf(guess, q.format)
      }
    }
    const submitted = await request.post(`/api/attempts/${state.attemptId}/submission`, {
      data: { submissionKey: `leak-${i}-${Date.now()}`, answers },
    })
    expect(submitted.status()).toBe(200)
    const result = ((await submitted.json()) as SubmissionResult).result
    for (const f of result?.feedback ?? []) {
      if (answers[f.questionId] && f.status === 'correct') rightByGuess += 1
      const q = state.questions.find((x) => x.id === f.questionId)
      if (!q || (q.format !== 'single' && q.format !== 'cloze') || !f.correctAnswer) continue
      const at = q.options.findIndex((o) => o.text === f.correctAnswer)
      if (at < 0) continue
      positions.set(at, (positions.get(at) ?? 0) + 1)
      placed += 1
    }
  }
  expect(guessed).toBe(0)
  expect(rightByGuess).toBe(0)
  expect(placed).toBeGreaterThan(40)
  for (const count of positions.values()) expect(count / placed).toBeLessThan(0.5)
})
