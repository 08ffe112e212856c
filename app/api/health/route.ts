import { getDatabase } from '@/lib/db'
import { checkHealth } from '@/lib/db/health'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

export async function GET() {
  const health = await checkHealth(getDatabase)
  const headers = { 'cache-control': 'no-store' }
  if (health.ok)
    return Response.json(
      { status: 'ok', database: health.database, latencyMs: health.latencyMs },
      { headers },
    )
  return Response.json({ status: 'error', error: health.error }, { status: 503, headers })
}
