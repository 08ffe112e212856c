import { renderCardPng } from '@/lib/cards/render'
import { errorResponse } from '@/lib/errors'
import { loadSharedResult } from '../load'

export const runtime = 'nodejs'

type Context = { params: Promise<{ shareId: string }> }

const notFound = () =>
  new Response('Not found', { status: 404, headers: { 'cache-control': 'no-store' } })

/**
 * The result card as a PNG, drawn from the attempt stored on the server. A URL with the
 * current version (?v=) is immutable; an older version redirects to the current one, so a
 * name the learner has hidden again is not served from that URL.
 */
export async function GET(request: Request, { params }: Context) {
  try {
    const shared = await loadSharedResult((await params).shareId)
    if (!shared) return notFound()
    const version = new URL(request.url).searchParams.get('v')
    if (version && version !== shared.etag) {
      return new Response(null, {
        status: 307,
        headers: { location: shared.cardUrl, 'cache-control': 'no-store' },
      })
    }
    const headers = {
      etag: `"${shared.etag}"`,
      'cache-control': version
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=300, must-revalidate',
    }
    const ifNoneMatch = request.headers.get('if-none-match') ?? ''
    const matches = ifNoneMatch.split(',').map((tag) => tag.trim().replace(/^W\//, ''))
    if (matches.includes('*') || matches.includes(headers.etag)) {
      return new Response(null, { status: 304, headers })
    }
    const png = await renderCardPng(shared.card)
    return new Response(png, {
      headers: {
        ...headers,
        'content-type': 'image/png',
        'content-length': String(png.byteLength),
      },
    })
  } catch (err) {
    return errorResponse(err)
  }
}
