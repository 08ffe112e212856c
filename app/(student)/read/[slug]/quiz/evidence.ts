import { sentenceDomId } from '@/lib/format'

const reduceMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches

/**
 * Scrolls to the evidence sentences in the article, highlights them and moves focus there;
 * puts a "Back to question N" button right after the first (the next Tab stop), which returns to
 * the button that was used, focus included.
 */
export function showEvidence(sentenceIds: string[], from?: HTMLElement, questionNumber?: number) {
  for (const el of document.querySelectorAll('.sentence.is-evidence'))
    el.classList.remove('is-evidence')
  for (const el of document.querySelectorAll('.back-to-question')) el.remove()
  const elements = sentenceIds
    .map((id) => document.getElementById(sentenceDomId(id)))
    .filter((el): el is HTMLElement => el !== null)
  const first = elements[0]
  if (!first) return
  for (const el of elements) el.classList.add('is-evidence')
  const behavior = reduceMotion() ? 'auto' : 'smooth'
  if (from) {
    // Plain DOM in a static, server-rendered article: React never re-renders it.
    const back = document.createElement('button')
    back.type = 'button'
    back.className = 'button small back-to-question'
    back.textContent = questionNumber
      ? `↩ Back to question ${questionNumber}`
      : '↩ Back to the quiz'
    back.addEventListener('click', () => {
      back.remove()
      from.scrollIntoView({ behavior: reduceMotion() ? 'auto' : 'smooth', block: 'center' })
      from.focus({ preventScroll: true })
    })
    // Right after the sentence that takes focus, so it is the next Tab stop whatever order
    // the question cites its sentences in.
    first.after(back)
  }
  first.setAttribute('tabindex', '-1')
  first.scrollIntoView({ behavior, block: 'center' })
  first.focus({ preventScroll: true })
}
