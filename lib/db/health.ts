/** Database health for /api/health: reachable or not, and which kind. */
import { sql } from 'drizzle-orm'
import type { Database } from './open'

export type Health =
  | { ok: true; database: Database['kind']; latencyMs: number }
  | { ok: false; error: string }

/** The innermost cause's first line: "connect ECONNREFUSED 127.0.0.1:5432", not the query text. */
function rootMessage(err: unknown): string {
  let e = err as { message?: unknown; cause?: unknown }
  while (e?.cause && typeof e.cause === 'object') e = e.cause as typeof e
  return String(e?.message ?? err).split('\n')[0] ?? 'unknown error'
}

export async function checkHealth(
  open: () => Promise<Database>,
  timeoutMs = 3_000,
): Promise<Health> {
  const started = performance.now()
  let timer: NodeJS.Timeout | undefined
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
    })
    const database = await Promise.race([open(), timeout])
    await Promise.race([database.db.execute(sql`select 1`), timeout])
    return { ok: true, database: database.kind, latencyMs: Math.round(performance.now() - started) }
  } catch (err) {
    return { ok: false, error: `database unreachable: ${rootMessage(err)}` }
  } finally {
    clearTimeout(timer)
  }
}
