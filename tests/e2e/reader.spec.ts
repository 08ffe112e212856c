import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, ReaderPage } from './pages/reader-page'

const SLUG = 'biden-al-kadhimi-rocket-attacks'

test('home lists the modules with source, date and reading time', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveTitle(/Lede/)
  const card = page
    .getByRole('listitem')
    .filter({ hasText: 'US President Biden, Iraqi PM discuss flurry of rocket attacks' })
  await expect(card).toContainText('News Agencies')
  await expect(card).toContainText('24 February 2021')
  await expect(card).toContainText(/\d+ min read/)
  await card.getByRole('link').click()
  await expect(page).toHaveURL(new RegExp(`/read/${SLUG}$`))
  await expectNoAxeViolations(page)
})

test('the reader shows the article beside its quiz panel', async ({ page }) => {
  const reader = new ReaderPage(page)
  const response = await reader.goto(SLUG)
  expect(response?.status()).toBe(200)
  await expect(page).toHaveTitle(
    'US President Biden, Iraqi PM discuss flurry of rocket attacks · Lede',
  )
  const description = await page.locator('meta[name="description"]').getAttribute('content')
  expect(description).toContain('held fully to account')

  await expect(reader.article.getByRole('heading', { level: 1 })).toHaveText(/US President Biden/)
  await expect(reader.article.getByRole('heading', { level: 2 })).toHaveText([
    '‘Same style of attacks’',
    'Green Zone',
  ])
  // Captions are figures, not paragraphs; the source line is not body text either.
  await expect(reader.article.locator('figure')).toHaveCount(2)
  await expect(reader.article.locator('figure').first()).toContainText('Azad Lashkari/Reuters')
  await expect(reader.article.locator('p[id^="p"]')).toHaveCount(28)
  await expect(reader.sentence('p9.s1')).toHaveText(
    /^US State Department spokesman Ned Price said on Monday/,
  )

  // Side by side on a wide screen: the panel starts to the right of the article column.
  const articleBox = await reader.article.boundingBox()
  const panelBox = await reader.quizPanel.boundingBox()
  expect(panelBox && articleBox && panelBox.x > articleBox.x + articleBox.width - 1).toBe(true)
  await expect(reader.quizPanel).toContainText('10 questions on the people, dates and positions')
  await expect(reader.quizPanel.getByRole('button', { name: 'Start the quiz' })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('the reading column keeps a comfortable line length', async ({ page }) => {
  const reader = new ReaderPage(page)
  await reader.goto(SLUG)
  const charsPerLine = await reader.sentence('p3.s1').evaluate((el) => {
    const p = el.closest('p') as HTMLElement
    const style = getComputedStyle(p)
    const probe = document.createElement('span')
    probe.style.font = style.font
    probe.textContent = 'abcdefghijklmnopqrstuvwxyz'.repeat(4)
    document.body.append(probe)
    const perChar = probe.getBoundingClientRect().width / 104
    probe.remove()
    return p.clientWidth / perChar
  })
  expect(charsPerLine).toBeGreaterThanOrEqual(55)
  expect(charsPerLine).toBeLessThanOrEqual(80)
})

test('on a phone the article and quiz stack, with links between them @phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  const reader = new ReaderPage(page)
  await reader.goto(SLUG)
  const articleBox = await reader.article.boundingBox()
  const panelBox = await reader.quizPanel.boundingBox()
  expect(panelBox && articleBox && panelBox.y >= articleBox.y + articleBox.height - 1).toBe(true)
  await page.getByRole('link', { name: /Jump to the quiz/ }).click()
  await expect(page).toHaveURL(/#quiz$/)
  await expect(reader.quizPanel).toBeInViewport()
  await page.getByRole('link', { name: /Back to the article/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport()
  await expectNoAxeViolations(page)
})

test('dark mode follows the system and stays accessible', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await new ReaderPage(page).goto(SLUG)
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  expect(background).toBe('rgb(22, 24, 29)')
  await expectNoAxeViolations(page)
})

test('keyboard users can skip to the content', async ({ page }) => {
  await new ReaderPage(page).goto(SLUG)
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main$/)
})

test('unknown and malformed slugs get a real 404 page', async ({ page }) => {
  for (const slug of ['no-such-article', 'Bad..Slug', '%00']) {
    const response = await page.goto(`/read/${slug}`)
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  }
  await expectNoAxeViolations(page)
})

test('the font ships with the app and no request leaves the server', async ({ page }) => {
  const foreign: string[] = []
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1')) foreign.push(r.url())
  })
  await new ReaderPage(page).goto(SLUG)
  await page.evaluate(() => document.fonts.ready)
  const serifLoaded = await page.evaluate(() =>
    [...document.fonts].some((f) => f.status === 'loaded'),
  )
  expect(serifLoaded).toBe(true)
  expect(foreign).toEqual([])
})

test('health reports the database', async ({ request }) => {
  const response = await request.get('/api/health')
  expect(response.status()).toBe(200)
  const body = await response.json()
  expect(body.status).toBe('ok')
  expect(['pglite', 'postgres']).toContain(body.database)
  expect(body.database).toBe(process.env.E2E_DATABASE_KIND ?? 'pglite')
})
