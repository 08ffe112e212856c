import { studentsOf } from '@/lib/assignments/students'
import { getDbOrUnavailable } from '@/lib/db'
import { AppError, errorResponse } from '@/lib/errors'
import { randomIdSchema } from '@/lib/ids'
import { getAttemptState } from '@/lib/quiz/service'

export const runtime = 'nodejs'

type Context = { params: Promise<{ attemptId: string }> }

/** The attempt's public state: its questions, and its result once submitted. */
export async function GET(request: Request, { params }: Context) {
  try {
    const id = randomIdSchema.safeParse((await params).attemptId)
    if (!id.success) throw new AppError('not_found', 'attempt', 'There is no attempt with that id.')
    const db = await getDbOrUnavailable()
    const state = await getAttemptState(db, id.data, await studentsOf(db, request))
    return Response.json(state, { headers: { 'cache-control': 'no-store' } })
  } catch (err) {
    return errorResponse(err)
  }
}
