import { type Browser, type BrowserContext, expect, type Page } from '@playwright/test'
import { type TeacherAccount, uniqueClientIp } from '../../support/teacher'

/**
 * A browser of its own for one actor (teacher, student or visitor), with its own client
 * address so per-client rate limits stay per test.
 */
export async function newActor(browser: Browser, baseURL: string, ip = uniqueClientIp()) {
  const context = await browser.newContext({
    baseURL,
    extraHTTPHeaders: { 'x-forwarded-for': ip },
  })
  const page = await context.newPage()
  return { context, page, ip }
}

/** Signs up over better-auth's HTTP API: the session cookie lands in the context. */
export async function signUpViaApi(context: BrowserContext, baseURL: string, a: TeacherAccount) {
  const response = await context.request.post('/api/auth/sign-up/email', {
    data: { name: a.name, email: a.email, password: a.password },
    headers: { origin: baseURL },
  })
  expect(response.status(), await response.text()).toBe(200)
}

/** The sign-up and sign-in forms. */
export class TeacherAuthPages {
  constructor(readonly page: Page) {}

  get alert() {
    return this.page.locator('form').getByRole('alert')
  }

  async gotoSignUp() {
    await this.page.goto('/teach/sign-up')
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Create a teacher account' }),
    ).toBeVisible()
  }

  async gotoSignIn(next?: string) {
    await this.page.goto(
      next ? `/teach/sign-in?next=${encodeURIComponent(next)}` : '/teach/sign-in',
    )
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Sign in to teach' }),
    ).toBeVisible()
  }

  async fillSignUp(a: TeacherAccount) {
    await this.page.getByLabel('Your name').fill(a.name)
    await this.page.getByLabel('Email').fill(a.email)
    await this.page.getByLabel('Password', { exact: true }).fill(a.password)
  }

  /** Signs up through the form and lands on the dashboard. */
  async signUp(a: TeacherAccount) {
    await this.fillSignUp(a)
    await this.page.getByRole('button', { name: 'Create account' }).click()
    await expect(this.page).toHaveURL(/\/teach$/)
    await expect(
      this.page.getByRole('heading', { level: 1, name: `Hello, ${a.name}` }),
    ).toBeVisible()
  }

  async submitSignIn(email: string, password: string) {
    await this.page.getByLabel('Email').fill(email)
    await this.page.getByLabel('Password', { exact: true }).fill(password)
    await this.page.getByRole('button', { name: 'Sign in' }).click()
  }

  async signOut() {
    await this.page
      .getByRole('navigation', { name: 'Teacher' })
      .getByRole('button', { name: 'Sign out' })
      .click()
    await expect(this.page).toHaveURL(/\/teach\/sign-in/)
  }
}
