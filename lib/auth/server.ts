/**
 * Teacher accounts with better-auth: email and password, sessions in our database,
 * sign-in rate limits stored in the database (they hold across instances).
 */
import 'server-only'
import { betterAuth } from 'better-auth'
import { drizzleAdapter } from 'better-auth/adapters/drizzle'
import { nextCookies } from 'better-auth/next-js'
import { getDb } from '@/lib/db'
import type { Db } from '@/lib/db/open'
import { account, rateLimit, session, user, verification } from '@/lib/db/schema'
import { getEnv } from '@/lib/env'
import { randomId } from '@/lib/ids'
import { authGuard } from './guard'
import { PASSWORD_MAX, PASSWORD_MIN } from './rules'
import { getOrCreateSecret } from './secret'

export { PASSWORD_MAX, PASSWORD_MIN } from './rules'

export function createAuth(db: Db, secret: string) {
  const env = getEnv()
  return betterAuth({
    appName: 'Lede',
    baseURL: env.PUBLIC_BASE_URL,
    secret,
    trustedOrigins: [env.PUBLIC_BASE_URL],
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: { user, session, account, verification, rateLimit },
    }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN,
      maxPasswordLength: PASSWORD_MAX,
      autoSignIn: true,
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 200,
      // Sign-in and sign-up have their own limits (per account, per client) in the hook below.
      customRules: { '/sign-in/email': false, '/sign-up/email': false },
    },
    hooks: { before: authGuard(db, { windowMs: 60_000, max: env.LEDE_SIGN_IN_LIMIT }) },
    advanced: {
      useSecureCookies: env.PUBLIC_BASE_URL.startsWith('https://'),
      database: { generateId: () => randomId() },
    },
    telemetry: { enabled: false },
    plugins: [nextCookies()],
  })
}

export type Auth = ReturnType<typeof createAuth>

const globalForAuth = globalThis as unknown as { __ledeAuth?: Promise<Auth> }

export function getAuth(): Promise<Auth> {
  if (!globalForAuth.__ledeAuth) {
    const creating = (async () => {
      const db = await getDb()
      const secret = getEnv().LEDE_AUTH_SECRET ?? (await getOrCreateSecret(db, 'auth'))
      return createAuth(db, secret)
    })()
    globalForAuth.__ledeAuth = creating
    creating.catch(() => {
      if (globalForAuth.__ledeAuth === creating) globalForAuth.__ledeAuth = undefined
    })
  }
  return globalForAuth.__ledeAuth
}
