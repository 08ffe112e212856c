import { requireTeacher } from '@/lib/auth/guards'
import { getDbOrUnavailable } from '@/lib/db'
import { errorResponse } from '@/lib/errors'
import { resultsCsvResponse } from '../results/csv-export'

export const runtime = 'nodejs'

type Context = { params: Promise<{ assignmentId: string }> }

/** The results table as CSV: 401 without a session, 404 for an id that is not this teacher's. */
export async function GET(_request: Request, { params }: Context) {
  try {
    const teacher = await requireTeacher()
    const { assignmentId } = await params
    return await resultsCsvResponse(await getDbOrUnavailable(), teacher.id, assignmentId)
  } catch (err) {
    return errorResponse(err)
  }
}
