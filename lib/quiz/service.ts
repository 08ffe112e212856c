/**
 * The quiz flow on the server: start an attempt on a seeded variant, read it back,
 * grade a submission exactly once. Answer keys never leave this module except as
 * post-submission feedback.
 */
import 'server-only'
import { NO_STUDENTS, type Students } from '@/lib/assignments/student'
import type { ArticleDoc } from '@/lib/content'
import { getArticle } from '@/lib/content/repository'
import type { Db } from '@/lib/db'
import {
  type AttemptResultRow,
  createAttempt,
  type Grading,
  getAttempt,
  recordSubmission,
  storeSubmission,
  updateShareSettings,
} from '@/lib/db/queries/attempts'
import { AppError } from '@/lib/errors'
import { findSubmissionProblems, gradeSubmission, type Submission } from '@/lib/grading'
import { randomId } from '@/lib/ids'
import { drawVariant, generateQuestionPool } from '@/lib/questions'
import { toPublicQuestion } from '@/lib/questions/public'
import type { Question, QuestionPool } from '@/lib/questions/types'
import { assignmentViewOf, checkSubmissionAllowed } from './assignment'
import {
  ensureBuiltInVersion,
  loadVersion,
  rememberStartedAttempt,
  takeStartedAttempt,
} from './cache'
import {
  type AttemptState,
  DEFAULT_QUESTION_COUNT,
  type ShareSettings,
  type StartAttempt,
  type SubmissionResult,
  toSubmissionResult,
} from './schemas'
import { resultStateOf, stateOf } from './state'
import { questionsForVariant, toVariantItem } from './variant'

// Pools are pure functions of an article version: cache them by content hash.
const pools = new Map<string, QuestionPool>()
export function poolForArticle(doc: ArticleDoc): QuestionPool {
  let pool = pools.get(doc.hash)
  if (!pool) {
    pool = generateQuestionPool(doc)
    if (pools.size > 100) pools.clear()
    pools.set(doc.hash, pool)
  }
  return pool
}

export async function startAttempt(db: Db, input: StartAttempt): Promise<AttemptState> {
  const doc = getArticle(input.slug)
  if (!doc) throw new AppError('not_found', 'module', 'There is no module with that name.')
  const pool = poolForArticle(doc)
  const version = await ensureBuiltInVersion(db, doc, pool)
  const seed = randomId()
  const count = Math.min(input.count ?? DEFAULT_QUESTION_COUNT, version.pool.length)
  if (count === 0)
    throw new AppError('unprocessable', 'module', 'This article has no questions yet.')
  const drawn = drawVariant(
    { articleHash: version.articleHash, questions: version.pool },
    { seed, count, ...(input.seen ? { seen: input.seen } : {}) },
  )
  const attemptId = randomId()
  const shareId = randomId()
  const variant = drawn.map(toVariantItem)
  await createAttempt(db, {
    id: attemptId,
    shareId,
    moduleVersionId: version.id,
    seed,
    variant,
    maxScore: drawn.length,
  })
  rememberStartedAttempt(attemptId, {
    moduleVersionId: version.id,
    questions: questionsForVariant(version.pool, variant),
    shareId,
  })
  return {
    attemptId,
    slug: doc.slug,
    questions: drawn.map(toPublicQuestion),
    submitted: false,
    result: null,
    share: null,
  }
}

/**
 * The attempt, its version and questions, and — in an assignment — the assignment and how
 * it shows results. An assignment attempt is visible only to the student who started it:
 * to anyone else it does not exist.
 */
async function loadAttemptOrThrow(db: Db, attemptId: string, students: Students) {
  const attempt = await getAttempt(db, attemptId)
  const found = attempt && (await loadVersion(db, attempt.moduleVersionId))
  const view = attempt && (await assignmentViewOf(db, attempt, students))
  if (!attempt || !found || !view)
    throw new AppError('not_found', 'attempt', 'There is no attempt with that id.')
  const row = { attempt, version: found.version, slug: found.slug }
  return {
    row,
    view,
    questions: questionsForVariant(found.version.pool, attempt.variant),
  }
}

export async function getAttemptState(
  db: Db,
  attemptId: string,
  students: Students = NO_STUDENTS,
): Promise<AttemptState> {
  const { row, view, questions } = await loadAttemptOrThrow(db, attemptId, students)
  return stateOf(row.attempt, row.version.meta, row.slug, questions, view.options)
}

function gradingOf(questions: Question[], submission: Submission): Grading {
  const grade = gradeSubmission(questions, submission.answers)
  return {
    answers: submission.answers,
    outcomes: grade.outcomes,
    categoryScores: grade.categories,
    score: grade.score,
    submissionKey: submission.submissionKey,
  }
}

/**
 * Grades and stores a submission once; a repeated submission returns the first result.
 * The result leaves out the questions: whoever submitted answers to them has them.
 */
export async function submitAttempt(
  db: Db,
  attemptId: string,
  submission: Submission,
  students: Students = NO_STUDENTS,
  now: Date = new Date(),
): Promise<SubmissionResult> {
  // Fast path: this process started the (built-in) attempt and knows the rest of its row
  // (nothing in it changes before submission), so storing the grading is one UPDATE that
  // reads nothing back. Assignment attempts are never remembered: they check the assignment.
  const started = takeStartedAttempt(attemptId)
  const cached = started && (await loadVersion(db, started.moduleVersionId))
  if (started && cached) {
    const { questions } = started
    if (findSubmissionProblems(questions, submission.answers).length === 0) {
      const grading = gradingOf(questions, submission)
      const submittedAt = new Date()
      if (await storeSubmission(db, attemptId, grading, submittedAt)) {
        const stored = {
          ...grading,
          id: attemptId,
          shareId: started.shareId,
          maxScore: questions.length,
          sharingAllowed: true,
          showName: false,
          displayName: null,
          submittedAt,
        }
        return resultStateOf(stored, cached.version.meta, cached.slug, questions)
      }
    }
  }
  // Otherwise read the attempt: it may be submitted already, or the answers may not fit it.
  const { row, view, questions } = await loadAttemptOrThrow(db, attemptId, students)
  const show = (stored: AttemptResultRow) =>
    resultStateOf(stored, row.version.meta, row.slug, questions, view.options)
  if (row.attempt.submittedAt) return show(row.attempt)
  checkSubmissionAllowed(view, now)
  const problems = findSubmissionProblems(questions, submission.answers)
  if (problems.length > 0) {
    throw new AppError(
      'unprocessable',
      'submission',
      'Some answers do not belong to this attempt.',
      problems,
    )
  }
  const stored = await recordSubmission(db, attemptId, gradingOf(questions, submission))
  // Lost a race with an identical retry: answer with what the winner stored.
  if (!stored) return toSubmissionResult(await getAttemptState(db, attemptId, students))
  return show(stored)
}

/** The learner's choice to show their name on the share page and card. */
export async function updateSharing(
  db: Db,
  attemptId: string,
  settings: ShareSettings,
  students: Students = NO_STUDENTS,
): Promise<AttemptState> {
  const { row, view, questions } = await loadAttemptOrThrow(db, attemptId, students)
  if (!row.attempt.submittedAt)
    throw new AppError('conflict', 'share', 'Submit your answers before sharing your result.')
  if (!row.attempt.sharingAllowed)
    throw new AppError('forbidden', 'share', 'Sharing is switched off for this assignment.')
  const displayName = settings.showName ? (settings.displayName ?? null) : row.attempt.displayName
  if (settings.showName && !displayName)
    throw new AppError('bad_request', 'share', 'Type the name to show on your card.')
  const updated = await updateShareSettings(db, attemptId, {
    showName: settings.showName,
    displayName,
  })
  return stateOf(updated ?? row.attempt, row.version.meta, row.slug, questions, view.options)
}
