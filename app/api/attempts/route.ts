import { getDbOrUnavailable } from '@/lib/db'
import { AppError, errorResponse } from '@/lib/errors'
import { readJsonBody } from '@/lib/http'
import { startAttemptSchema } from '@/lib/quiz/schemas'
import { startAttempt } from '@/lib/quiz/service'

export const runtime = 'nodejs'

/** Starts an attempt: 201 with the attempt id and its public questions. */
export async function POST(request: Request) {
  try {
    const parsed = startAttemptSchema.safeParse(await readJsonBody(request, 1_024))
    if (!parsed.success)
      throw AppError.invalid(
        'attempt',
        'Say which module to start, e.g. {"slug":"…"}.',
        parsed.error,
      )
    const state = await startAttempt(await getDbOrUnavailable(), parsed.data)
    return Response.json(state, { status: 201, headers: { 'cache-control': 'no-store' } })
  } catch (err) {
    return errorResponse(err)
  }
}
