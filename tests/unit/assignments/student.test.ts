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

const SECRET = 's'.repeat(43)

describe('student cookies', () => {
  const student = { key: randomId(), name: 'Zoë O’Brien-Smith Jr.' }
  const aid = randomId()

  test('a student round-trips through the signed cookie value, names in any script', () => {
    expect(decodeStudent(encodeStudent(student, aid, SECRET), aid, SECRET)).toEqual(student)
    const other = { key: randomId(), name: 'محمد 3' }
    expect(decodeStudent(encodeStudent(other, aid, SECRET), aid, SECRET)).toEqual(other)
  })

  test('a cookie signed for another assignment, with another secret or edited names nobody', () => {
    const value = encodeStudent(student, aid, SECRET)
    expect(decodeStudent(value, randomId(), SECRET)).toBeNull()
    expect(decodeStudent(value, aid, 'another secret')).toBeNull()
    const [key, name, sig] = value.split('.')
    expect(decodeStudent(`${randomId()}.${name}.${sig}`, aid, SECRET)).toBeNull()
    expect(
      decodeStudent(`${key}.${Buffer.from('Leo').toString('base64url')}.${sig}`, aid, SECRET),
    ).toBeNull()
    // The unsigned format of before is refused.
    expect(decodeStudent(`${key}.${name}`, aid, SECRET)).toBeNull()
  })

  test.each([
    undefined,
    '',
    'nodot',
    `${'x'.repeat(24)}.`,
    `short.${Buffer.from('Ann').toString('base64url')}`,
    `${randomId()}.${Buffer.from('<script>').toString('base64url')}`,
    `${randomId()}.not base64!`,
  ])('a malformed cookie %j names nobody', (value) => {
    expect(decodeStudent(value, aid, SECRET)).toBeNull()
  })

  test('only well-formed, validly signed lede_s_<assignmentId> cookies count', () => {
    const id = randomId()
    const students = studentsFromCookies(
      [
        [studentCookieName(id), encodeStudent(student, id, SECRET)],
        ['lede_s_short', encodeStudent(student, 'short', SECRET)],
        ['other', encodeStudent(student, id, SECRET)],
        [studentCookieName(randomId()), 'garbage'],
        [studentCookieName(randomId()), encodeStudent(student, id, SECRET)],
      ],
      SECRET,
    )
    expect([...students]).toEqual([[id, student]])
  })

  test('the Cookie header is parsed from a request', () => {
    const id = randomId()
    const header = `a=1; ${studentCookieName(id)}=${encodeURIComponent(encodeStudent(student, id, SECRET))}; b`
    expect(parseCookieHeader(header)).toHaveLength(2)
    const request = new Request('http://lede.test/', { headers: { cookie: header } })
    expect(studentsFromRequest(request, SECRET).get(id)).toEqual(student)
    expect(studentsFromRequest(new Request('http://lede.test/'), SECRET).size).toBe(0)
  })
})
