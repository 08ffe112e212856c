import { expect, test } from '@playwright/test'
import { QuizPanel } from './pages/quiz-panel'

/** Answers the first option of every radio question, confirms every order question. */
async function answerSome(panel: QuizPanel) {
  await panel.start()
  const count = await panel.questions.count()
  for (let i = 0; i < count; i++) {
    const q = panel.question(i)
    const radio = q.locator('input[type=radio]').first()
    if (await radio.count()) await radio.check()
  }
  return count
}

test('a submission that meets a database outage is kept and retried by itself', async ({
  page,
}) => {
  const panel = new QuizPanel(page)
  await panel.goto()
  await answerSome(panel)
  let refusals = 2
  await page.route('**/api/attempts/*/submission', async (route) => {
    if (refusals-- > 0) {
      await route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({
          error: { code: 'unavailable:database', message: 'The quiz is unavailable right now.' },
        }),
      })
    } else {
      await route.continue()
    }
  })
  await panel.submitButton.click()
  await expect(panel.root.getByRole('alert')).toContainText('We will keep trying by ourselves')
  expect((await panel.saved())?.submitted).toBe(false)
  // Two refusals (after 2 s and 4 s), then the server answers: no click needed.
  await expect(panel.score).toBeVisible({ timeout: 15_000 })
  expect((await panel.saved())?.submitted).toBe(true)
})

test('answers sent but never acknowledged are resent after a reload, graded once', async ({
  page,
}) => {
  const panel = new QuizPanel(page)
  await panel.goto()
  await answerSome(panel)
  await page.route('**/api/attempts/*/submission', (route) => route.abort('connectionreset'))
  await panel.submitButton.click()
  await expect(panel.root.getByRole('alert')).toBeVisible()
  const before = await panel.saved()
  expect(before).toMatchObject({ submitted: false, pending: true })
  await page.unroute('**/api/attempts/*/submission')

  await page.reload()
  await expect(panel.score).toBeVisible()
  const after = await panel.saved()
  expect(after).toMatchObject({
    attemptId: before?.attemptId,
    submissionKey: before?.submissionKey,
    submitted: true,
  })
  // The server holds one graded attempt: asking again returns the same result.
  const state = await (await page.request.get(`/api/attempts/${before?.attemptId}`)).json()
  expect(state.submitted).toBe(true)
})

test('while the server cannot be reached after a reload, the saved quiz is never replaced by a fresh start', async ({
  page,
}) => {
  const panel = new QuizPanel(page)
  await panel.goto()
  await answerSome(panel)
  const saved = await panel.saved()
  await page.route('**/api/attempts/*', (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: '{"error":{"code":"unavailable:database","message":"Down."}}',
    }),
  )
  await page.reload()
  await expect(panel.root.getByRole('alert')).toContainText('Your answers are safe in this browser')
  await expect(panel.startButton).toHaveCount(0)
  await page.unroute('**/api/attempts/*')
  await expect(panel.progress).toBeVisible({ timeout: 15_000 })
  expect((await panel.saved())?.answers).toEqual(saved?.answers)
})
