import type { Metadata, Viewport } from 'next'
import localFont from 'next/font/local'
import { connection } from 'next/server'
import type { ReactNode } from 'react'
import { getEnv } from '@/lib/env'
import './globals.css'

const serif = localFont({
  src: [
    {
      path: '../public/fonts/source-serif-4-latin-400-normal.woff2',
      weight: '400',
      style: 'normal',
    },
    {
      path: '../public/fonts/source-serif-4-latin-700-normal.woff2',
      weight: '700',
      style: 'normal',
    },
  ],
  variable: '--font-serif',
  display: 'swap',
  // Not preloaded: 43 KB of fonts fetched before the first paint pushed the reader's largest
  // paint to 2.3–2.6 s on Lighthouse's slow mobile link (median 93–95); the size-adjusted
  // fallback paints first and the swap moves nothing (CLS 0). Median 98 with it off.
  preload: false,
  fallback: ['Georgia', 'Cambria', 'Times New Roman', 'serif'],
})

export const metadata: Metadata = {
  metadataBase: new URL(getEnv().PUBLIC_BASE_URL),
  title: { default: 'Lede — read the news, prove it', template: '%s · Lede' },
  description:
    'Lede turns news articles into reading-comprehension quizzes about who, when and which position — every answer points back to the sentence that proves it.',
  applicationName: 'Lede',
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbf8f3' },
    { media: '(prefers-color-scheme: dark)', color: '#16181d' },
  ],
  colorScheme: 'light dark',
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request, so each one carries its own CSP nonce (proxy.ts).
  await connection()
  return (
    <html lang="en" className={serif.variable}>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          {/* A plain link: the home page is one request away, and every page (the reader first)
              is spared the client router's link code and its prefetches. */}
          <a href="/" className="brand" aria-label="Lede, home">
            <span className="brand-mark" aria-hidden="true">
              L
            </span>
            Lede
          </a>
        </header>
        {children}
        <footer className="site-footer">
          <p>
            Lede — reading comprehension for the news. Every answer is checked against the article.
          </p>
        </footer>
      </body>
    </html>
  )
}
