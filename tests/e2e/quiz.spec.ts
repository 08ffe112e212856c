import { expect, test } from '@playwright/test'
import { QUIZ_SLUG, QuizPanel } from './pages/quiz-panel'
import { expectNoAxeViolations } from './pages/reader-page'

type Feedback = { questionId: string; status: string; evidence?: string[] }
type State = {
  attemptId: string
  questions: { id: string }[]
  result: { score: number; maxScore: number; feedback: Feedback[] } | null
}

const domId = (sentenceId: string) => `#s-${sentenceId.replace(/\./g, '-')}`

test('a student completes the quiz with the keyboard only, reloads midway, sees and opens the evidence', async ({
  page,
}) => {
  const quiz = new QuizPanel(page)
  await quiz.goto()
  await expect(quiz.startButton).toBeVisible()
  await expectNoAxeViolations(page)

  // Start: Tab to the button, Enter. Focus moves to the first question.
  const started = page.waitForResponse(
    (r) => r.url().endsWith('/api/attempts') && r.request().method() === 'POST',
  )
  await quiz.start()
  const state = (await (await started).json()) as State
  const total = state.questions.length
  expect(total).toBe(10)
  await expect(quiz.questions).toHaveCount(total)
  await expect(quiz.question(0).locator('.question-prompt')).toBeFocused()
  await quiz.expectProgress(0, total)
  expect((await quiz.saved())?.attemptId).toBe(state.attemptId)

  // Answer the first half, checking progress after each answer.
  const half = Math.ceil(total / 2)
  for (let i = 0; i < half; i++) {
    await quiz.answer(i, i)
    await quiz.expectProgress(i + 1, total)
  }
  await expectNoAxeViolations(page)

  // A reload mid-quiz keeps the same attempt, the same selections and the same progress.
  const before = await quiz.selections()
  const savedBefore = await quiz.saved()
  expect(Object.keys(savedBefore?.answers ?? {})).toHaveLength(half)
  await page.reload()
  await expect(quiz.questions).toHaveCount(total)
  await quiz.expectProgress(half, total)
  expect(await quiz.selections()).toEqual(before)
  expect(await quiz.saved()).toEqual(savedBefore)

  // Finish from where the reload left us: focus starts at the top of the page again.
  for (let i = half; i < total; i++) {
    await quiz.answer(i, i)
    await quiz.expectProgress(i + 1, total)
  }
  await expect(quiz.root.getByText(/unanswered — they will count as wrong/)).toHaveCount(0)

  const submitted = page.waitForResponse((r) => r.url().endsWith('/submission'))
  await quiz.activate(quiz.submitButton)
  const result = (await (await submitted).json()) as State
  expect(result.attemptId).toBe(state.attemptId)

  // The score, focused, and feedback on every question.
  // Partial credit is said in words: how many right, how many partly right.
  const feedback = result.result?.feedback ?? []
  const right = feedback.filter((f) => f.status === 'correct').length
  const partly = feedback.filter((f) => f.status === 'partial').length
  await expect(quiz.score).toHaveText(
    partly === 0
      ? `You scored ${right} out of ${total}`
      : `You scored ${right} out of ${total}, and ${partly} partly right`,
  )
  await expect(quiz.score).toBeFocused()
  await expect(quiz.root.locator('.feedback')).toHaveCount(total)
  await expect(quiz.root.locator('.verdict')).toHaveCount(total)
  await expect(quiz.progress).toHaveCount(0)
  expect((await quiz.saved())?.submitted).toBe(true)

  // "Show in the article" on the first question highlights its evidence and scrolls to it.
  const first = result.result?.feedback[0]
  const evidence = first?.evidence ?? []
  expect(evidence.length).toBeGreaterThan(0)
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }))
  await quiz.activate(quiz.question(0).getByRole('button', { name: 'Show in the article' }))
  const target = page.locator(domId(evidence[0] as string))
  await expect(target).toHaveClass(/\bis-evidence\b/)
  await expect(target).toBeInViewport()
  await expect(target).toBeFocused()
  await expect(page.locator('.sentence.is-evidence')).toHaveCount(evidence.length)
  for (const id of evidence) await expect(page.locator(domId(id))).toHaveClass(/is-evidence/)
  await expectNoAxeViolations(page)

  // Another question's evidence replaces the highlight.
  const other = result.result?.feedback.findIndex(
    (f, i) => i > 0 && (f.evidence ?? []).some((id) => !evidence.includes(id)),
  )
  if (other !== undefined && other > 0) {
    const button = quiz.question(other).getByRole('button', { name: 'Show in the article' })
    await quiz.tabTo(button)
    await page.keyboard.press('Enter')
    const ids = result.result?.feedback[other]?.evidence ?? []
    await expect(page.locator('.sentence.is-evidence')).toHaveCount(ids.length)
    await expect(page.locator(domId(ids[0] as string))).toBeInViewport()
  }

  // "Try another variant" starts a new attempt, kept in the browser in place of the old one.
  const restarted = page.waitForResponse(
    (r) => r.url().endsWith('/api/attempts') && r.request().method() === 'POST',
  )
  await quiz.tabTo(quiz.retryButton, { backwards: true })
  await page.keyboard.press('Enter')
  const next = (await (await restarted).json()) as State
  expect(next.attemptId).not.toBe(state.attemptId)
  await quiz.expectProgress(0, total)
  await expect(quiz.score).toHaveCount(0)
  const saved = await quiz.saved()
  expect(saved?.attemptId).toBe(next.attemptId)
  expect(saved?.submitted).toBe(false)
  expect(saved?.answers).toEqual({})
})

test('reduced motion: no smooth scrolling, the evidence jump is instant', async ({
  page,
  request,
}) => {
  // A submitted attempt, restored from the browser's storage.
  const start = await request.post('/api/attempts', { data: { slug: QUIZ_SLUG } })
  expect(start.status()).toBe(201)
  const { attemptId } = (await start.json()) as State
  const submissionKey = 'reduced-motion-key'
  const submit = await request.post(`/api/attempts/${attemptId}/submission`, {
    data: { submissionKey, answers: {} },
  })
  expect(submit.status()).toBe(200)
  const result = (await submit.json()) as State
  await page.addInitScript(
    ([key, value]) => localStorage.setItem(key as string, value as string),
    [
      `lede:quiz:${QUIZ_SLUG}`,
      JSON.stringify({ attemptId, submissionKey, answers: {}, submitted: true }),
    ],
  )

  await page.emulateMedia({ reducedMotion: 'no-preference' })
  const quiz = new QuizPanel(page)
  await quiz.goto()
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(
    'smooth',
  )

  await page.emulateMedia({ reducedMotion: 'reduce' })
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(
    'auto',
  )
  await expect(quiz.score).toHaveText(/^You scored 0 out of 10$/)
  const last = result.result?.feedback.length ? result.result.feedback.length - 1 : 0
  const ids = result.result?.feedback[last]?.evidence ?? []
  await page.evaluate(() => window.scrollTo(0, 0))
  await quiz.tabTo(quiz.question(last).getByRole('button', { name: 'Show in the article' }))
  // The scroll lands at once: right after the key press the sentence is in view and stays put.
  await page.keyboard.press('Enter')
  const landed = await page.evaluate(
    async (selector) => {
      const el = document.querySelector(selector) as HTMLElement
      const y = window.scrollY
      const rect = el.getBoundingClientRect()
      const visible = rect.top >= 0 && rect.bottom <= innerHeight
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
      return { moved: y, stable: window.scrollY === y, visible }
    },
    domId(ids[0] as string),
  )
  expect(landed.moved).toBeGreaterThan(0)
  expect(landed.stable).toBe(true)
  expect(landed.visible).toBe(true)
  await expect(page.locator(domId(ids[0] as string))).toHaveClass(/is-evidence/)
})
