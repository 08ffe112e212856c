import { studentsOf } from '@/lib/assignments/students'
import { getDbOrUnavailable } from '@/lib/db'
import { AppError, errorResponse } from '@/lib/errors'
import { submissionSchema } from '@/lib/grading'
import { readJsonBody } from '@/lib/http'
import { randomIdSchema } from '@/lib/ids'
import { submitAttempt } from '@/lib/quiz/service'

export const runtime = 'nodejs'

// Thirty answers with long typed text fit well inside this.
const MAX_BODY_BYTES = 32 * 1024

type Context = { params: Promise<{ attemptId: string }> }

/**
 * Grades the attempt once and answers with its result (the state without the questions);
 * repeating the request returns the same result.
 */
export async function POST(request: Request, { params }: Context) {
  try {
    const id = randomIdSchema.safeParse((await params).attemptId)
    if (!id.success) throw new AppError('not_found', 'attempt', 'There is no attempt with that id.')
    const parsed = submissionSchema.safeParse(await readJsonBody(request, MAX_BODY_BYTES))
    if (!parsed.success)
      throw AppError.invalid(
        'submission',
        'The answers are not in the expected form.',
        parsed.error,
      )
    const db = await getDbOrUnavailable()
    const result = await submitAttempt(db, id.data, parsed.data, await studentsOf(db, request))
    return new Response(JSON.stringify(result), {
      headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
    })
  } catch (err) {
    return errorResponse(err)
  }
}
