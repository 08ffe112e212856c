/**
 * A fresh nonce per page request and a strict Content Security Policy built on it: scripts
 * run only with the nonce (Next.js stamps it on its own scripts), nothing may frame Lede,
 * and everything else loads from this origin only.
 */
import { type NextRequest, NextResponse } from 'next/server'

export function buildCsp(nonce: string, { dev, https }: { dev: boolean; https: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}'`,
    // Style attributes (bar widths) cannot run code; scripts stay nonce-only.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ')
}

/**
 * A server action posted from another origin: Next.js refuses it with a 500; answer 403
 * before it gets there. The Origin must name the host the request was sent to.
 */
export function isCrossOriginAction(request: Request): boolean {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return false
  const origin = request.headers.get('origin')
  if (!origin) return false
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host')
  try {
    return new URL(origin).host !== host
  } catch {
    return true
  }
}

export function proxy(request: NextRequest) {
  if (isCrossOriginAction(request))
    return Response.json(
      {
        error: {
          code: 'forbidden:origin',
          message: 'This form can only be sent from Lede itself.',
        },
      },
      { status: 403, headers: { 'cache-control': 'no-store' } },
    )
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
  const csp = buildCsp(nonce, {
    dev: process.env.NODE_ENV === 'development',
    https: request.nextUrl.protocol === 'https:',
  })
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('x-nonce', nonce)
  requestHeaders.set('content-security-policy', csp)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('content-security-policy', csp)
  return response
}

export const config = {
  matcher: [
    {
      // Pages only: API routes, images and static files carry the fixed headers from next.config.ts.
      // Prefetches included: a prefetched page is rendered with the same policy as a visited one.
      source: '/((?!api|_next/static|_next/image|icon.svg|r/[^/]+/card.png).*)',
    },
  ],
}
