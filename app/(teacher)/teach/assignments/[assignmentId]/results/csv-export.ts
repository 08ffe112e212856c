/**
 * The CSV export's core, apart from the session so tests can call it with any teacher id:
 * (db, teacherId, assignmentId) → the file, or a 404 for an id that is not this teacher's.
 */
import 'server-only'
import type { Db } from '@/lib/db/open'
import { loadAssignmentResults } from '@/lib/db/queries/results'
import { AppError } from '@/lib/errors'
import { randomIdSchema } from '@/lib/ids'
import { buildResultRows, presentCategories, resultsCsv, resultsCsvFileName } from '@/lib/results'

const notFound = () =>
  new AppError('not_found', 'assignment', 'There is no assignment of yours at this address.')

export async function resultsCsvResponse(
  db: Db,
  teacherId: string,
  assignmentId: string,
): Promise<Response> {
  if (!randomIdSchema.safeParse(assignmentId).success) throw notFound()
  const data = await loadAssignmentResults(db, teacherId, assignmentId)
  if (!data) throw notFound()
  const categories = presentCategories(data.submitted)
  const rows = buildResultRows(data.submitted, data.attemptsUsed, categories)
  return new Response(resultsCsv(rows, categories), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${resultsCsvFileName(data.assignment.title)}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  })
}
