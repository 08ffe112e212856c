/** Reading request bodies safely: a size cap enforced while streaming, JSON parsed with a clear error. */
import { AppError } from './errors'

const utf8 = new TextDecoder('utf-8', { fatal: false })

export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > maxBytes)
    throw new AppError('too_large', 'body', `The request body is larger than ${maxBytes} bytes.`)
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
      throw new AppError('too_large', 'body', `The request body is larger than ${maxBytes} bytes.`)
    }
    chunks.push(value)
  }
  const text = utf8.decode(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks))
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
