'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { type FormState, fieldErrorsOf, formValues } from '@/lib/auth/action'
import { allowSignInAttempt } from '@/lib/auth/rate-limit'
import { getAuth, PASSWORD_MAX, PASSWORD_MIN } from '@/lib/auth/server'
import { getDb } from '@/lib/db'
import { getEnv } from '@/lib/env'

const email = z
  .email('Enter an email address such as name@school.org')
  .trim()
  .toLowerCase()
  .max(254)
const nextPath = z
  .string()
  .regex(/^\/teach(\/[\w\-/]*)?$/)
  .catch('/teach')

const signUpSchema = z.object({
  name: z.string().trim().min(1, 'Enter your name').max(80, 'Keep your name under 80 characters'),
  email,
  password: z
    .string()
    .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
    .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters`)
    .refine((p) => /[A-Za-z]/.test(p) && /[^A-Za-z]/.test(p), 'Mix letters with digits or symbols'),
  next: nextPath,
})

const signInSchema = z.object({
  email,
  password: z.string().min(1, 'Enter your password').max(PASSWORD_MAX),
  next: nextPath,
})

const TOO_MANY = 'Too many attempts. Wait a minute and try again.'

type AuthFailure = { statusCode?: unknown; status?: unknown; body?: { code?: unknown } }

/** better-auth's APIError, recognised by shape: the class may come from another copy of the module. */
function authError(err: unknown, fallback: string): string {
  const e = (err ?? {}) as AuthFailure
  const code = typeof e.body?.code === 'string' ? e.body.code : ''
  if (e.statusCode === 429 || e.status === 'TOO_MANY_REQUESTS') return TOO_MANY
  if (code.startsWith('USER_ALREADY_EXISTS'))
    return 'An account with this email already exists. Sign in instead.'
  if (code === 'INVALID_EMAIL_OR_PASSWORD' || e.status === 'UNAUTHORIZED')
    return 'That email and password do not match an account.'
  console.error(err)
  return fallback
}

async function underLimit(action: 'sign-in' | 'sign-up', email: string): Promise<boolean> {
  const limit = { windowMs: 60_000, max: getEnv().LEDE_SIGN_IN_LIMIT }
  return allowSignInAttempt(await getDb(), action, email, await headers(), limit)
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
  if (!(await underLimit('sign-up', email))) return { error: TOO_MANY, values: keep(values) }
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
  if (!(await underLimit('sign-in', email))) return { error: TOO_MANY, values: keep(values) }
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
