import 'server-only'
import { notFound } from 'next/navigation'
import { worksheetQuestions } from '@/lib/assignments/print'
import { requireTeacherOrRedirect } from '@/lib/auth/guards'
import { buildArticleDoc } from '@/lib/content'
import { getDb } from '@/lib/db'
import { getOwnedAssignment } from '@/lib/db/queries/assignments'
import { randomIdSchema } from '@/lib/ids'

/** The owner's assignment with its article and the fixed printed questions; 404 for anyone else. */
export async function loadPrintable(assignmentId: string, page: 'worksheet' | 'answer-key') {
  const teacher = await requireTeacherOrRedirect(`/teach/assignments/${assignmentId}/${page}`)
  const id = randomIdSchema.safeParse(assignmentId)
  const row = id.success ? await getOwnedAssignment(await getDb(), id.data, teacher.id) : undefined
  if (!row) notFound()
  const { assignment, version, slug } = row
  const doc = buildArticleDoc(slug, version.meta, version.body)
  const questions = worksheetQuestions(assignment.id, assignment.settings, {
    articleHash: version.articleHash,
    questions: version.pool,
  })
  return { assignment, version, doc, questions }
}
