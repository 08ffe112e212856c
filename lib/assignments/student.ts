/**
 * A student in an assignment has no account: a random key kept in an httpOnly cookie
 * (one per assignment, `lede_s_<assignmentId>`) counts their attempts, and the display
 * name they typed travels with it. Pure: encoding, decoding and reading a Cookie header.
 */
import { z } from 'zod'
import { randomIdSchema } from '@/lib/ids'
import { displayNameSchema } from '@/lib/quiz/schemas'

export type Student = { key: string; name: string }
/** assignmentId → the student this browser is in that assignment. */
export type Students = ReadonlyMap<string, Student>

export const NO_STUDENTS: Students = new Map()
export const STUDENT_COOKIE_PREFIX = 'lede_s_'
/** Long enough for a school term. */
export const STUDENT_COOKIE_MAX_AGE = 60 * 60 * 24 * 180

export const studentCookieName = (assignmentId: string) => `${STUDENT_COOKIE_PREFIX}${assignmentId}`

export function encodeStudent(student: Student): string {
  return `${student.key}.${Buffer.from(student.name, 'utf8').toString('base64url')}`
}

export function decodeStudent(value: string | undefined): Student | null {
  if (!value || value.length > 400) return null
  const dot = value.indexOf('.')
  if (dot < 0) return null
  const key = randomIdSchema.safeParse(value.slice(0, dot))
  const encoded = value.slice(dot + 1)
  if (!key.success || !/^[A-Za-z0-9_-]*$/.test(encoded)) return null
  const name = displayNameSchema.safeParse(Buffer.from(encoded, 'base64url').toString('utf8'))
  return name.success ? { key: key.data, name: name.data } : null
}

const assignmentIdSchema = z.string().regex(/^[A-Za-z0-9_-]{24}$/)

/** The students named by a Cookie header (malformed cookies are ignored). */
export function studentsFromCookies(entries: Iterable<[string, string]>): Students {
  const students = new Map<string, Student>()
  for (const [name, value] of entries) {
    if (!name.startsWith(STUDENT_COOKIE_PREFIX)) continue
    const id = assignmentIdSchema.safeParse(name.slice(STUDENT_COOKIE_PREFIX.length))
    const student = decodeStudent(value)
    if (id.success && student) students.set(id.data, student)
  }
  return students
}

/** Name/value pairs of a Cookie request header. */
export function parseCookieHeader(header: string | null): [string, string][] {
  if (!header) return []
  return header.split(';').flatMap((part): [string, string][] => {
    const eq = part.indexOf('=')
    if (eq < 0) return []
    const name = part.slice(0, eq).trim()
    let value = part.slice(eq + 1).trim()
    if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1)
    try {
      return [[name, decodeURIComponent(value)]]
    } catch {
      return []
    }
  })
}

export const studentsFromRequest = (request: Request): Students =>
  studentsFromCookies(parseCookieHeader(request.headers.get('cookie')))
