/** Reading request bodies safely: a size cap enforced while streaming, JSON parsed with a clear error. */
import { AppError } from './errors'

const utf8 = new TextDecoder('utf-8', { fatal: false })

/** `application/json`, with or without parameters such as `; charset=utf-8`. */
export function isJsonContentType(value: string | null): boolean {
  return /^application\/json\s*(;|$)/i.test(value?.trim() ?? '')
}

export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  // A form or text body is not parsed as JSON at all (and a cross-site form cannot send JSON).
  if (!isJsonContentType(request.headers.get('content-type')))
    throw new AppError(
      'unsupported_media_type',
      'body',
      'Send the request body as JSON, with Content-Type: application/json.',
    )
  const length = request.headers.get('content-length')
  const declared = Number(length ?? 0)
  if (declared > maxBytes) throw tooLarge(maxBytes)
  // With a declared length the HTTP parser delivers exactly that many bytes, so the body can
  // be read whole (and is still measured); without one (chunked), it is counted as it streams.
  if (length !== null && request.body) {
    const text = await request.text()
    if (Buffer.byteLength(text) > maxBytes) throw tooLarge(maxBytes)
    return parseJson(text)
  }
  return parseJson(await readCapped(request, maxBytes))
}

const tooLarge = (maxBytes: number) =>
  new AppError('too_large', 'body', `The request body is larger than ${maxBytes} bytes.`)

async function readCapped(request: Request, maxBytes: number): Promise<string> {
  const reader = request.body?.getReader()
  if (!reader) throw new AppError('bad_request', 'body', 'The request has no body.')
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      throw tooLarge(maxBytes)
    }
    chunks.push(value)
  }
  return utf8.decode(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks))
}

function parseJson(text: string): unknown {
  // "__proto__" as a key would be dropped silently by record parsing: refuse it outright.
  // A key can only spell it literally or through \u escapes; without either, JSON.parse
  // needs no reviver (which is several times slower).
  const mayHideProto = text.includes('__proto__') || text.includes('\\u')
  let forbiddenKey = false
  let parsed: unknown
  try {
    parsed = mayHideProto
      ? JSON.parse(text, (key, value) => {
          if (key === '__proto__') forbiddenKey = true
          return value
        })
      : JSON.parse(text)
  } catch {
    throw new AppError('bad_request', 'body', 'The request body is not valid JSON.')
  }
  if (forbiddenKey)
    throw new AppError('bad_request', 'body', 'The request body uses a reserved key (__proto__).')
  return parsed
}
