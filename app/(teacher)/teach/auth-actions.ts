'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { type FormState, fieldErrorsOf, formValues } from '@/lib/auth/action'
import { TOO_MANY } from '@/lib/auth/guard'
import { signInFieldsSchema, signUpFieldsSchema } from '@/lib/auth/rules'
import { getAuth } from '@/lib/auth/server'

const nextPath = z
  .string()
  .regex(/^\/teach(\/[\w\-/]*)?$/)
  .catch('/teach')

const signUpSchema = signUpFieldsSchema.extend({ next: nextPath })
const signInSchema = signInFieldsSchema.extend({ next: nextPath })

type AuthFailure = { statusCode?: unknown; status?: unknown; body?: { code?: unknown } }

/** better-auth's APIError, recognised by shape: the class may come from another copy of the module. */
function authError(err: unknown, fallback: string): string {
  const e = (err ?? {}) as AuthFailure
  const code = typeof e.body?.code === 'string' ? e.body.code : ''
  if (e.statusCode === 429 || e.status === 'TOO_MANY_REQUESTS') return TOO_MANY
  if (code === 'INVALID_SIGN_UP' && typeof (e.body as { message?: unknown })?.message === 'string')
    return (e.body as { message: string }).message
  if (code.startsWith('USER_ALREADY_EXISTS'))
    return 'An account with this email already exists. Sign in instead.'
  if (code === 'INVALID_EMAIL_OR_PASSWORD' || e.status === 'UNAUTHORIZED')
    return 'That email and password do not match an account.'
  // The error only: never the request's fields.
  console.error(`auth: ${String(e.status ?? '')} ${code}`)
  return fallback
}

// Passwords are never sent back to the form.
const keep = (values: Record<string, string>) => ({ ...values, password: '' })

export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData)
  const parsed = signUpSchema.safeParse(values)
  if (!parsed.success)
    return {
      error: 'Please correct the highlighted fields.',
      fieldErrors: fieldErrorsOf(parsed.error),
      values: keep(values),
    }
  const { name, email, password, next } = parsed.data
  try {
    await (await getAuth()).api.signUpEmail({
      body: { name, email, password },
      headers: await headers(),
    })
  } catch (err) {
    return {
      error: authError(err, 'We could not create your account. Try again.'),
      values: keep(values),
    }
  }
  redirect(next)
}

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData)
  const parsed = signInSchema.safeParse(values)
  if (!parsed.success)
    return {
      error: 'Please correct the highlighted fields.',
      fieldErrors: fieldErrorsOf(parsed.error),
      values: keep(values),
    }
  const { email, password, next } = parsed.data
  try {
    await (await getAuth()).api.signInEmail({ body: { email, password }, headers: await headers() })
  } catch (err) {
    return { error: authError(err, 'We could not sign you in. Try again.'), values: keep(values) }
  }
  redirect(next)
}

export async function signOutAction(): Promise<void> {
  await (await getAuth()).api.signOut({ headers: await headers() })
  redirect('/teach/sign-in')
}
