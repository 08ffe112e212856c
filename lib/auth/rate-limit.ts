/**
 * Rate limits for sign-in and sign-up (applied by ./guard on every path into better-auth). Counted in the database — the same table
 * better-auth uses, under our own keys — so every instance sees the same counts. One
 * statement per attempt, so concurrent attempts cannot both slip under the limit.
 */
import { isIP } from 'node:net'
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

/**
 * The client's address: the one value the server put in X-Forwarded-For at the socket
 * (lib/net/stamp-client-address, from the socket and LEDE_TRUSTED_PROXIES); null when there
 * is none or it is not a single address.
 */
export function clientAddress(headers: Headers): string | null {
  const value = headers.get('x-forwarded-for')?.trim()
  return value && isIP(value) !== 0 ? value : null
}
