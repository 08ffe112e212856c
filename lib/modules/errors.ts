/** Errors a teacher can fix: a message for the form and, where it helps, one per field. */
import { AppError } from '@/lib/errors'

export class ModuleInputError extends AppError {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super('unprocessable', 'module', message, { fieldErrors })
    this.name = 'ModuleInputError'
  }
}

/** A module or question that is missing — or belongs to someone else: the two look the same. */
export const moduleNotFound = () =>
  new AppError('not_found', 'module', 'There is no module with that id in your account.')

export const questionNotFound = () =>
  new AppError(
    'not_found',
    'question',
    'That question is no longer in the draft (it may have been changed in another tab). Reload the page.',
  )
