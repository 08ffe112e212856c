/**
 * The rules for a teacher's account fields, one definition for the form and for better-auth's
 * HTTP API (a before-hook applies them), so neither path accepts what the other refuses.
 */
import { z } from 'zod'

export const PASSWORD_MIN = 10
export const PASSWORD_MAX = 128
export const NAME_MAX = 80

export const emailSchema = z
  .email('Enter an email address such as name@school.org')
  .trim()
  .toLowerCase()
  .max(254)

export const signUpFieldsSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Enter your name')
    .max(NAME_MAX, `Keep your name under ${NAME_MAX} characters`)
    .refine((n) => !/[<>\p{Cc}]/u.test(n), 'Use letters, spaces and punctuation only'),
  email: emailSchema,
  password: z
    .string()
    .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
    .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters`)
    .refine((p) => /[A-Za-z]/.test(p) && /[^A-Za-z]/.test(p), 'Mix letters with digits or symbols'),
})

export const signInFieldsSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Enter your password').max(PASSWORD_MAX),
})
