import type { NextConfig } from 'next'
import { getEnv } from './lib/env'

// Fail the build and the start-up on an invalid environment, naming the variable.
getEnv()

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The build checks the app's own code; `npm test` type-checks everything, tests included.
  typescript: { tsconfigPath: 'tsconfig.build.json' },
  serverExternalPackages: ['@electric-sql/pglite'],
  outputFileTracingIncludes: {
    '/**': ['./lib/db/migrations/**/*', './content/articles/**/*', './public/fonts/**/*'],
  },
}

export default nextConfig
