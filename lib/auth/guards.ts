/**
 * Who is asking: the signed-in teacher, or nobody. Every teacher page and action goes
 * through these; ownership checks live in the queries, which always filter by owner.
 */
import 'server-only'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { cache } from 'react'
import { AppError } from '@/lib/errors'
import { getAuth } from './server'

export type Teacher = { id: string; name: string; email: string }

/** The signed-in teacher for this request, or null. Deduplicated per request. */
export const getTeacher = cache(async (): Promise<Teacher | null> => {
  const auth = await getAuth()
  const result = await auth.api.getSession({ headers: await headers() })
  if (!result) return null
  const { id, name, email } = result.user
  return { id, name, email }
})

/** For pages: the teacher, or a redirect to sign in (coming back here afterwards). */
export async function requireTeacherOrRedirect(returnTo: string): Promise<Teacher> {
  const teacher = await getTeacher()
  if (!teacher) redirect(`/teach/sign-in?next=${encodeURIComponent(returnTo)}`)
  return teacher
}

/** For actions and route handlers: the teacher, or a 401. */
export async function requireTeacher(): Promise<Teacher> {
  const teacher = await getTeacher()
  if (!teacher) throw new AppError('unauthorized', 'teacher', 'Sign in as a teacher to do that.')
  return teacher
}
