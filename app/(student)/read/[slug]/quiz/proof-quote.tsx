'use client'

import { useEffect, useState } from 'react'
import { sentenceDomId } from '@/lib/format'

type Proof = { sentenceId: string; start: number; end: number }

/**
 * The sentence that proves the answer, quoted once with the answer marked in it. The text is
 * the article's own, read from the page beside the quiz (no second copy is sent).
 */
export function ProofQuote({ proof, fallback }: { proof: Proof; fallback?: string | undefined }) {
  const [text, setText] = useState<string | null>(null)
  useEffect(() => {
    setText(document.getElementById(sentenceDomId(proof.sentenceId))?.textContent ?? null)
  }, [proof.sentenceId])
  if (text === null) return fallback ? <p className="explanation">{fallback}</p> : null
  const start = Math.max(0, Math.min(proof.start, text.length))
  const end = Math.max(start, Math.min(proof.end, text.length))
  return (
    <figure className="proof">
      <figcaption>The article says:</figcaption>
      <blockquote>
        {text.slice(0, start)}
        {end > start ? <mark>{text.slice(start, end)}</mark> : null}
        {text.slice(end)}
      </blockquote>
    </figure>
  )
}
