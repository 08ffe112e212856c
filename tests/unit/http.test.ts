/** readJsonBody: the size cap, clear JSON errors, and no "__proto__" key however it is spelt. */
import { describe, expect, test } from 'vitest'
import { AppError } from '@/lib/errors'
import { readJsonBody } from '@/lib/http'

const post = (body: string, headers: Record<string, string> = {}) =>
  new Request('http://lede.test/api', {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers },
  })

async function refusal(body: string, max = 1024) {
  const err = await readJsonBody(post(body), max).then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(AppError)
  return err as AppError
}

describe('readJsonBody', () => {
  test.each([
    ['text/plain'],
    ['application/x-www-form-urlencoded'],
    ['multipart/form-data; boundary=x'],
    ['application/jsonx'],
    [''],
  ])('a %j body is refused with 415, unread', async (type) => {
    const request = new Request('http://lede.test/api', {
      method: 'POST',
      body: '{"a":1}',
      headers: type ? { 'content-type': type } : {},
    })
    if (!type) request.headers.delete('content-type')
    const err = await readJsonBody(request, 1024).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(err).toBeInstanceOf(AppError)
    expect((err as AppError).status).toBe(415)
  })

  test('application/json with parameters is read', async () => {
    expect(
      await readJsonBody(
        post('{"a":1}', { 'content-type': 'Application/JSON; charset=utf-8' }),
        64,
      ),
    ).toEqual({ a: 1 })
  })

  test('parses JSON, escapes included', async () => {
    expect(await readJsonBody(post('{"a":[1,"b"]}'), 1024)).toEqual({ a: [1, 'b'] })
    expect(await readJsonBody(post('{"text":"caf\\u00e9"}'), 1024)).toEqual({ text: 'café' })
  })

  test('"__proto__" is allowed as a value, not as a key', async () => {
    expect(await readJsonBody(post('{"text":"__proto__"}'), 1024)).toEqual({ text: '__proto__' })
    for (const key of [
      '__proto__',
      '\\u005f_proto__',
      '\\u005F\\u005Fproto\\u005f\\u005f',
      '__pr\\u006fto__',
    ]) {
      const err = await refusal(`{"answers":{"${key}":{"optionId":"x"}}}`)
      expect(err.message).toMatch(/__proto__/)
    }
  })

  test('bodies past the cap are refused, declared or streamed', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(2000) })
    expect((await refusal(big)).code).toBe('too_large:body')
    const streamed = new Request('http://lede.test/api', {
      method: 'POST',
      body: new Blob([big]).stream(),
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit)
    const err = await readJsonBody(streamed, 1024).catch((e: unknown) => e)
    expect((err as AppError).code).toBe('too_large:body')
  })

  test('a declared length is read whole, and the body is still measured against the cap', async () => {
    const small = '{"a":"café"}'
    const length = String(Buffer.byteLength(small))
    expect(await readJsonBody(post(small, { 'content-length': length }), 1024)).toEqual({
      a: 'café',
    })
    const big = JSON.stringify({ text: 'é'.repeat(600) })
    expect(big.length).toBeLessThan(1024)
    const declaredLow = await readJsonBody(post(big, { 'content-length': '20' }), 1024).catch(
      (e: unknown) => e,
    )
    expect((declaredLow as AppError).code).toBe('too_large:body')
    const declaredHigh = await readJsonBody(post(small, { 'content-length': '5000' }), 1024).catch(
      (e: unknown) => e,
    )
    expect((declaredHigh as AppError).code).toBe('too_large:body')
  })

  test('invalid JSON is a clear 400', async () => {
    const err = await refusal('{"a":')
    expect(err.code).toBe('bad_request:body')
    expect(err.message).toMatch(/not valid JSON/)
  })
})
