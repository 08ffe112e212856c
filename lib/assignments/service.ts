/**
 * Assignments for teachers: create one on a module version they may use, read it back
 * (owner only), close and reopen it; and find one by its join code for students.
 */
import 'server-only'
import type { Db } from '@/lib/db'
import {
  type AssignmentRow,
  getAssignableVersion,
  getAssignmentByCode,
  getOwnedAssignment,
  insertAssignment,
  setAssignmentClosedAt,
} from '@/lib/db/queries/assignments'
import type { AssignmentSettings } from '@/lib/db/schema'
import { AppError } from '@/lib/errors'
import { randomId } from '@/lib/ids'
import { generateJoinCode, normalizeJoinCode } from './join-code'
import { assertAcceptingWork } from './rules'

const notFound = () =>
  new AppError('not_found', 'assignment', 'There is no assignment with that id.')

/** The version and its pool, if this teacher may assign it; otherwise a 404. */
export async function getAssignableVersionOrThrow(db: Db, versionId: string, teacherId: string) {
  const row = await getAssignableVersion(db, versionId, teacherId)
  if (!row) throw new AppError('not_found', 'module', 'There is no module version with that id.')
  return row
}

export async function createAssignment(
  db: Db,
  teacherId: string,
  input: { versionId: string; title: string; settings: AssignmentSettings },
  newCode: () => string = generateJoinCode,
): Promise<AssignmentRow> {
  await getAssignableVersionOrThrow(db, input.versionId, teacherId)
  // 31^6 ≈ 887 million codes: a clash is rare, and the unique index settles it.
  for (let i = 0; i < 8; i++) {
    const created = await insertAssignment(db, {
      id: randomId(),
      ownerId: teacherId,
      moduleVersionId: input.versionId,
      title: input.title,
      joinCode: newCode(),
      settings: input.settings,
    })
    if (created) return created
  }
  throw new AppError('unavailable', 'assignment', 'We could not find a free join code. Try again.')
}

export async function getOwnedAssignmentOrThrow(db: Db, assignmentId: string, ownerId: string) {
  const row = await getOwnedAssignment(db, assignmentId, ownerId)
  if (!row) throw notFound()
  return row
}

export async function setAssignmentOpen(
  db: Db,
  assignmentId: string,
  ownerId: string,
  open: boolean,
): Promise<AssignmentRow> {
  const row = await setAssignmentClosedAt(db, assignmentId, ownerId, open ? null : new Date())
  if (!row) throw notFound()
  return row
}

/** The assignment a student may join with this code now; a clear error otherwise. */
export async function findJoinableAssignment(
  db: Db,
  rawCode: string,
  now = new Date(),
): Promise<AssignmentRow> {
  const code = normalizeJoinCode(rawCode)
  const assignment = code ? await getAssignmentByCode(db, code) : undefined
  if (!assignment)
    throw new AppError(
      'not_found',
      'join_code',
      'No assignment has that code. Check it with your teacher.',
    )
  assertAcceptingWork(assignment, now, 'start')
  return assignment
}
