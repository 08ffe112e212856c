/**
 * better-auth's before-hook for sign-in and sign-up, on every path into them (its HTTP API
 * and our forms, which call its API directly): sign-in counts per account (email) and per
 * client address, sign-up per client address; counts live in the database so they hold
 * across instances. Sign-up bodies must pass the same rules as the form.
 */
import 'server-only'
import { APIError, createAuthMiddleware } from 'better-auth/api'
import type { Db } from '@/lib/db/open'
import { clientAddress, consumeAttempt, type Limit } from './rate-limit'
import { emailSchema, signUpFieldsSchema } from './rules'

export const TOO_MANY = 'Too many attempts. Wait a minute and try again.'

const tooMany = () => new APIError('TOO_MANY_REQUESTS', { message: TOO_MANY, code: 'TOO_MANY' })

export function authGuard(db: Db, limit: Limit) {
  return createAuthMiddleware(async (ctx) => {
    const body = (ctx.body ?? {}) as Record<string, unknown>
    const address = ctx.headers ? clientAddress(ctx.headers) : null
    if (ctx.path === '/sign-in/email') {
      const email = emailSchema.safeParse(body.email)
      const account = email.success ? email.data : String(body.email ?? '').toLowerCase()
      const [byAccount, byAddress] = await Promise.all([
        consumeAttempt(db, `sign-in|account|${account}`, limit),
        address ? consumeAttempt(db, `sign-in|address|${address}`, limit) : true,
      ])
      if (!byAccount || !byAddress) throw tooMany()
    }
    if (ctx.path === '/sign-up/email') {
      // One bucket for clients without an address would let anyone stop all sign-ups.
      if (address && !(await consumeAttempt(db, `sign-up|address|${address}`, limit)))
        throw tooMany()
      const parsed = signUpFieldsSchema.safeParse(body)
      if (!parsed.success)
        throw new APIError('BAD_REQUEST', {
          message: parsed.error.issues[0]?.message ?? 'Invalid sign-up',
          code: 'INVALID_SIGN_UP',
        })
      ctx.body = { ...body, ...parsed.data }
    }
  })
}
