'use client'

import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Answer } from '@/lib/grading/submission'
import type { AttemptState } from '@/lib/quiz/schemas'
import { fetchAttempt, type QuizRequestError, startAttempt, submitAnswers } from './api'
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

type Phase = 'restoring' | 'unreachable' | 'idle' | 'starting' | 'answering' | 'submitting' | 'done'

/** Offline, server or database trouble: worth trying again by itself. */
const isRetryable = (err: QuizRequestError) =>
  err.status === 0 || err.status === 429 || err.status >= 500
const retryDelayMs = (attempt: number) => Math.min(30, 2 ** (attempt + 1)) * 1000

function isAnswered(answer: Answer | undefined): boolean {
  if (!answer) return false
  if ('text' in answer) return answer.text.trim().length > 0
  if ('pairs' in answer) return Object.keys(answer.pairs).length > 0
  return true
}

/** Scrolls to the evidence sentences in the article and highlights them. */
function showEvidence(sentenceIds: string[]) {
  for (const el of document.querySelectorAll('.sentence.is-evidence'))
    el.classList.remove('is-evidence')
  const elements = sentenceIds
    .map((id) => document.getElementById(`s-${id.replace(/\./g, '-')}`))
    .filter((el): el is HTMLElement => el !== null)
  const first = elements[0]
  if (!first) return
  for (const el of elements) el.classList.add('is-evidence')
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches
  first.setAttribute('tabindex', '-1')
  first.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block: 'center' })
  first.focus({ preventScroll: true })
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
  const retryTimer = useRef<number | undefined>(undefined)
  const retries = useRef(0)
  const retryLater = useCallback((run: () => void) => {
    window.clearTimeout(retryTimer.current)
    retryTimer.current = window.setTimeout(run, retryDelayMs(retries.current))
    retries.current += 1
    const onOnline = () => {
      window.clearTimeout(retryTimer.current)
      run()
    }
    window.addEventListener('online', onOnline, { once: true })
  }, [])
  useEffect(() => () => window.clearTimeout(retryTimer.current), [])

  const submitSaved = useCallback(
    async (quiz: SavedQuiz) => {
      const pending = { ...quiz, pending: true }
      persist(pending)
      setPhase('submitting')
      try {
        const s = await submitAnswers(quiz.attemptId, quiz.submissionKey, quiz.answers)
        retries.current = 0
        setError(null)
        setState(s)
        persist({ ...quiz, pending: false, submitted: true })
        setPhase('done')
      } catch (err) {
        const e = err as QuizRequestError
        setPhase('answering')
        if (isRetryable(e)) {
          setError(`${e.message} We will keep trying by ourselves.`)
          retryLater(() => void submitSaved(pending))
        } else {
          setError(e.message)
          persist({ ...quiz, pending: false })
        }
      }
    },
    [persist, retryLater],
  )

  // Restore an attempt in progress (or its result) after a reload.
  const restore = useCallback(
    (stored: SavedQuiz) => {
      fetchAttempt(stored.attemptId)
        .then((s) => {
          retries.current = 0
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
            retryLater(() => restore(stored))
          } else {
            setError(err.message)
            setPhase('idle')
          }
        })
    },
    [store, submitSaved, retryLater],
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
    try {
      const s = await startAttempt(code ? { assignment: code } : { slug })
      setState(s)
      persist({
        attemptId: s.attemptId,
        submissionKey: newSubmissionKey(),
        answers: {},
        submitted: false,
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
    window.clearTimeout(retryTimer.current)
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
