/**
 * One wrapper for every teacher mutation: it reads the form, checks the session, validates
 * with zod and turns failures into a state the form can show — with the values the teacher
 * typed, so nothing is lost. Redirects thrown by the handler pass through.
 */
import 'server-only'
import { unstable_rethrow } from 'next/navigation'
import type { z } from 'zod'
import { AppError, logWithoutContent } from '@/lib/errors'
import { getTeacher, type Teacher } from './guards'

export type FormState = {
  ok?: boolean
  message?: string
  error?: string
  fieldErrors?: Record<string, string>
  values?: Record<string, string>
}

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of formData.entries()) {
    if (typeof value !== 'string' || key.startsWith('$ACTION')) continue
    // Repeated names (a group of checkboxes) arrive as one comma-separated value.
    values[key] = key in values ? `${values[key]},${value}` : value
  }
  return values
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || 'form'
    errors[key] ??= issue.message
  }
  return errors
}

/** Runs `handler` for a signed-in teacher with validated input, or returns why it could not. */
export function teacherAction<S extends z.ZodType>(
  schema: S,
  handler: (data: z.infer<S>, teacher: Teacher) => Promise<FormState | undefined>,
) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const values = formValues(formData)
    try {
      const teacher = await getTeacher()
      if (!teacher)
        return { error: 'Your session has ended. Sign in again; your text is still here.', values }
      const parsed = schema.safeParse(values)
      if (!parsed.success)
        return {
          error: 'Please correct the highlighted fields.',
          fieldErrors: fieldErrorsOf(parsed.error),
          values,
        }
      return (await handler(parsed.data, teacher)) ?? { ok: true }
    } catch (err) {
      unstable_rethrow(err)
      if (err instanceof AppError) return { error: err.message, values }
      logWithoutContent(err)
      return { error: 'Something went wrong on our side. Nothing was lost; try again.', values }
    }
  }
}
