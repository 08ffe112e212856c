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
  | 'unsupported_media_type'
  | 'unprocessable'
  | 'unavailable'

const STATUS: Record<ErrorType, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_media_type: 415,
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

// Node socket errors and PostgreSQL's connection-exception class (08…) and shutdown codes (57P0…).
const UNREACHABLE =
  /^(?:ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN|08\d{3}|57P0\d)$/
const UNREACHABLE_MESSAGE =
  /connection terminated|connection refused|timeout exceeded when trying to connect|client has encountered a connection error|pglite is closed/i

/** True when the error (or one it wraps) says the database could not be reached. */
export function isDatabaseUnreachable(err: unknown): boolean {
  for (
    let e = err as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0;
    e && depth < 5;
    depth++
  ) {
    if (typeof e.code === 'string' && UNREACHABLE.test(e.code)) return true
    if (typeof e.message === 'string' && UNREACHABLE_MESSAGE.test(e.message)) return true
    e = e.cause as typeof e
  }
  return false
}

/**
 * Logs what failed and where, never the message: an error's message can quote what the
 * teacher pasted (a parser's, a database's), and user content stays out of logs.
 */
export function logWithoutContent(err: unknown): void {
  const e = err instanceof Error ? err : new Error('non-error thrown')
  const frames = (e.stack ?? '').split('\n').filter((l) => l.trimStart().startsWith('at '))
  const code = (e as { code?: unknown }).code
  console.error(
    `${e.name}${typeof code === 'string' ? ` (${code})` : ''}\n${frames.slice(0, 8).join('\n')}`,
  )
}

/** Any thrown value as a response: AppErrors as they are, a lost database as 503, anything else as 500. */
export function errorResponse(err: unknown): Response {
  if (err instanceof AppError) return err.toResponse()
  if (isDatabaseUnreachable(err)) {
    return new AppError(
      'unavailable',
      'database',
      'The quiz is unavailable right now. Your answers are kept in this browser; try again in a moment.',
    ).toResponse()
  }
  logWithoutContent(err)
  return Response.json(
    {
      error: {
        code: 'internal:server',
        message:
          'Something went wrong on our side. Your answers are kept in this browser; try again.',
      },
    },
    { status: 500, headers: { 'cache-control': 'no-store' } },
  )
}
