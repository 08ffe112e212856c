/**
 * The card as pixels: a fixed attempt renders to a 1200×630 PNG identical to the committed
 * golden image, the same input always gives the same pixels, a hidden name never reaches the
 * image, and rendering never touches the network.
 *
 * Regenerate the golden after an intended layout change (and bump CARD_VERSION):
 *   UPDATE_GOLDEN=1 npx vitest run --project unit tests/unit/cards/render.test.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { CARD_HEIGHT, CARD_WIDTH, type CardData } from '@/lib/cards/card'
import { renderCardPng } from '@/lib/cards/render'
import { FIXED_CARD, GOLDEN_PATH, NAMED_CARD } from '../../fixtures/cards/card-data'
import { decodePng, diffPixels, pixelAt, readPngHeader } from '../../fixtures/cards/png'

/**
 * Per-channel tolerance against the golden. @vercel/og rasterises with sharp (libvips +
 * librsvg) when it is installed, resvg-wasm otherwise; on one machine the output is exact
 * (the stability test below demands that), but another platform's build of those libraries
 * may round anti-aliased edges by a step or two. Anything larger is a real change.
 */
const GOLDEN_CHANNEL_TOLERANCE = 2

const render = async (data: CardData) => Buffer.from(await renderCardPng(data))
const hexColour = (rgba: number[]) =>
  `#${rgba
    .slice(0, 3)
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('renderCardPng', () => {
  test('renders a 1200×630 PNG', async () => {
    const png = await render(FIXED_CARD)
    const header = readPngHeader(png)
    expect([header.width, header.height]).toEqual([1200, 630])
    expect([CARD_WIDTH, CARD_HEIGHT]).toEqual([1200, 630])
    const image = decodePng(png)
    expect(image.rgba.length).toBe(1200 * 630 * 4)
    // Opaque paper background in the corners, the accent colour in the Lede mark.
    expect(hexColour(pixelAt(image, 2, 2))).toBe('#fbf8f3')
    expect(pixelAt(image, 1197, 627)[3]).toBe(255)
    expect(hexColour(pixelAt(image, 66, 92))).toBe('#9a3412')
  })

  test('matches the committed golden image for a fixed attempt', async () => {
    const png = await render(FIXED_CARD)
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(GOLDEN_PATH)) {
      if (process.env.UPDATE_GOLDEN !== '1')
        throw new Error(`${GOLDEN_PATH} is missing: run with UPDATE_GOLDEN=1 to create it`)
      writeFileSync(GOLDEN_PATH, png)
    }
    const golden = decodePng(readFileSync(GOLDEN_PATH))
    const actual = decodePng(png)
    expect([golden.width, golden.height]).toEqual([1200, 630])
    const diff = diffPixels(actual, golden, GOLDEN_CHANNEL_TOLERANCE)
    expect(
      diff,
      'the card no longer matches tests/fixtures/cards/golden.png; if the change is intended, bump CARD_VERSION and rerun with UPDATE_GOLDEN=1',
    ).toMatchObject({ differing: 0, box: null })
  })

  test('is stable: the same attempt renders to the same pixels every time', async () => {
    const [a, b, c] = await Promise.all([
      render(FIXED_CARD),
      render(FIXED_CARD),
      render({ ...FIXED_CARD }),
    ])
    const first = decodePng(a)
    for (const other of [b, c])
      expect(diffPixels(first, decodePng(other))).toMatchObject({
        differing: 0,
      })
    expect(b.equals(a)).toBe(true)
  })

  test('the score and the breakdown change the pixels; nothing else leaks in', async () => {
    const base = decodePng(await render(FIXED_CARD))
    const better = decodePng(await render({ ...FIXED_CARD, score: 9 }))
    const scoreDiff = diffPixels(base, better)
    expect(scoreDiff.differing).toBeGreaterThan(0)
    // Only the right-hand score column changes (it starts right of the 3px divider).
    expect(scoreDiff.box?.x0).toBeGreaterThan(CARD_WIDTH - 64 - 400)

    const bars = decodePng(
      await render({
        ...FIXED_CARD,
        categories: FIXED_CARD.categories.map((c) => ({ ...c, earned: c.possible })),
      }),
    )
    expect(diffPixels(base, bars).box?.x0).toBeGreaterThan(CARD_WIDTH - 64 - 400)
  })

  test('a shown name is drawn; without it the card is anonymous', async () => {
    const anonymous = decodePng(await render(FIXED_CARD))
    const named = decodePng(await render(NAMED_CARD))
    const diff = diffPixels(anonymous, named)
    expect(diff.differing).toBeGreaterThan(0)
    // Only the "I read" / "Zoë read" line in the left column differs.
    expect(diff.box?.x1).toBeLessThan(CARD_WIDTH - 400)

    // An empty name, or one of nothing drawable, is the anonymous card, pixel for pixel.
    for (const name of ['', '🚀', '東京']) {
      const other = decodePng(await render({ ...FIXED_CARD, name }))
      expect(diffPixels(anonymous, other).differing, `name ${JSON.stringify(name)}`).toBe(0)
    }
  })

  test('two different names give two different cards', async () => {
    const zoe = decodePng(await render(NAMED_CARD))
    const nuno = decodePng(await render({ ...FIXED_CARD, name: 'Ñuño' }))
    expect(diffPixels(zoe, nuno).differing).toBeGreaterThan(0)
  })

  test('a very long headline is shortened and still fits the card', async () => {
    const long = `${'A remarkably long headline about rocket attacks '.repeat(6)}end`
    const png = await render({ ...FIXED_CARD, title: long })
    expect(readPngHeader(png)).toMatchObject({ width: 1200, height: 630 })
    const image = decodePng(png)
    // The bottom margin stays paper: the text did not spill over the edge.
    for (let x = 0; x < CARD_WIDTH; x += 7)
      expect(hexColour(pixelAt(image, x, CARD_HEIGHT - 3))).toBe('#fbf8f3')
  })
})

describe('rendering is offline', () => {
  /** Imports the renderer afresh (empty @vercel/og caches) with fetch replaced by a tripwire. */
  async function offlineRenderer() {
    const urls: string[] = []
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: unknown) => {
        const url = input instanceof Request ? input.url : String(input)
        urls.push(url)
        throw new Error(`network access while rendering a card: ${url.slice(0, 80)}`)
      }),
    )
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.resetModules()
    const { renderCardPng: renderOffline } = await import('@/lib/cards/render')
    // data: URLs (WebAssembly inlined by satori) are not the network.
    const network = () => urls.filter((u) => !u.startsWith('data:'))
    return { renderOffline, network, errors }
  }

  test('a headline and name with emoji and CJK render without touching the network', async () => {
    const { renderOffline, network, errors } = await offlineRenderer()
    const png = await renderOffline({
      ...FIXED_CARD,
      title: 'Rocket 🚀 attacks in 東京 🇮🇶',
      name: 'Zoë 😀',
    })
    expect(readPngHeader(png)).toMatchObject({ width: 1200, height: 630 })
    expect(network()).toEqual([])
    expect(errors).not.toHaveBeenCalled()

    // The emoji and CJK are simply left out: the same pixels as the card without them.
    const plain = await render({ ...FIXED_CARD, title: 'Rocket attacks in', name: 'Zoë' })
    expect(diffPixels(decodePng(png), decodePng(plain)).differing).toBe(0)
  })

  test('emoji sequences and punctuation the font lacks do not reach the network either', async () => {
    const { renderOffline, network, errors } = await offlineRenderer()
    // 👩‍💻 (with a ZERO WIDTH JOINER), a hyphen U+2010, per mille U+2030, a dagger U+2020.
    const png = await renderOffline({
      ...FIXED_CARD,
      title: 'Coder 👩‍💻 non\u2010stop: 5\u2030 rise\u2020',
    })
    expect(readPngHeader(png)).toMatchObject({ width: 1200, height: 630 })
    expect(network()).toEqual([])
    expect(errors).not.toHaveBeenCalled()
  })
})
