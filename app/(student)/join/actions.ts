'use server'

import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { joinCodeSchema } from '@/lib/assignments/join-code'
import { findJoinableAssignment } from '@/lib/assignments/service'
import {
  decodeStudent,
  encodeStudent,
  STUDENT_COOKIE_MAX_AGE,
  studentCookieName,
} from '@/lib/assignments/student'
import { type FormState, fieldErrorsOf, formValues } from '@/lib/auth/action'
import { getDbOrUnavailable } from '@/lib/db'
import { getEnv } from '@/lib/env'
import { AppError } from '@/lib/errors'
import { randomId } from '@/lib/ids'
import { displayNameSchema } from '@/lib/quiz/schemas'

const joinSchema = z.object({ code: joinCodeSchema, displayName: displayNameSchema })

/**
 * A student joins with the code and a name (no account): a random key in an httpOnly cookie
 * for this assignment counts their attempts. Joining again keeps the key (and the count).
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
  let assignment: Awaited<ReturnType<typeof findJoinableAssignment>>
  try {
    assignment = await findJoinableAssignment(await getDbOrUnavailable(), parsed.data.code)
  } catch (err) {
    if (err instanceof AppError)
      return { error: err.message, fieldErrors: { code: err.message }, values }
    console.error(err)
    return { error: 'Something went wrong on our side. Try again in a moment.', values }
  }
  const store = await cookies()
  const name = studentCookieName(assignment.id)
  const existing = decodeStudent(store.get(name)?.value)
  store.set(
    name,
    encodeStudent({ key: existing?.key ?? randomId(), name: parsed.data.displayName }),
    {
      httpOnly: true,
      sameSite: 'lax',
      secure: getEnv().PUBLIC_BASE_URL.startsWith('https://'),
      path: '/',
      maxAge: STUDENT_COOKIE_MAX_AGE,
    },
  )
  redirect(`/a/${assignment.joinCode}`)
}
