import { describe, expect, test } from 'vitest'
import {
  decodeStudent,
  encodeStudent,
  parseCookieHeader,
  studentCookieName,
  studentsFromCookies,
  studentsFromRequest,
} from '@/lib/assignments/student'
import { randomId } from '@/lib/ids'

describe('student cookies', () => {
  const student = { key: randomId(), name: 'Zoë O’Brien-Smith Jr.' }

  test('a student round-trips through the cookie value, names in any script', () => {
    expect(decodeStudent(encodeStudent(student))).toEqual(student)
    const other = { key: randomId(), name: 'محمد 3' }
    expect(decodeStudent(encodeStudent(other))).toEqual(other)
  })

  test.each([
    undefined,
    '',
    'nodot',
    `${'x'.repeat(24)}.`,
    `short.${Buffer.from('Ann').toString('base64url')}`,
    `${randomId()}.${Buffer.from('<script>').toString('base64url')}`,
    `${randomId()}.${Buffer.from('a'.repeat(41)).toString('base64url')}`,
    `${randomId()}.not base64!`,
  ])('a malformed cookie %j names nobody', (value) => {
    expect(decodeStudent(value)).toBeNull()
  })

  test('only well-formed lede_s_<assignmentId> cookies count', () => {
    const id = randomId()
    const students = studentsFromCookies([
      [studentCookieName(id), encodeStudent(student)],
      ['lede_s_short', encodeStudent(student)],
      ['other', encodeStudent(student)],
      [studentCookieName(randomId()), 'garbage'],
    ])
    expect([...students]).toEqual([[id, student]])
  })

  test('the Cookie header is parsed from a request', () => {
    const id = randomId()
    const header = `a=1; ${studentCookieName(id)}=${encodeURIComponent(encodeStudent(student))}; b`
    expect(parseCookieHeader(header)).toHaveLength(2)
    const request = new Request('http://lede.test/', { headers: { cookie: header } })
    expect(studentsFromRequest(request).get(id)).toEqual(student)
    expect(studentsFromRequest(new Request('http://lede.test/')).size).toBe(0)
  })
})
