/**
 * A 1 MB paste into the new-module form: the textarea keeps the first 40,000 characters and
 * counts them, and text sent past the cap anyway (a script, an old browser) gets the clear
 * too-long message with the text still in the form — never an error page.
 */
import { expect, test } from '@playwright/test'
import { newTeacherAccount, PASTED_ARTICLE } from '../support/teacher'
import { newActor, signUpViaApi } from './pages/teacher-account'
import { NewModulePage } from './pages/teacher-module'

test('a 1 MB article is capped in the form and refused clearly on the server', async ({
  browser,
  baseURL,
}) => {
  const { context, page } = await newActor(browser, baseURL as string)
  await signUpViaApi(context, baseURL as string, newTeacherAccount('Paste Tester'))
  const form = new NewModulePage(page)
  await form.goto()
  const huge = `${PASTED_ARTICLE.text}\n\n`.repeat(
    Math.ceil(1_000_000 / PASTED_ARTICLE.text.length),
  )
  await form.fill({ ...PASTED_ARTICLE, text: 'x' })
  const text = page.getByLabel('Article text')
  await text.focus()
  await page.evaluate((value) => {
    const area = document.querySelector('textarea[name="text"]') as HTMLTextAreaElement
    area.select()
    document.execCommand('insertText', false, value)
  }, huge)
  expect((await text.inputValue()).length).toBe(40_000)
  await expect(page.getByText('40,000 of 40,000 characters')).toBeVisible()
  // Past the cap anyway: the attribute removed, as a script or an old browser would.
  await page.evaluate((value) => {
    const area = document.querySelector('textarea[name="text"]') as HTMLTextAreaElement
    area.removeAttribute('maxlength')
    area.value = value
  }, huge)
  await page.getByRole('button', { name: 'Create module and generate questions' }).click()
  await expect(page.locator('main form').getByRole('alert')).toBeVisible({ timeout: 15_000 })
  await expect(
    page.getByText(/The article is too long: the limit is 40,000 characters/),
  ).toBeVisible()
  expect((await text.inputValue()).length).toBeGreaterThan(900_000)
  await context.close()
})
