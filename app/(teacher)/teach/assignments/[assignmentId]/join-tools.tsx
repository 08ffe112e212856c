'use client'

import { useState } from 'react'

/** Copy the join link; show the join box full screen for a projector. */
export function JoinTools({ link, targetId }: { link: string; targetId: string }) {
  const [copied, setCopied] = useState('')
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link)
      setCopied('Join link copied.')
    } catch {
      setCopied('Copying is blocked here: select the link and copy it.')
    }
  }
  const fullScreen = () => {
    const el = document.getElementById(targetId)
    if (!el) return
    if (el.requestFullscreen)
      void el.requestFullscreen().catch(() => el.classList.add('is-projected'))
    else el.classList.add('is-projected')
  }
  return (
    <div className="join-tools no-print">
      <button type="button" className="button secondary small" onClick={copy}>
        Copy the join link
      </button>
      <button type="button" className="button secondary small" onClick={fullScreen}>
        Show the code full screen
      </button>
      <p className="hint" role="status">
        {copied}
      </p>
    </div>
  )
}
