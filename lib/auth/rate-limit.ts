/**
 * Rate limits for the sign-in and sign-up forms (server actions call better-auth's API
 * directly, which skips its HTTP rate limiter). Counted in the database — the same table
 * better-auth uses, under our own keys — so every instance sees the same counts. One
 * statement per attempt, so concurrent attempts cannot both slip under the limit.
 */
import { sql } from 'drizzle-orm'
import type { Db } from '@/lib/db/open'
import { randomId } from '@/lib/ids'

export type Limit = { windowMs: number; max: number }

/** Counts one attempt for `key`; false once the key has used up its window. */
export async function consumeAttempt(
  db: Db,
  key: string,
  limit: Limit,
  now = Date.now(),
): Promise<boolean> {
  const windowStart = now - limit.windowMs
  const result = await db.execute(sql`
    insert into rate_limit (id, key, count, last_request)
    values (${randomId()}, ${key}, 1, ${now})
    on conflict (key) do update set
      count = case when rate_limit.last_request <= ${windowStart} then 1 else rate_limit.count + 1 end,
      last_request = case when rate_limit.last_request <= ${windowStart} then ${now} else rate_limit.last_request end
    returning count`)
  const rows = (result as unknown as { rows: { count: number }[] }).rows
  return Number(rows[0]?.count ?? Number.POSITIVE_INFINITY) <= limit.max
}

/** The client address as a trusted proxy reports it, or null on a direct connection. */
export function clientAddress(headers: Headers): string | null {
  const forwarded = headers
    .get('x-forwarded-for')
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  return forwarded?.length === 1 ? (forwarded[0] ?? null) : (headers.get('x-real-ip') ?? null)
}

/**
 * Both the account (against guessing one teacher's password from many addresses) and the
 * address (against trying many accounts from one place) must be under the limit. Without a
 * proxy reporting addresses, only the account counts: one shared bucket would let anyone
 * lock every teacher out.
 */
export async function allowSignInAttempt(
  db: Db,
  action: 'sign-in' | 'sign-up',
  email: string,
  headers: Headers,
  limit: Limit,
): Promise<boolean> {
  const address = clientAddress(headers)
  const [byAccount, byAddress] = await Promise.all([
    consumeAttempt(db, `form|${action}|account|${email}`, limit),
    address ? consumeAttempt(db, `form|${action}|address|${address}`, limit) : true,
  ])
  return byAccount && byAddress
}
