/**
 * The environment, validated with zod. Imported by next.config.ts so a bad value
 * fails the build and the start-up with a message naming the variable.
 */
import { z } from 'zod'

const postgresUrl = z
  .url({ error: 'must be a URL such as postgres://user:pass@host:5432/db' })
  .refine((u) => /^postgres(ql)?:\/\//.test(u), 'must start with postgres:// or postgresql://')

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** A PostgreSQL server; when unset, Lede uses embedded PGlite in LEDE_DATA_DIR. */
  DATABASE_URL: postgresUrl.optional(),
  /** Where embedded PGlite keeps its files (relative to the project, or absolute). */
  LEDE_DATA_DIR: z.string().min(1).default('.data/pglite'),
  /** The public origin used in share links and Open Graph tags. */
  PUBLIC_BASE_URL: z.url().default('http://localhost:3000'),
  /** Signs teacher sessions; generated once and kept in the database when unset. */
  LEDE_AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Sign-in attempts per account and per client, and sign-ups per client, per minute. */
  LEDE_SIGN_IN_LIMIT: z.coerce.number().int().min(1).max(10_000).default(5),
  /**
   * Proxies whose X-Forwarded-For is believed: comma-separated IP addresses or CIDR ranges.
   * Unset: the socket's address is the client's, whatever headers say.
   */
  LEDE_TRUSTED_PROXIES: z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()], {
          error: 'must list IP addresses or CIDR ranges such as 10.0.0.0/8, separated by commas',
        }),
      ),
    )
    .default([]),
  /** Benchmarks only: enables /api/bench/* (a bare write used as the floor for submit throughput). */
  LEDE_BENCH_ROUTES: z.enum(['0', '1']).default('0'),
})
export type Env = z.infer<typeof envSchema>

export function parseEnv(raw: Record<string, string | undefined>): Env {
  // Empty strings count as unset, as they do in most deployment dashboards.
  const cleaned = Object.fromEntries(
    Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''),
  )
  const result = envSchema.safeParse(cleaned)
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new Error(`Invalid environment:\n${lines.join('\n')}`)
  }
  return result.data
}

let cached: Env | undefined

export function getEnv(): Env {
  cached ??= parseEnv(process.env)
  return cached
}
