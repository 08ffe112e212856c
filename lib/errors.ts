/**
 * Typed errors with a code such as `not_found:attempt`, and the one mapping to HTTP.
 * Messages are written for the person reading them; no internals leak through them.
 */

export type ErrorType =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'unprocessable'
  | 'unavailable'

const STATUS: Record<ErrorType, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unprocessable: 422,
  unavailable: 503,
}

export class AppError extends Error {
  readonly status: number
  constructor(
    readonly type: ErrorType,
    readonly surface: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message)
    this.name = 'AppError'
    this.status = STATUS[type]
  }

  /** A validation failure as a 400, listing each field and what is wrong with it. */
  static invalid(
    surface: string,
    message: string,
    error: { issues: { path: PropertyKey[]; message: string }[] },
  ) {
    const details = error.issues.map((i) => ({
      path: i.path.map(String).join('.'),
      message: i.message,
    }))
    return new AppError('bad_request', surface, message, details)
  }

  get code() {
    return `${this.type}:${this.surface}`
  }

  toResponse(): Response {
    const body = {
      error: {
        code: this.code,
        message: this.message,
        ...(this.details ? { details: this.details } : {}),
      },
    }
    return Response.json(body, { status: this.status, headers: { 'cache-control': 'no-store' } })
  }
}

/** Any thrown value as a response: AppErrors as they are, anything else as a 500 without internals. */
export function errorResponse(err: unknown): Response {
  if (err instanceof AppError) return err.toResponse()
  console.error(err)
  return new AppError(
    'unavailable',
    'server',
    'Something went wrong on our side. Your answers are kept; try again.',
  ).toResponse()
}
