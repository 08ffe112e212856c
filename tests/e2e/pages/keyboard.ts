import { expect, type Locator, type Page } from '@playwright/test'

/**
 * Presses Tab until `target` has the focus (keyboard reachability is part of what is tested),
 * failing after `limit` presses.
 */
export async function tabTo(page: Page, target: Locator, limit = 400) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return
    await page.keyboard.press('Tab')
  }
  await expect(target, `reached by Tab within ${limit} presses`).toBeFocused()
}

/** Tabs to a text field and types into it, as a keyboard user does. */
export async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field)
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type(text)
}
