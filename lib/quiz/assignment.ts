/**
 * Attempts inside an assignment: started with the student's cookie while the assignment
 * is open, before its due date and within its retake limit; drawn with its question count,
 * categories and formats, questions from the student's earlier attempts last (read from
 * the database, so another browser or a cleared one changes nothing); results revealed and
 * shared only as it allows.
 */
import 'server-only'
import { assertAcceptingWork, attemptsUsedMessage } from '@/lib/assignments/rules'
import type { Students } from '@/lib/assignments/student'
import type { Db } from '@/lib/db'
import {
  type AssignmentRow,
  countStudentAttempts,
  getAssignmentByCode,
  getAssignmentById,
  listStudentSeenQuestionIds,
  startStudentAttempt,
} from '@/lib/db/queries/assignments'
import type { AttemptRow } from '@/lib/db/queries/attempts'
import { AppError } from '@/lib/errors'
import { randomId } from '@/lib/ids'
import { drawVariant } from '@/lib/questions'
import { loadVersion } from './cache'
import type { AttemptState } from './schemas'
import { type StateOptions, stateOf } from './state'
import { questionsForVariant, toVariantItem } from './variant'

export type AssignmentView = { assignment: AssignmentRow | null; options: StateOptions }

const BUILT_IN: AssignmentView = { assignment: null, options: { reveal: true } }

async function optionsFor(db: Db, assignment: AssignmentRow, studentKey: string) {
  const used = await countStudentAttempts(db, assignment.id, studentKey)
  return {
    reveal: assignment.settings.revealAnswers,
    attemptsLeft: Math.max(0, assignment.settings.maxAttempts - used),
  }
}

/**
 * How this browser may see the attempt: as is for a built-in module; for an assignment
 * only when its cookie names the student who started it (null: it does not exist for them).
 */
export async function assignmentViewOf(
  db: Db,
  attempt: Pick<AttemptRow, 'assignmentId' | 'studentKey'>,
  students: Students,
): Promise<AssignmentView | null> {
  if (!attempt.assignmentId) return BUILT_IN
  const student = students.get(attempt.assignmentId)
  if (!student || !attempt.studentKey || student.key !== attempt.studentKey) return null
  const assignment = await getAssignmentById(db, attempt.assignmentId)
  if (!assignment) return null
  return { assignment, options: await optionsFor(db, assignment, student.key) }
}

/** Submissions are refused once the teacher closed the assignment or it is past due. */
export function checkSubmissionAllowed(view: AssignmentView, now: Date): void {
  if (view.assignment) assertAcceptingWork(view.assignment, now, 'submit')
}

/** Starts (or resumes the open) attempt of this browser's student in the assignment. */
export async function startAssignmentAttempt(
  db: Db,
  joinCode: string,
  students: Students,
  now: Date = new Date(),
  /**
   * Questions a page loaded before the server remembered them says it was shown: drawn
   * last, with those of the student's earlier attempts, which the server reads itself.
   */
  browserSeen: readonly string[] = [],
): Promise<AttemptState> {
  const assignment = await getAssignmentByCode(db, joinCode)
  if (!assignment)
    throw new AppError(
      'not_found',
      'assignment',
      'No assignment has that code. Check it with your teacher.',
    )
  const student = students.get(assignment.id)
  if (!student)
    throw new AppError(
      'forbidden',
      'student',
      'Join the assignment with its code and your name before starting.',
    )
  assertAcceptingWork(assignment, now, 'start')
  const found = await loadVersion(db, assignment.moduleVersionId)
  if (!found) throw new AppError('not_found', 'module', 'This assignment has no module.')
  const { settings } = assignment
  const earlier = await listStudentSeenQuestionIds(db, assignment.id, student.key)
  const seen = [...new Set([...earlier, ...browserSeen])]
  const seed = randomId()
  const drawn = drawVariant(
    { articleHash: found.version.articleHash, questions: found.version.pool },
    {
      seed,
      count: settings.questionCount,
      categories: settings.categories,
      formats: settings.formats,
      seen,
    },
  )
  if (drawn.length === 0)
    throw new AppError('unprocessable', 'module', 'This assignment has no questions.')
  const started = await startStudentAttempt(
    db,
    {
      id: randomId(),
      shareId: randomId(),
      moduleVersionId: found.version.id,
      assignmentId: assignment.id,
      studentKey: student.key,
      displayName: student.name,
      sharingAllowed: settings.allowSharing,
      seed,
      variant: drawn.map(toVariantItem),
      maxScore: drawn.length,
    },
    settings.maxAttempts,
  )
  if (started.kind === 'exhausted')
    throw new AppError('conflict', 'attempts', attemptsUsedMessage(settings.maxAttempts))
  const questions = questionsForVariant(found.version.pool, started.attempt.variant)
  return stateOf(started.attempt, found.version.meta, found.slug, questions, {
    reveal: settings.revealAnswers,
    attemptsLeft: Math.max(0, settings.maxAttempts - started.used),
  })
}
