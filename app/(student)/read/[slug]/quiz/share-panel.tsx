'use client'

import { type FormEvent, useEffect, useState } from 'react'
import type { AttemptState, ShareState } from '@/lib/quiz/schemas'
import { updateShare } from './api'

type Props = { attemptId: string; share: ShareState; onChange: (state: AttemptState) => void }

/** Share the result: a preview of the card, copy link, download, the system share sheet. */
export function SharePanel({ attemptId, share, onChange }: Props) {
  const [status, setStatus] = useState('')
  const [showName, setShowName] = useState(share.showName)
  const [name, setName] = useState(share.displayName ?? '')
  const [saving, setSaving] = useState(false)
  const [canShare, setCanShare] = useState(false)

  useEffect(() => setCanShare(typeof navigator.share === 'function'), [])

  const saveName = async (event: FormEvent) => {
    event.preventDefault()
    setSaving(true)
    try {
      const state = await updateShare(
        attemptId,
        showName ? { showName, displayName: name } : { showName },
      )
      onChange(state)
      setStatus(showName ? 'Your name now shows on the card.' : 'The card is anonymous.')
    } catch (err) {
      setStatus((err as Error).message)
    } finally {
      setSaving(false)
    }
  }

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(share.pageUrl)
      setStatus('Link copied.')
    } catch {
      setStatus(`Copy this link: ${share.pageUrl}`)
    }
  }

  const shareNative = async () => {
    const text = 'My score on a Lede reading quiz'
    try {
      const blob = await fetch(share.cardPath).then((r) => r.blob())
      const files = [new File([blob], 'lede-result.png', { type: 'image/png' })]
      if (navigator.canShare?.({ files }))
        await navigator.share({ files, text, url: share.pageUrl })
      else await navigator.share({ text, url: share.pageUrl })
    } catch (err) {
      if ((err as Error).name !== 'AbortError')
        setStatus('Sharing did not work here; copy the link instead.')
    }
  }

  return (
    <section className="share-panel" aria-labelledby="share-title">
      <h3 id="share-title">Share your result</h3>
      {/* biome-ignore lint/performance/noImgElement: the card is already an optimised PNG of fixed size */}
      <img
        className="card-preview"
        src={share.cardPath}
        width={1200}
        height={630}
        alt="Your result card: the headline, your score and a bar for each category."
      />
      <div className="share-actions">
        <button type="button" className="button secondary small" onClick={copyLink}>
          Copy link
        </button>
        <a className="button secondary small" href={share.cardPath} download="lede-result.png">
          Download image
        </a>
        {canShare ? (
          <button type="button" className="button secondary small" onClick={shareNative}>
            Share…
          </button>
        ) : null}
      </div>
      <form className="name-form" onSubmit={saveName}>
        <label className="check">
          <input
            type="checkbox"
            checked={showName}
            onChange={(e) => setShowName(e.target.checked)}
          />
          <span>Show my name on the card</span>
        </label>
        {showName ? (
          <label className="typed-answer">
            <span>Name to show</span>
            <input
              type="text"
              value={name}
              maxLength={40}
              autoComplete="given-name"
              required
              onChange={(e) => setName(e.target.value)}
            />
          </label>
        ) : null}
        <button type="submit" className="button secondary small" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
      </form>
      <p className="hint" aria-live="polite">
        {status || 'The card shows the headline and your score — never the questions or answers.'}
      </p>
    </section>
  )
}
