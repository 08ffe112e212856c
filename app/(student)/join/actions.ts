'use server'

import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { joinCodeSchema } from '@/lib/assignments/join-code'
import { findJoinableAssignment } from '@/lib/assignments/service'
import { STUDENT_COOKIE_MAX_AGE, studentCookieName } from '@/lib/assignments/student'
import { joinStudent } from '@/lib/assignments/students'
import { type FormState, fieldErrorsOf, formValues } from '@/lib/auth/action'
import { getDbOrUnavailable } from '@/lib/db'
import { getEnv } from '@/lib/env'
import { AppError } from '@/lib/errors'
import { displayNameSchema } from '@/lib/quiz/schemas'

const joinSchema = z.object({ code: joinCodeSchema, displayName: displayNameSchema })

/**
 * A student joins with the code and a name (no account): the server issues a key, kept in a
 * signed httpOnly cookie for this assignment, that counts their attempts. Joining again keeps
 * the key (and the count); a name a classmate already uses is refused with a way out.
 */
export async function joinAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData)
  const parsed = joinSchema.safeParse(values)
  if (!parsed.success)
    return {
      error: 'Please correct the highlighted fields.',
      fieldErrors: fieldErrorsOf(parsed.error),
      values,
    }
  const store = await cookies()
  let assignment: Awaited<ReturnType<typeof findJoinableAssignment>>
  let value: string
  try {
    const db = await getDbOrUnavailable()
    assignment = await findJoinableAssignment(db, parsed.data.code)
    const name = studentCookieName(assignment.id)
    value = await joinStudent(db, assignment.id, parsed.data.displayName, store.get(name)?.value)
  } catch (err) {
    if (err instanceof AppError && err.code.startsWith('conflict'))
      return { error: err.message, fieldErrors: { displayName: err.message }, values }
    if (err instanceof AppError)
      return { error: err.message, fieldErrors: { code: err.message }, values }
    console.error(`join: ${(err as Error).name}`)
    return { error: 'Something went wrong on our side. Try again in a moment.', values }
  }
  store.set(studentCookieName(assignment.id), value, {
    httpOnly: true,
    sameSite: 'lax',
    secure: getEnv().PUBLIC_BASE_URL.startsWith('https://'),
    path: '/',
    maxAge: STUDENT_COOKIE_MAX_AGE,
  })
  redirect(`/a/${assignment.joinCode}`)
}
