/** Students of an assignment: a server-issued key and a name unique in the assignment. */
import { and, eq, sql } from 'drizzle-orm'
import type { Db } from '../open'
import { assignmentStudents, attempts } from '../schema'

/** Whether another student of the assignment already goes by this name (any case). */
export async function nameTakenByOther(
  db: Db,
  assignmentId: string,
  name: string,
  key: string | null,
): Promise<boolean> {
  const lower = name.toLowerCase()
  const [joined] = await db
    .select({ key: assignmentStudents.key })
    .from(assignmentStudents)
    .where(
      and(
        eq(assignmentStudents.assignmentId, assignmentId),
        sql`lower(${assignmentStudents.displayName}) = ${lower}`,
        key ? sql`${assignmentStudents.key} <> ${key}` : sql`true`,
      ),
    )
    .limit(1)
  if (joined) return true
  // Attempts from before students were stored carry their name only.
  const [earlier] = await db
    .select({ key: attempts.studentKey })
    .from(attempts)
    .where(
      and(
        eq(attempts.assignmentId, assignmentId),
        sql`lower(${attempts.displayName}) = ${lower}`,
        key ? sql`${attempts.studentKey} is distinct from ${key}` : sql`true`,
      ),
    )
    .limit(1)
  return Boolean(earlier)
}

/** Stores the student under `key` with `name`; false when the name was taken meanwhile. */
export async function saveStudent(
  db: Db,
  student: { key: string; assignmentId: string; displayName: string },
): Promise<boolean> {
  const rows = await db
    .insert(assignmentStudents)
    .values(student)
    .onConflictDoUpdate({
      target: assignmentStudents.key,
      set: { displayName: student.displayName },
    })
    .returning({ key: assignmentStudents.key })
    .catch((err: unknown) => {
      // The unique name index: another student took the name between check and insert.
      if (
        String(
          (err as { code?: unknown; cause?: { code?: unknown } }).cause?.code ??
            (err as { code?: unknown }).code,
        ) === '23505'
      )
        return []
      throw err
    })
  return rows.length > 0
}
