import { expect, type Locator, type Page } from '@playwright/test'

/**
 * Submits the form that owns the button `name` after overwriting some of its fields (hidden
 * ones included) in the page, as someone editing the HTML before pressing the button would.
 * Returns the form, for its alert or status.
 */
export async function submitTampered(
  page: Page,
  name: string,
  values: Record<string, string>,
): Promise<Locator> {
  // Hidden too: the edit forms sit in closed <details> until opened below.
  const button = page.getByRole('button', { name, exact: true, includeHidden: true })
  await expect(button).toHaveCount(1)
  await button.evaluate((el, fields) => {
    const form = (el as HTMLButtonElement).form
    if (!form) throw new Error('the button has no form')
    el.closest('details')?.setAttribute('open', '')
    for (const [field, value] of Object.entries(fields)) {
      const input = form.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${field}"]`)
      if (!input) throw new Error(`the form has no field ${field}`)
      input.value = value
    }
  }, values)
  const form = button.locator('xpath=ancestor::form[1]')
  await button.click()
  return form
}

/** Submits a tampered form and expects its alert to say exactly `message`. */
export async function expectRefused(
  page: Page,
  name: string,
  values: Record<string, string>,
  message: string,
) {
  const form = await submitTampered(page, name, values)
  await expect(form.getByRole('alert'), `${name} with ${JSON.stringify(values)}`).toHaveText(
    message,
  )
  await expect(form.getByRole('status')).toHaveCount(0)
}

/** The values of every `name` field on the page, deduplicated, in page order. */
export async function fieldValues(page: Page, name: string): Promise<string[]> {
  const values = await page
    .locator(`input[name="${name}"]`)
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))
  return [...new Set(values)]
}
