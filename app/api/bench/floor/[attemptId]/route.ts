import { getDb } from '@/lib/db'
import { writeAttemptRowRaw } from '@/lib/db/queries/attempts'
import { getEnv } from '@/lib/env'

export const runtime = 'nodejs'

type Context = { params: Promise<{ attemptId: string }> }

/**
 * The benchmark floor for submissions: one statement writing the same attempt row a
 * submission writes (the body is that row as JSON), with no validation or grading.
 * Absent unless LEDE_BENCH_ROUTES=1.
 */
export async function POST(request: Request, { params }: Context) {
  if (getEnv().LEDE_BENCH_ROUTES !== '1') return new Response('Not found', { status: 404 })
  await writeAttemptRowRaw(await getDb(), (await params).attemptId, await request.text())
  return Response.json({ ok: true })
}
