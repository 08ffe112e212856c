'use client'

import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Answer } from '@/lib/grading/submission'
import type { AttemptState } from '@/lib/quiz/schemas'
import { fetchAttempt, type QuizRequestError, startAttempt, submitAnswers } from './api'
import { showEvidence } from './evidence'
import { QuestionCard } from './question-card'
import { ResultSummary } from './result-summary'
import { SharePanel } from './share-panel'
import {
  clearQuiz,
  loadQuiz,
  newSubmissionKey,
  type QuizStore,
  type SavedQuiz,
  saveQuiz,
} from './storage'
import { isRetryable, useRetry } from './use-retry'

type Phase = 'restoring' | 'unreachable' | 'idle' | 'starting' | 'answering' | 'submitting' | 'done'

function isAnswered(answer: Answer | undefined): boolean {
  if (!answer) return false
  if ('text' in answer) return answer.text.trim().length > 0
  if ('pairs' in answer) return Object.keys(answer.pairs).length > 0
  return true
}

type Props = {
  slug: string
  questionCount: number
  /** Take the quiz as an assignment (join code and id) instead of the built-in module. */
  assignment?: { code: string; id: string; intro: string }
}

export function QuizPanel({ slug, questionCount, assignment }: Props) {
  const code = assignment?.code
  const assignmentId = assignment?.id
  const store = useMemo<QuizStore>(
    () => (assignmentId ? { assignmentId } : slug),
    [assignmentId, slug],
  )
  const [phase, setPhase] = useState<Phase>('restoring')
  const [state, setState] = useState<AttemptState | null>(null)
  const [saved, setSaved] = useState<SavedQuiz | null>(null)
  const [error, setError] = useState<string | null>(null)
  const resultRef = useRef<HTMLHeadingElement>(null)
  const firstQuestionRef = useRef<HTMLDivElement>(null)

  const persist = useCallback(
    (next: SavedQuiz) => {
      setSaved(next)
      saveQuiz(store, next)
    },
    [store],
  )

  // Answers not yet acknowledged by the server are retried by themselves: after a delay
  // that grows to 30 s, at once when the browser comes back online, and after a reload.
  const retry = useRetry()

  const submitSaved = useCallback(
    async (quiz: SavedQuiz) => {
      const pending = { ...quiz, pending: true }
      persist(pending)
      setPhase('submitting')
      try {
        const result = await submitAnswers(quiz.attemptId, quiz.submissionKey, quiz.answers)
        retry.reset()
        setError(null)
        // The result comes without the questions: this browser answered them, so it has them.
        setState((prev) => ({ ...result, questions: prev?.questions ?? [] }))
        persist({ ...quiz, pending: false, submitted: true })
        setPhase('done')
      } catch (err) {
        const e = err as QuizRequestError
        setPhase('answering')
        if (isRetryable(e)) {
          setError(`${e.message} We will keep trying by ourselves.`)
          retry.later(() => void submitSaved(pending))
        } else {
          setError(e.message)
          persist({ ...quiz, pending: false })
        }
      }
    },
    [persist, retry],
  )

  // Restore an attempt in progress (or its result) after a reload.
  const restore = useCallback(
    (stored: SavedQuiz) => {
      fetchAttempt(stored.attemptId)
        .then((s) => {
          retry.reset()
          setError(null)
          setState(s)
          if (!s.submitted && stored.pending) {
            void submitSaved(stored)
            return
          }
          setPhase(s.submitted ? 'done' : 'answering')
        })
        .catch((err: QuizRequestError) => {
          if (err.isMissing) {
            clearQuiz(store)
            setSaved(null)
            setPhase('idle')
          } else if (isRetryable(err)) {
            // Never offer a fresh start here: that would put the saved answers at risk.
            setError(`${err.message} Your answers are safe in this browser; we will keep trying.`)
            setPhase('unreachable')
            retry.later(() => restore(stored))
          } else {
            setError(err.message)
            setPhase('idle')
          }
        })
    },
    [store, submitSaved, retry],
  )

  useEffect(() => {
    const stored = loadQuiz(store)
    if (!stored) {
      setPhase('idle')
      return
    }
    setSaved(stored)
    restore(stored)
  }, [store, restore])

  useEffect(() => {
    if (phase === 'done') resultRef.current?.focus()
    if (phase === 'answering' && saved && Object.keys(saved.answers).length === 0) {
      firstQuestionRef.current?.querySelector<HTMLElement>('.question-prompt')?.focus()
    }
  }, [phase, saved])

  const start = async () => {
    setPhase('starting')
    setError(null)
    // A retake of the built-in quiz draws questions this browser has not been shown yet, while
    // there are any. In an assignment the server remembers what the student was shown.
    const shown = [...(saved?.seen ?? []), ...(state?.questions ?? []).map((q) => q.id)]
    const seen = code ? [] : [...new Set(shown.reverse())].slice(0, 30).reverse()
    try {
      const s = await startAttempt(
        code ? { assignment: code } : { slug, ...(seen.length ? { seen } : {}) },
      )
      setState(s)
      persist({
        attemptId: s.attemptId,
        submissionKey: newSubmissionKey(),
        answers: {},
        submitted: false,
        ...(seen.length ? { seen } : {}),
      })
      setPhase('answering')
    } catch (err) {
      setError((err as Error).message)
      setPhase(state ? 'done' : 'idle')
    }
  }

  const setAnswer = (questionId: string, answer: Answer) => {
    if (!saved) return
    const answers = { ...saved.answers }
    if (isAnswered(answer)) answers[questionId] = answer
    else delete answers[questionId]
    persist({ ...saved, answers })
  }

  const submit = () => {
    if (!saved) return
    retry.cancel()
    setError(null)
    void submitSaved(saved)
  }

  if (phase === 'restoring') {
    return <p className="empty-state">Loading your quiz…</p>
  }

  const questions = state?.questions ?? []
  const answers = saved?.answers ?? {}
  const answered = questions.filter((q) => isAnswered(answers[q.id])).length
  const feedbackById = new Map(state?.result?.feedback.map((f) => [f.questionId, f]))

  return (
    <div className="quiz">
      {error ? (
        <p className="alert" role="alert">
          {error}
        </p>
      ) : null}

      {phase === 'idle' || phase === 'starting' ? (
        <div className="quiz-start">
          {assignment ? (
            <p>{assignment.intro}</p>
          ) : (
            <p>
              {questionCount} questions on the people, dates and positions in this article. Answers
              are checked when you submit, and each one points to the sentence that proves it.
            </p>
          )}
          <button type="button" className="button" onClick={start} disabled={phase === 'starting'}>
            {phase === 'starting' ? 'Starting…' : 'Start the quiz'}
          </button>
        </div>
      ) : null}

      {state?.result && phase === 'done' ? (
        <>
          <ResultSummary
            result={state.result}
            headingRef={resultRef}
            onRetry={start}
            attemptsLeft={state.attemptsLeft}
          />
          {state.share ? (
            <SharePanel attemptId={state.attemptId} share={state.share} onChange={setState} />
          ) : null}
        </>
      ) : null}

      {questions.length > 0 && phase !== 'idle' && phase !== 'starting' ? (
        <div ref={firstQuestionRef}>
          {phase !== 'done' ? (
            <div className="progress">
              <label htmlFor="quiz-progress">
                Answered {answered} of {questions.length}
              </label>
              <progress id="quiz-progress" max={questions.length} value={answered} />
            </div>
          ) : null}
          <ol className="question-list">
            {questions.map((q, i) => (
              <QuestionCard
                key={q.id}
                index={i}
                question={q}
                answer={answers[q.id]}
                onAnswer={(a) => setAnswer(q.id, a)}
                feedback={feedbackById.get(q.id)}
                onShowEvidence={showEvidence}
              />
            ))}
          </ol>
          {phase === 'answering' || phase === 'submitting' ? (
            <div className="submit-row">
              {answered < questions.length ? (
                <p className="hint">
                  {questions.length - answered} unanswered — they will count as wrong.
                </p>
              ) : null}
              <button
                type="button"
                className="button"
                onClick={submit}
                disabled={phase === 'submitting'}
              >
                {phase === 'submitting' ? 'Checking…' : 'Submit answers'}
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  )
}
