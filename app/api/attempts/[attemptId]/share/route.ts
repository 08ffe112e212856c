import { studentsOf } from '@/lib/assignments/students'
import { getDbOrUnavailable } from '@/lib/db'
import { AppError, errorResponse } from '@/lib/errors'
import { readJsonBody } from '@/lib/http'
import { randomIdSchema } from '@/lib/ids'
import { shareSettingsSchema } from '@/lib/quiz/schemas'
import { updateSharing } from '@/lib/quiz/service'

export const runtime = 'nodejs'

type Context = { params: Promise<{ attemptId: string }> }

/** Sets whether the share page and card show the learner's name. Needs the private attempt id. */
export async function POST(request: Request, { params }: Context) {
  try {
    const id = randomIdSchema.safeParse((await params).attemptId)
    if (!id.success) throw new AppError('not_found', 'attempt', 'There is no attempt with that id.')
    const parsed = shareSettingsSchema.safeParse(await readJsonBody(request, 1_024))
    if (!parsed.success)
      throw AppError.invalid('share', 'Check the name to show on your card.', parsed.error)
    const db = await getDbOrUnavailable()
    const state = await updateSharing(db, id.data, parsed.data, await studentsOf(db, request))
    return Response.json(state, { headers: { 'cache-control': 'no-store' } })
  } catch (err) {
    return errorResponse(err)
  }
}
