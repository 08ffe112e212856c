import { getDb } from '@/lib/db'
import { storeGradingJson } from '@/lib/db/queries/attempts'
import { getEnv } from '@/lib/env'

export const runtime = 'nodejs'

type Context = { params: Promise<{ attemptId: string }> }

/**
 * The benchmark floor for submissions: the very statement a submission stores its grading
 * with, fed straight from the request body (a graded row as JSON) — no validation, no
 * grading, no result. Absent unless LEDE_BENCH_ROUTES=1.
 */
export async function POST(request: Request, { params }: Context) {
  if (getEnv().LEDE_BENCH_ROUTES !== '1') return new Response('Not found', { status: 404 })
  const { attemptId } = await params
  await storeGradingJson(await getDb(), attemptId, await request.text(), new Date())
  return Response.json({ ok: true })
}
