/**
 * A student in an assignment has no account: the server issues a random key on joining,
 * stored with the name they gave, and keeps it in an httpOnly cookie (one per assignment,
 * `lede_s_<assignmentId>`) signed with HMAC-SHA256 under a server secret over the
 * assignment, the key and the name. A forged or edited cookie is no student at all, so the
 * retake limit counted per key cannot be reset by the browser. Pure: signing, verifying
 * and reading a Cookie header.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'
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

/** The key student cookies are signed with, derived from the auth secret. */
export const studentSecretFrom = (authSecret: string) =>
  createHmac('sha256', authSecret).update('lede student cookie').digest('base64url')

const signature = (secret: string, assignmentId: string, body: string) =>
  createHmac('sha256', secret).update(`${assignmentId}\u241f${body}`).digest('base64url')

export function encodeStudent(student: Student, assignmentId: string, secret: string): string {
  const body = `${student.key}.${Buffer.from(student.name, 'utf8').toString('base64url')}`
  return `${body}.${signature(secret, assignmentId, body)}`
}

export function decodeStudent(
  value: string | undefined,
  assignmentId: string,
  secret: string,
): Student | null {
  if (!value || value.length > 500) return null
  const parts = value.split('.')
  if (parts.length !== 3) return null
  const [rawKey = '', encoded = '', sig = ''] = parts
  const expected = Buffer.from(signature(secret, assignmentId, `${rawKey}.${encoded}`))
  const given = Buffer.from(sig)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  const key = randomIdSchema.safeParse(rawKey)
  if (!key.success || !/^[A-Za-z0-9_-]*$/.test(encoded)) return null
  const name = displayNameSchema.safeParse(Buffer.from(encoded, 'base64url').toString('utf8'))
  return name.success ? { key: key.data, name: name.data } : null
}

const assignmentIdSchema = z.string().regex(/^[A-Za-z0-9_-]{24}$/)

/** The students named by validly signed cookies (others are ignored). */
export function studentsFromCookies(entries: Iterable<[string, string]>, secret: string): Students {
  const students = new Map<string, Student>()
  for (const [name, value] of entries) {
    if (!name.startsWith(STUDENT_COOKIE_PREFIX)) continue
    const id = assignmentIdSchema.safeParse(name.slice(STUDENT_COOKIE_PREFIX.length))
    if (!id.success) continue
    const student = decodeStudent(value, id.data, secret)
    if (student) students.set(id.data, student)
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

export const studentsFromRequest = (request: Request, secret: string): Students =>
  studentsFromCookies(parseCookieHeader(request.headers.get('cookie')), secret)
