import { sentenceDomId } from '@/lib/format'

/** Scrolls to the evidence sentences in the article and highlights them. */
export function showEvidence(sentenceIds: string[]) {
  for (const el of document.querySelectorAll('.sentence.is-evidence'))
    el.classList.remove('is-evidence')
  const elements = sentenceIds
    .map((id) => document.getElementById(sentenceDomId(id)))
    .filter((el): el is HTMLElement => el !== null)
  const first = elements[0]
  if (!first) return
  for (const el of elements) el.classList.add('is-evidence')
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches
  first.setAttribute('tabindex', '-1')
  first.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block: 'center' })
  first.focus({ preventScroll: true })
}
