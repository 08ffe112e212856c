import { studentsOf } from '@/lib/assignments/students'
import { getDbOrUnavailable } from '@/lib/db'
import { AppError, errorResponse } from '@/lib/errors'
import { readJsonBody } from '@/lib/http'
import { startAssignmentAttempt } from '@/lib/quiz/assignment'
import { startAssignmentAttemptSchema, startAttemptSchema } from '@/lib/quiz/schemas'
import { startAttempt } from '@/lib/quiz/service'

export const runtime = 'nodejs'

const isAssignmentStart = (body: unknown) =>
  typeof body === 'object' && body !== null && !Array.isArray(body) && 'assignment' in body

/**
 * Starts an attempt: 201 with the attempt id and its public questions. `{slug}` starts a
 * built-in module; `{assignment: code}` an assignment, as the student named by its cookie.
 */
export async function POST(request: Request) {
  try {
    const body = await readJsonBody(request, 2_000)
    if (isAssignmentStart(body)) {
      const parsed = startAssignmentAttemptSchema.safeParse(body)
      if (!parsed.success)
        throw AppError.invalid('attempt', 'Say which assignment to start.', parsed.error)
      const db = await getDbOrUnavailable()
      const state = await startAssignmentAttempt(
        db,
        parsed.data.assignment,
        await studentsOf(db, request),
        undefined,
        parsed.data.seen,
      )
      return Response.json(state, { status: 201, headers: { 'cache-control': 'no-store' } })
    }
    const parsed = startAttemptSchema.safeParse(body)
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
