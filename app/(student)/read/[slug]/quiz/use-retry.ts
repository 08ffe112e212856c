'use client'

import { useCallback, useEffect, useMemo, useRef } from 'react'
import type { QuizRequestError } from './api'

/** Offline, server or database trouble: worth trying again by itself. */
export const isRetryable = (err: QuizRequestError) =>
  err.status === 0 || err.status === 429 || err.status >= 500

const delayMs = (attempt: number) => Math.min(30, 2 ** (attempt + 1)) * 1000

/**
 * Runs one pending retry: after a delay that grows to 30 s, or at once when the browser
 * comes back online. Scheduling again replaces the pending retry.
 */
export function useRetry() {
  const timer = useRef<number | undefined>(undefined)
  const attempts = useRef(0)
  const pending = useRef<(() => void) | null>(null)

  useEffect(() => {
    const onOnline = () => {
      const run = pending.current
      if (!run) return
      window.clearTimeout(timer.current)
      pending.current = null
      run()
    }
    window.addEventListener('online', onOnline)
    return () => {
      window.removeEventListener('online', onOnline)
      window.clearTimeout(timer.current)
    }
  }, [])

  const later = useCallback((run: () => void) => {
    window.clearTimeout(timer.current)
    pending.current = run
    timer.current = window.setTimeout(() => {
      pending.current = null
      run()
    }, delayMs(attempts.current))
    attempts.current += 1
  }, [])

  const cancel = useCallback(() => {
    window.clearTimeout(timer.current)
    pending.current = null
  }, [])

  /** After a success: the next trouble starts again from the shortest delay. */
  const reset = useCallback(() => {
    attempts.current = 0
  }, [])

  // One stable object: callers list it as a dependency of their own callbacks.
  return useMemo(() => ({ later, cancel, reset }), [later, cancel, reset])
}
