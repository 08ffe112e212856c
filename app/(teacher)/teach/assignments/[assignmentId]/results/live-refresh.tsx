'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'
import { LocalTime } from './local-time'

export const REFRESH_MS = 5_000

/**
 * Re-renders the results on the server every few seconds while the tab is visible, so new
 * submissions appear without a reload. Nothing moves: only the text changes. The count is
 * a polite live region, so a screen reader hears when someone submits, not every refresh.
 */
export function LiveRefresh({
  renderedAt,
  submissions,
}: {
  renderedAt: string
  submissions: number
}) {
  const router = useRouter()
  const [paused, setPaused] = useState(false)

  useEffect(() => {
    if (paused) return
    const refresh = () => {
      if (document.visibilityState !== 'visible') return
      router.refresh()
    }
    const timer = window.setInterval(refresh, REFRESH_MS)
    // Coming back to the tab shows the latest results at once.
    document.addEventListener('visibilitychange', refresh)
    return () => {
      window.clearInterval(timer)
      document.removeEventListener('visibilitychange', refresh)
    }
  }, [paused, router])

  return (
    <div className="live-refresh">
      <p className="live-status">
        <span aria-live="polite">
          {submissions} {submissions === 1 ? 'submission' : 'submissions'}
        </span>{' '}
        <span className="live-updated">
          {paused ? 'Paused' : 'Live'} · Updated <LocalTime iso={renderedAt} format="time" />
        </span>
      </p>
      <button type="button" className="button secondary small" onClick={() => setPaused((p) => !p)}>
        {paused ? 'Resume updates' : 'Pause updates'}
      </button>
    </div>
  )
}
