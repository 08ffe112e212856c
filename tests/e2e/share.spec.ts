import { readFile } from 'node:fs/promises'
import { type APIRequestContext, expect, test } from '@playwright/test'
import ogs from 'open-graph-scraper'
import { expectNoAxeViolations } from './pages/reader-page'
import { pngSize, QuizFlow, SharePage, SharePanel } from './pages/share-page'

const SLUG = 'biden-al-kadhimi-rocket-attacks'
const HEADLINE = 'US President Biden, Iraqi PM discuss flurry of rocket attacks'

type AttemptState = {
  attemptId: string
  questions: { id: string; prompt: string; options?: { id: string; text: string }[] }[]
  share: { pageUrl: string; cardUrl: string; cardPath: string } | null
}

/** A submitted attempt made over HTTP, as the browser would (faster than the UI). */
async function submittedAttempt(request: APIRequestContext): Promise<AttemptState> {
  const started = await request.post('/api/attempts', { data: { slug: SLUG } })
  expect(started.status()).toBe(201)
  const state = (await started.json()) as AttemptState
  const answers = Object.fromEntries(
    state.questions.flatMap((q) => (q.options?.[0] ? [[q.id, { optionId: q.options[0].id }]] : [])),
  )
  const submitted = await request.post(`/api/attempts/${state.attemptId}/submission`, {
    data: { submissionKey: `e2e${Date.now()}${Math.random().toString(36).slice(2)}`, answers },
  })
  expect(submitted.status()).toBe(200)
  const result = (await submitted.json()) as AttemptState
  expect(result.share).not.toBeNull()
  return { ...result, questions: state.questions }
}

test('the result screen shares the card: preview, copy link, download', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL })
  await new QuizFlow(page).complete(SLUG)
  const panel = new SharePanel(page)
  await expect(panel.root).toBeVisible()

  // The preview is the real card, loaded from this origin.
  await expect.poll(() => panel.previewNaturalSize()).toEqual([1200, 630])
  const src = await panel.previewSrc()
  expect(src).toMatch(/^\/r\/[A-Za-z0-9_-]{24}\/card\.png\?v=[A-Za-z0-9_-]+$/)

  // Copy link: the share page URL, on the public base URL, is on the clipboard.
  await panel.copyLink.click()
  await expect(panel.status).toHaveText('Link copied.')
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toBe(`${baseURL}${src.replace(/\/card\.png\?.*$/, '')}`)

  // Download image: a 1200×630 PNG named for the result.
  const [download] = await Promise.all([page.waitForEvent('download'), panel.downloadImage.click()])
  expect(download.suggestedFilename()).toBe('lede-result.png')
  const bytes = await readFile((await download.path()) ?? '')
  expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 })

  // The system share sheet is offered only where the browser has one.
  const hasNativeShare = await page.evaluate(() => typeof navigator.share === 'function')
  await expect(panel.nativeShare).toHaveCount(hasNativeShare ? 1 : 0)

  await expectNoAxeViolations(page)

  // The preview is the card's current, immutable URL, not one that redirects to it.
  const direct = await page.request.get(src, { maxRedirects: 0 })
  expect(direct.status(), `${src} → ${direct.headers().location ?? ''}`).toBe(200)
  expect(direct.headers()['cache-control']).toContain('immutable')
})

test('opting in shows the name on the share page; opting out hides it again', async ({
  page,
  context,
  baseURL,
}) => {
  await new QuizFlow(page).complete(SLUG)
  const panel = new SharePanel(page)
  await expect.poll(() => panel.previewNaturalSize()).toEqual([1200, 630])
  const anonymousSrc = await panel.previewSrc()

  await panel.setName('Zoë')
  // The preview switches to the new version of the card, and it loads.
  await expect.poll(() => panel.previewSrc()).not.toBe(anonymousSrc)
  await expect.poll(() => panel.previewNaturalSize()).toEqual([1200, 630])
  const namedSrc = await panel.previewSrc()
  const pageUrl = `${baseURL}${namedSrc.replace(/\/card\.png\?.*$/, '')}`

  const visitor = await context.newPage()
  const share = new SharePage(visitor)
  await share.goto(pageUrl)
  await expect(share.score).toContainText('Zoë scored')
  expect(await share.meta('og:title')).toMatch(/^Zoë scored /)

  await panel.setName(null)
  await expect.poll(() => panel.previewSrc()).not.toBe(namedSrc)
  await expect.poll(() => panel.previewNaturalSize()).toEqual([1200, 630])
  const hiddenSrc = await panel.previewSrc()
  await share.goto(pageUrl)
  await expect(share.score).not.toContainText('Zoë')
  expect(await visitor.content()).not.toContain('Zoë')
  expect(await share.meta('og:title')).toMatch(/^A reader scored /)
  // The preview shows the card the share page advertises now.
  expect(await share.meta('og:image')).toBe(`${baseURL}${hiddenSrc}`)
  // The named card's URL now leads to the anonymous card.
  const stale = await visitor.request.get(`${baseURL}${namedSrc}`, { maxRedirects: 0 })
  expect(stale.status()).toBe(307)
  expect(stale.headers().location).toBe(`${baseURL}${hiddenSrc}`)
})

test('the share page: headline, score, categories, a way in, and no spoilers', async ({
  page,
  request,
}) => {
  const prompts = await new QuizFlow(page).complete(SLUG)
  expect(prompts.length).toBeGreaterThan(2)
  const src = await new SharePanel(page).previewSrc()
  const pagePath = src.replace(/\/card\.png\?.*$/, '')

  const share = new SharePage(page)
  const response = await share.goto(pagePath)
  expect(response?.status()).toBe(200)
  await expect(share.headline).toHaveText(HEADLINE)
  await expect(share.score).toContainText(/\d+(\.\d)? out of \d+/)
  await expect(share.categories).not.toHaveCount(0)
  await expect(share.categories.first()).toContainText(/(Actors|Dates|Positions|Places)/)
  await expect(share.categories.first()).toContainText(/\d+(\.\d)? \/ \d+/)
  await expect(share.main).toContainText(/\d{1,2} [A-Z][a-z]+ \d{4}/)
  await expect(share.takeQuiz).toHaveAttribute('href', `/read/${SLUG}`)
  await expectNoAxeViolations(page)

  // Neither the rendered page nor the HTML the server sends contains a question.
  const text = (await share.main.textContent()) ?? ''
  const html = await (await request.get(pagePath)).text()
  for (const prompt of prompts) {
    expect(text, prompt).not.toContain(prompt)
    expect(html, prompt).not.toContain(prompt)
  }
  expect(html).not.toMatch(/Correct answer|Your answer|question-prompt/)

  await share.takeQuiz.click()
  await expect(page).toHaveURL(new RegExp(`/read/${SLUG}$`))
})

test('a share link unfurls: Open Graph and Twitter tags, and the image is a 1200×630 PNG', async ({
  request,
  baseURL,
}) => {
  const submitted = await submittedAttempt(request)
  // The attempt as stored, as the result screen reads it after a reload.
  const state = (await (
    await request.get(`/api/attempts/${submitted.attemptId}`)
  ).json()) as AttemptState
  const pageUrl = state.share?.pageUrl ?? ''
  expect(pageUrl.startsWith(`${baseURL}/r/`)).toBe(true)

  const { error, result } = await ogs({ url: pageUrl, timeout: 20 })
  expect(error).toBe(false)
  expect(result.ogTitle).toMatch(/^A reader scored \d+(\.\d)?\/\d+ on “US President Biden/)
  expect(result.ogDescription).toMatch(/\d+(\.\d)?\/\d+/)
  expect(result.ogUrl).toBe(pageUrl)
  expect(result.twitterCard).toBe('summary_large_image')
  expect(result.ogImage).toHaveLength(1)
  const image = result.ogImage?.[0]
  expect(image?.url).toBe(state.share?.cardUrl)
  expect(image?.url).toMatch(/^https?:\/\//)
  expect(Number(image?.width)).toBe(1200)
  expect(Number(image?.height)).toBe(630)
  expect(result.twitterImage?.[0]?.url).toBe(state.share?.cardUrl)

  // Follow og:image as an unfurler would: a 1200×630 PNG, cacheable for good.
  const card = await fetch(image?.url ?? '')
  expect(card.status).toBe(200)
  expect(card.headers.get('content-type')).toBe('image/png')
  expect(card.headers.get('cache-control')).toContain('immutable')
  const etag = card.headers.get('etag') ?? ''
  expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/)
  expect(pngSize(Buffer.from(await card.arrayBuffer()))).toEqual({ width: 1200, height: 630 })

  // A second unfurl revalidates: 304, no body.
  const again = await fetch(image?.url ?? '', { headers: { 'if-none-match': etag } })
  expect(again.status).toBe(304)
  expect((await again.arrayBuffer()).byteLength).toBe(0)

  // The page's own HTML carries no question either.
  const html = await (await fetch(pageUrl)).text()
  for (const q of submitted.questions) expect(html, q.prompt).not.toContain(q.prompt)
})

test('unknown, malformed and private ids get a 404, not a card', async ({ request, page }) => {
  const state = await submittedAttempt(request)
  for (const id of ['AbCdEfGhIjKlMnOpQrStUv_-', 'nope', state.attemptId]) {
    const card = await request.get(`/r/${id}/card.png`)
    expect(card.status(), id).toBe(404)
    expect(card.headers()['content-type'] ?? '').not.toMatch(/image/)
    const response = await page.goto(`/r/${id}`)
    expect(response?.status(), id).toBe(404)
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  }
})
