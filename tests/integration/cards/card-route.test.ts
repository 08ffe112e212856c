/**
 * The card, share page and share-settings route handlers, called directly against a fresh
 * database (in-memory PGlite, or PostgreSQL with TEST_DATABASE_URL). Attempts are made both
 * through the quiz service and through the attempt routes, as the browser does.
 */
import { eq } from 'drizzle-orm'
import type { Metadata } from 'next'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { CardData } from '@/lib/cards/card'
import { renderCardPng } from '@/lib/cards/render'
import type { Database } from '@/lib/db/open'
import { attempts } from '@/lib/db/schema'
import { CATEGORY_LABEL, formatIsoDate } from '@/lib/format'
import type { AttemptState, SubmissionResult } from '@/lib/quiz/schemas'
import { getAttemptState, startAttempt, submitAttempt } from '@/lib/quiz/service'
import {
  distinctiveSpoilers,
  get,
  jsonPost,
  newSubmissionKey,
  ORIGIN,
  releaseCardTestDatabase,
  SLUG,
  someAnswers,
  useCardTestDatabase,
} from '../../fixtures/cards/app'
import { decodePng, diffPixels, readPngHeader } from '../../fixtures/cards/png'
import { testDatabaseKind } from '../../support/test-db'

type CardRoute = typeof import('@/app/r/[shareId]/card.png/route')
type SharePage = typeof import('@/app/r/[shareId]/page')
type ShareRoute = typeof import('@/app/api/attempts/[attemptId]/share/route')
type StartRoute = typeof import('@/app/api/attempts/route')
type SubmitRoute = typeof import('@/app/api/attempts/[attemptId]/submission/route')

let database: Database
let cardRoute: CardRoute
let sharePage: SharePage
let shareRoute: ShareRoute
let startRoute: StartRoute
let submitRoute: SubmitRoute

beforeAll(async () => {
  database = await useCardTestDatabase()
  cardRoute = await import('@/app/r/[shareId]/card.png/route')
  sharePage = await import('@/app/r/[shareId]/page')
  shareRoute = await import('@/app/api/attempts/[attemptId]/share/route')
  startRoute = await import('@/app/api/attempts/route')
  submitRoute = await import('@/app/api/attempts/[attemptId]/submission/route')
  const client = await import('@/lib/db/client')
  expect((await client.getDatabase()).kind).toBe(testDatabaseKind)
})
afterAll(async () => {
  await releaseCardTestDatabase(database)
})

// ── helpers ────────────────────────────────────────────────────────────────────────────────

const shareIdOf = (state: SubmissionResult) => {
  const url = state.share?.pageUrl
  if (!url) throw new Error('the attempt has no share link')
  return new URL(url).pathname.split('/').at(-1) ?? ''
}
const versionOf = (state: SubmissionResult) =>
  new URL(state.share?.cardUrl ?? '').searchParams.get('v')

/**
 * `submitted` is what the submission answered; `state` is the attempt as stored, read back
 * as the result screen does after a reload (the card route reads the stored row too).
 */
async function withStoredState(submitted: SubmissionResult) {
  const state = await getAttemptState(database.db, submitted.attemptId)
  return { submitted, state, shareId: shareIdOf(state), attemptId: submitted.attemptId }
}

/** A submitted attempt made through the quiz service on the test database. */
async function submittedViaService() {
  const started = await startAttempt(database.db, { slug: SLUG })
  const submitted = await submitAttempt(database.db, started.attemptId, {
    submissionKey: newSubmissionKey(),
    answers: someAnswers(started.questions),
  })
  return withStoredState(submitted)
}

/** A submitted attempt made through the routes, as the browser does. */
async function submittedViaRoutes() {
  const startResponse = await startRoute.POST(jsonPost('/api/attempts', { slug: SLUG }))
  expect(startResponse.status).toBe(201)
  const started = (await startResponse.json()) as AttemptState
  expect(started.share).toBeNull()
  const submitResponse = await submitRoute.POST(
    jsonPost(`/api/attempts/${started.attemptId}/submission`, {
      submissionKey: newSubmissionKey(),
      answers: someAnswers(started.questions),
    }),
    { params: Promise.resolve({ attemptId: started.attemptId }) },
  )
  expect(submitResponse.status).toBe(200)
  return withStoredState((await submitResponse.json()) as SubmissionResult)
}

const card = (shareId: string, query = '', headers: Record<string, string> = {}) =>
  cardRoute.GET(get(`/r/${shareId}/card.png${query}`, headers), {
    params: Promise.resolve({ shareId }),
  })
const setShare = (attemptId: string, body: unknown) =>
  shareRoute.POST(jsonPost(`/api/attempts/${attemptId}/share`, body), {
    params: Promise.resolve({ attemptId }),
  })
const metadataOf = (shareId: string): Promise<Metadata> =>
  sharePage.generateMetadata({ params: Promise.resolve({ shareId }) })
async function pageHtml(shareId: string): Promise<string> {
  const element = await sharePage.default({ params: Promise.resolve({ shareId }) })
  return renderToStaticMarkup(element)
}
/** The digest Next gives notFound(): the page answers 404. */
async function pageIsNotFound(shareId: string) {
  const error = await pageHtml(shareId).then(
    () => null,
    (e: unknown) => e as { digest?: string },
  )
  return (
    typeof error?.digest === 'string' && error.digest.startsWith('NEXT_HTTP_ERROR_FALLBACK;404')
  )
}

async function expectCardNotFound(response: Response) {
  expect(response.status).toBe(404)
  expect(response.headers.get('cache-control')).toBe('no-store')
  expect(response.headers.get('content-type') ?? '').not.toMatch(/image/)
  expect(response.headers.get('etag')).toBeNull()
  const body = Buffer.from(await response.arrayBuffer())
  expect(body.subarray(0, 4).toString('latin1')).not.toBe('\x89PNG')
}

async function expectRefusal(response: Response, status: number, code: string) {
  expect(response.status).toBe(status)
  expect(response.headers.get('cache-control')).toBe('no-store')
  const body = (await response.json()) as { error: { code: string; message: string } }
  expect(body.error.code).toBe(code)
  expect(body.error.message.length).toBeGreaterThan(0)
}

/** The card data of an attempt as stored: its row, read back on its own. */
async function cardDataOf(attemptId: string): Promise<CardData> {
  const [row] = await database.db.select().from(attempts).where(eq(attempts.id, attemptId))
  if (!row?.submittedAt || row.score === null) throw new Error('not a submitted attempt')
  return {
    title: 'US President Biden, Iraqi PM discuss flurry of rocket attacks',
    score: row.score,
    maxScore: row.maxScore,
    categories: row.categoryScores ?? [],
    name: row.showName ? row.displayName : null,
    date: formatIsoDate(row.submittedAt.toISOString()),
  }
}

async function setSharingAllowed(attemptId: string, allowed: boolean) {
  await database.db
    .update(attempts)
    .set({ sharingAllowed: allowed })
    .where(eq(attempts.id, attemptId))
}

// ── the card ───────────────────────────────────────────────────────────────────────────────

describe(`card.png on ${testDatabaseKind}`, () => {
  test('a submitted attempt has a share link on the public base URL, with its own public id', async () => {
    const { state, shareId, attemptId } = await submittedViaRoutes()
    expect(shareId).toMatch(/^[A-Za-z0-9_-]{24}$/)
    expect(shareId).not.toBe(attemptId)
    expect(state.share?.pageUrl).toBe(`${ORIGIN}/r/${shareId}`)
    expect(state.share?.cardUrl).toMatch(
      new RegExp(`^${ORIGIN}/r/${shareId}/card\\.png\\?v=[A-Za-z0-9_-]+$`),
    )
    expect(JSON.stringify(state.share)).not.toContain(attemptId)
    expect(state.share?.showName).toBe(false)
  })

  test('the share link handed out on submission is the current one (no redirect on first use)', async () => {
    for (const made of [await submittedViaRoutes(), await submittedViaService()]) {
      // The card URL in the submission's answer is the one the card route serves…
      const v = versionOf(made.submitted)
      const response = await card(made.shareId, `?v=${v}`)
      expect(response.status, `v=${v} (stored: ${versionOf(made.state)})`).toBe(200)
      expect(response.headers.get('etag')).toBe(`"${v}"`)
      // …and the same one the result screen gets after a reload.
      expect(made.submitted.share).toEqual(made.state.share)
    }
  })

  test('the current version: 200 image/png, 1200×630, ETag and an immutable cache', async () => {
    const { state, shareId, attemptId } = await submittedViaRoutes()
    const v = versionOf(state)
    const response = await card(shareId, `?v=${v}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(response.headers.get('etag')).toBe(`"${v}"`)
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const png = Buffer.from(await response.arrayBuffer())
    expect(response.headers.get('content-length')).toBe(String(png.length))
    expect(readPngHeader(png)).toMatchObject({ width: 1200, height: 630 })

    // Drawn from the stored attempt: the same pixels as its card data rendered directly.
    const data = await cardDataOf(attemptId)
    expect(data.score).toBe(state.result?.score)
    expect(data.categories).toEqual(state.result?.categories)
    const expected = await renderCardPng(data)
    expect(diffPixels(decodePng(png), decodePng(expected)).differing).toBe(0)
  })

  test('without a version: 200 with a short, revalidated cache and the same ETag', async () => {
    const { state, shareId } = await submittedViaService()
    const response = await card(shareId)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(response.headers.get('etag')).toBe(`"${versionOf(state)}"`)
    const cacheControl = response.headers.get('cache-control') ?? ''
    expect(cacheControl).toMatch(/max-age=\d+/)
    expect(cacheControl).not.toContain('immutable')
    expect(Number(/max-age=(\d+)/.exec(cacheControl)?.[1])).toBeLessThanOrEqual(3600)
  })

  test('If-None-Match with the ETag: 304 without a body, strong, weak or in a list', async () => {
    const { state, shareId } = await submittedViaService()
    const v = versionOf(state)
    for (const ifNoneMatch of [
      `"${v}"`,
      `W/"${v}"`,
      `"nope", W/"${v}"`,
      `"a","b",  "${v}"  `,
      `W/"zzz",W/"${v}"`,
    ]) {
      for (const query of [`?v=${v}`, '']) {
        const response = await card(shareId, query, { 'if-none-match': ifNoneMatch })
        expect(response.status, `${ifNoneMatch} ${query}`).toBe(304)
        expect(response.headers.get('etag')).toBe(`"${v}"`)
        expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+/)
        expect((await response.arrayBuffer()).byteLength).toBe(0)
      }
    }
  })

  test('If-None-Match with other ETags: the full card', async () => {
    const { state, shareId } = await submittedViaService()
    const v = versionOf(state)
    for (const ifNoneMatch of ['"other"', `"${v}x"`, `${v}`, `"${v?.slice(0, -1)}"`, '""']) {
      const response = await card(shareId, `?v=${v}`, { 'if-none-match': ifNoneMatch })
      expect(response.status, ifNoneMatch).toBe(200)
      expect(response.headers.get('content-type')).toBe('image/png')
    }
  })

  test('If-None-Match: * matches the existing card (RFC 9110 §13.1.2): 304', async () => {
    const { state, shareId } = await submittedViaService()
    const response = await card(shareId, `?v=${versionOf(state)}`, { 'if-none-match': '*' })
    expect(response.status).toBe(304)
  })

  test('a stale version redirects (307) to the current card URL, never cached', async () => {
    const { state, shareId } = await submittedViaService()
    for (const stale of ['stale', 'AAAAAAAAAAAAAAAA', `${versionOf(state)}0`]) {
      const response = await card(shareId, `?v=${stale}`)
      expect(response.status).toBe(307)
      expect(response.headers.get('location')).toBe(state.share?.cardUrl)
      expect(response.headers.get('cache-control')).toBe('no-store')
      expect(response.headers.get('content-type') ?? '').not.toMatch(/image/)
    }
  })

  test('404, not a card, for malformed share ids', async () => {
    for (const shareId of [
      'abc',
      '',
      'x'.repeat(23),
      'x'.repeat(25),
      'AbCdEfGhIjKlMnOpQrStUv!!',
      '../../api/attempts/xxxxxx',
      'AbCdEfGhIjKlMnOpQrStUv%2',
      'AbCdEfGhIjKlMnOpQrStUvWx\n',
    ]) {
      await expectCardNotFound(await card(shareId))
      expect(await pageIsNotFound(shareId), JSON.stringify(shareId)).toBe(true)
    }
  })

  test('404 for a well-formed id that is not an attempt', async () => {
    const unknown = 'AbCdEfGhIjKlMnOpQrStUv_-'
    await expectCardNotFound(await card(unknown))
    await expectCardNotFound(await card(unknown, '?v=AAAAAAAAAAAAAAAA'))
    await expectCardNotFound(await card(unknown, '', { 'if-none-match': '"AAAAAAAAAAAAAAAA"' }))
    expect(await pageIsNotFound(unknown)).toBe(true)
    expect((await metadataOf(unknown)).openGraph).toBeUndefined()
  })

  test('404 for an attempt that was not submitted yet', async () => {
    const started = await startAttempt(database.db, { slug: SLUG })
    const [row] = await database.db
      .select({ shareId: attempts.shareId })
      .from(attempts)
      .where(eq(attempts.id, started.attemptId))
    const shareId = row?.shareId ?? ''
    expect(shareId).toMatch(/^[A-Za-z0-9_-]{24}$/)
    await expectCardNotFound(await card(shareId))
    expect(await pageIsNotFound(shareId)).toBe(true)
    expect((await metadataOf(shareId)).openGraph).toBeUndefined()
  })

  test('404 when sharing is switched off, for every URL the card had', async () => {
    const { state, shareId, attemptId } = await submittedViaService()
    const v = versionOf(state)
    expect((await card(shareId, `?v=${v}`)).status).toBe(200)
    await setSharingAllowed(attemptId, false)
    await expectCardNotFound(await card(shareId, `?v=${v}`))
    await expectCardNotFound(await card(shareId))
    await expectCardNotFound(await card(shareId, '?v=old'))
    await expectCardNotFound(await card(shareId, `?v=${v}`, { 'if-none-match': `"${v}"` }))
    expect(await pageIsNotFound(shareId)).toBe(true)
    const meta = await metadataOf(shareId)
    expect(meta.openGraph).toBeUndefined()
    expect(meta.twitter).toBeUndefined()
    // The result screen offers no share either.
    expect((await getAttemptState(database.db, attemptId)).share).toBeNull()
    // Switched back on, the same links work again.
    await setSharingAllowed(attemptId, true)
    expect((await card(shareId, `?v=${v}`)).status).toBe(200)
  })

  test('the private attempt id is not a share id: 404 for the card and the page', async () => {
    const { attemptId } = await submittedViaRoutes()
    await expectCardNotFound(await card(attemptId))
    expect(await pageIsNotFound(attemptId)).toBe(true)
  })
})

// ── the share settings ─────────────────────────────────────────────────────────────────────

describe(`share settings on ${testDatabaseKind}`, () => {
  test('showing a name needs a name: 400', async () => {
    const { attemptId } = await submittedViaService()
    await expectRefusal(await setShare(attemptId, { showName: true }), 400, 'bad_request:share')
    await expectRefusal(
      await setShare(attemptId, { showName: true, displayName: '' }),
      400,
      'bad_request:share',
    )
    await expectRefusal(
      await setShare(attemptId, { showName: true, displayName: '   ' }),
      400,
      'bad_request:share',
    )
  })

  test('names that could inject markup, or are too long, are refused: 400', async () => {
    const { attemptId } = await submittedViaService()
    for (const displayName of [
      '<b>x</b>',
      '<script>alert(1)</script>',
      'a'.repeat(41),
      'Zoë & co',
      'zoe@example.com',
      'https://evil.example',
      'Zoë\nNew line',
      '"quoted"',
    ]) {
      await expectRefusal(
        await setShare(attemptId, { showName: true, displayName }),
        400,
        'bad_request:share',
      )
    }
    // Still anonymous after all those refusals, nothing stored.
    const state = await getAttemptState(database.db, attemptId)
    expect(state.share?.showName).toBe(false)
    expect(state.share?.displayName).toBeNull()
  })

  test('bodies that are not share settings are refused: 400', async () => {
    const { attemptId } = await submittedViaService()
    for (const body of [
      '{',
      '[]',
      {},
      { showName: 'yes' },
      { showName: true, displayName: 'Zoë', extra: 1 },
      { showName: true, displayName: 42 },
    ]) {
      const response = await setShare(attemptId, body)
      expect(response.status, JSON.stringify(body)).toBe(400)
    }
  })

  test('40 characters, accents, apostrophes and hyphens are fine', async () => {
    const { attemptId } = await submittedViaService()
    for (const displayName of ['a'.repeat(40), 'Zoë', 'Ñuño', 'O’Brien-Smith Jr.', "D'Arcy 2"]) {
      const response = await setShare(attemptId, { showName: true, displayName })
      expect(response.status, displayName).toBe(200)
      const state = (await response.json()) as AttemptState
      expect(state.share?.displayName).toBe(displayName)
    }
  })

  test('unknown or malformed attempt: 404; the public share id grants nothing: 404', async () => {
    await expectRefusal(
      await setShare('AbCdEfGhIjKlMnOpQrStUv_-', { showName: false }),
      404,
      'not_found:attempt',
    )
    await expectRefusal(await setShare('nope', { showName: false }), 404, 'not_found:attempt')
    const { shareId } = await submittedViaService()
    await expectRefusal(
      await setShare(shareId, { showName: true, displayName: 'Mallory' }),
      404,
      'not_found:attempt',
    )
  })

  test('unsubmitted attempt: 409', async () => {
    const started = await startAttempt(database.db, { slug: SLUG })
    await expectRefusal(
      await setShare(started.attemptId, { showName: true, displayName: 'Zoë' }),
      409,
      'conflict:share',
    )
  })

  test('sharing switched off: 403, and nothing is stored', async () => {
    const { attemptId } = await submittedViaService()
    await setSharingAllowed(attemptId, false)
    await expectRefusal(
      await setShare(attemptId, { showName: true, displayName: 'Zoë' }),
      403,
      'forbidden:share',
    )
    const [row] = await database.db.select().from(attempts).where(eq(attempts.id, attemptId))
    expect(row?.showName).toBe(false)
    expect(row?.displayName).toBeNull()
  })

  test('showing the name changes the card and the page; hiding it again removes it everywhere', async () => {
    const { state: anonymous, shareId, attemptId } = await submittedViaRoutes()
    const anonymousV = versionOf(anonymous)
    const anonymousMeta = JSON.stringify(await metadataOf(shareId))
    expect(anonymousMeta).toContain('A reader scored')

    // Opt in.
    const shownResponse = await setShare(attemptId, { showName: true, displayName: 'Zoë' })
    expect(shownResponse.status).toBe(200)
    expect(shownResponse.headers.get('cache-control')).toBe('no-store')
    const shown = (await shownResponse.json()) as AttemptState
    expect(shown.share?.showName).toBe(true)
    const namedV = versionOf(shown)
    expect(namedV).not.toBe(anonymousV)
    expect(shown.share?.pageUrl).toBe(anonymous.share?.pageUrl)
    const namedMeta = await metadataOf(shareId)
    expect(namedMeta.title).toMatch(/^Zoë scored /)
    expect(JSON.stringify(namedMeta.openGraph)).toContain(`card.png?v=${namedV}`)
    expect(await pageHtml(shareId)).toContain('Zoë scored')
    // The old anonymous URL now redirects to the named card, which is drawn with the name.
    expect((await card(shareId, `?v=${anonymousV}`)).headers.get('location')).toBe(
      shown.share?.cardUrl,
    )
    const namedPng = Buffer.from(await (await card(shareId, `?v=${namedV}`)).arrayBuffer())
    const anonymousPng = await renderCardPng({ ...(await cardDataOf(attemptId)), name: null })
    expect(diffPixels(decodePng(namedPng), decodePng(anonymousPng)).differing).toBeGreaterThan(0)

    // Opt out again.
    const hiddenResponse = await setShare(attemptId, { showName: false })
    expect(hiddenResponse.status).toBe(200)
    const hidden = (await hiddenResponse.json()) as AttemptState
    expect(hidden.share?.showName).toBe(false)
    const hiddenV = versionOf(hidden)
    expect(hiddenV).not.toBe(namedV)
    expect(hiddenV).toBe(anonymousV)

    const hiddenMeta = await metadataOf(shareId)
    expect(JSON.stringify(hiddenMeta)).not.toContain('Zoë')
    expect(hiddenMeta.title).toMatch(/^A reader scored /)
    const html = await pageHtml(shareId)
    expect(html).not.toContain('Zoë')
    expect(html).not.toContain('Zo&#235;')

    // The named card's URL no longer serves the name: it redirects to the anonymous card…
    const stale = await card(shareId, `?v=${namedV}`)
    expect(stale.status).toBe(307)
    expect(stale.headers.get('location')).toBe(hidden.share?.cardUrl)
    // …a revalidation with the named ETag gets the new card, not a 304…
    const revalidated = await card(shareId, '', { 'if-none-match': `"${namedV}"` })
    expect(revalidated.status).toBe(200)
    expect(revalidated.headers.get('etag')).toBe(`"${hiddenV}"`)
    // …and the card drawn now is the anonymous one, pixel for pixel.
    const now = decodePng(Buffer.from(await (await card(shareId, `?v=${hiddenV}`)).arrayBuffer()))
    expect(diffPixels(now, decodePng(namedPng)).differing).toBeGreaterThan(0)
    expect(diffPixels(now, decodePng(await revalidated.arrayBuffer())).differing).toBe(0)
  })
})

// ── the share page ─────────────────────────────────────────────────────────────────────────

describe(`share page on ${testDatabaseKind}`, () => {
  test('metadata: Open Graph and Twitter tags with an absolute 1200×630 image', async () => {
    const { state, shareId } = await submittedViaRoutes()
    const meta = await metadataOf(shareId)
    const result = state.result
    if (!result) throw new Error('no result')
    const score = `${Number.isInteger(result.score) ? result.score : result.score.toFixed(1)}/${result.maxScore}`
    expect(meta.title).toBe(
      `A reader scored ${score} on “US President Biden, Iraqi PM discuss flurry of rocket attacks”`,
    )
    expect(meta.description).toContain(score)
    expect(meta.alternates?.canonical).toBe(`${ORIGIN}/r/${shareId}`)
    const og = meta.openGraph as {
      url?: string
      title?: string
      images?: { url: string; width: number; height: number; type?: string }[]
    }
    expect(og.url).toBe(`${ORIGIN}/r/${shareId}`)
    expect(og.title).toBe(meta.title)
    expect(og.images).toHaveLength(1)
    expect(og.images?.[0]).toMatchObject({
      url: state.share?.cardUrl,
      width: 1200,
      height: 630,
      type: 'image/png',
    })
    expect(new URL(og.images?.[0]?.url ?? '').origin).toBe(ORIGIN)
    const twitter = meta.twitter as { card?: string; images?: unknown[] }
    expect(twitter.card).toBe('summary_large_image')
    expect(twitter.images).toHaveLength(1)
  })

  test('the page: headline, score, categories, date and a link to take the quiz', async () => {
    const { state, shareId } = await submittedViaRoutes()
    const html = await pageHtml(shareId)
    expect(html).toContain('<h1>US President Biden, Iraqi PM discuss flurry of rocket attacks</h1>')
    expect(html).toContain(`out of ${state.result?.maxScore}`)
    const categories = state.result?.categories ?? []
    expect(categories.length).toBeGreaterThan(0)
    for (const c of categories) {
      expect(html).toContain(`>${CATEGORY_LABEL[c.category]}<`)
      expect(html).toContain(`${c.possible}</span>`)
    }
    expect(html).toMatch(/href="\/read\/biden-al-kadhimi-rocket-attacks"[^>]*>Take this quiz</)
    expect(html).toMatch(/\d{1,2} [A-Z][a-z]+ \d{4}/)
  })

  test('neither the page nor its metadata shows questions, options or answers', async () => {
    const { state, shareId, attemptId } = await submittedViaRoutes()
    const html = await pageHtml(shareId)
    const meta = JSON.stringify(await metadataOf(shareId))
    const allowed = 'US President Biden, Iraqi PM discuss flurry of rocket attacks'
    const spoilers = distinctiveSpoilers(state, allowed)
    expect(spoilers.length).toBeGreaterThan(5)
    for (const spoiler of spoilers) {
      expect(html, spoiler).not.toContain(spoiler)
      expect(meta, spoiler).not.toContain(spoiler)
    }
    for (const text of [html, meta]) {
      expect(text).not.toContain(attemptId)
      expect(text).not.toMatch(/Correct answer|Your answer|explanation/i)
    }
  })
})
