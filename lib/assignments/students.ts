/**
 * Joining an assignment on the server: the key is issued here and stored with the name, the
 * cookie is signed with the student secret, and a name another student of the assignment
 * already uses is refused with a way out (add an initial), so two students never share a row
 * in the teacher's results — also when someone joins again from a new browser.
 */
import 'server-only'
import { getOrCreateSecret } from '@/lib/auth/secret'
import type { Db } from '@/lib/db'
import { nameTakenByOther, saveStudent } from '@/lib/db/queries/students'
import { getEnv } from '@/lib/env'
import { AppError } from '@/lib/errors'
import { randomId } from '@/lib/ids'
import {
  decodeStudent,
  encodeStudent,
  type Students,
  studentSecretFrom,
  studentsFromRequest,
} from './student'

// Per database: every instance sharing one agrees on the secret it holds.
const secrets = new WeakMap<Db, Promise<string>>()

/** Signs student cookies: derived from LEDE_AUTH_SECRET when set, else kept in the database. */
export function getStudentSecret(db: Db): Promise<string> {
  let secret = secrets.get(db)
  if (!secret) {
    const configured = getEnv().LEDE_AUTH_SECRET
    const creating = configured
      ? Promise.resolve(studentSecretFrom(configured))
      : getOrCreateSecret(db, 'student-cookie')
    secret = creating
    secrets.set(db, creating)
    creating.catch(() => {
      if (secrets.get(db) === creating) secrets.delete(db)
    })
  }
  return secret
}

export async function studentsOf(db: Db, request: Request): Promise<Students> {
  return studentsFromRequest(request, await getStudentSecret(db))
}

export const nameTakenMessage = (name: string) =>
  `Someone in this class has already joined as “${name}”. Add the first letter of your surname, such as “${name} B.”, so your teacher can tell you apart.`

/**
 * The signed cookie value for this browser's student. Keeps the key a valid cookie carries
 * (and so the attempt count); throws `conflict:student_name` when another student has the name.
 */
export async function joinStudent(
  db: Db,
  assignmentId: string,
  name: string,
  cookie: string | undefined,
): Promise<string> {
  const secret = await getStudentSecret(db)
  const existing = decodeStudent(cookie, assignmentId, secret)
  const key = existing?.key ?? randomId()
  const taken =
    (await nameTakenByOther(db, assignmentId, name, existing?.key ?? null)) ||
    !(await saveStudent(db, { key, assignmentId, displayName: name }))
  if (taken) throw new AppError('conflict', 'student_name', nameTakenMessage(name))
  return encodeStudent({ key, name }, assignmentId, secret)
}
