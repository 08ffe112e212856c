import { describe, expect, test } from 'vitest'
import {
  formatJoinCode,
  generateJoinCode,
  JOIN_CODE_ALPHABET,
  joinCodeSchema,
  normalizeJoinCode,
} from '@/lib/assignments/join-code'

describe('join codes', () => {
  test('the alphabet has no 0/O or 1/I/L and no repeats', () => {
    for (const c of '0O1IL') expect(JOIN_CODE_ALPHABET).not.toContain(c)
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(JOIN_CODE_ALPHABET.length)
  })

  test('codes are 6 characters from the alphabet, and differ', () => {
    const codes = Array.from({ length: 2000 }, () => generateJoinCode())
    for (const code of codes) expect(code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`))
    expect(new Set(codes).size).toBeGreaterThan(1990)
  })

  test('every character is used, roughly uniformly (rejection sampling, no modulo bias)', () => {
    const counts = new Map<string, number>()
    for (let i = 0; i < 5000; i++)
      for (const c of generateJoinCode()) counts.set(c, (counts.get(c) ?? 0) + 1)
    expect(counts.size).toBe(JOIN_CODE_ALPHABET.length)
    const expected = 30_000 / JOIN_CODE_ALPHABET.length
    for (const n of counts.values()) expect(Math.abs(n - expected) / expected).toBeLessThan(0.15)
  })

  test('bytes that would bias the draw are skipped', () => {
    // 248..255 are rejected; 0 → 'A', 30 → '9', 31 → 'A' again.
    const bytes = [255, 248, 0, 30, 31, 250, 1, 2, 3]
    const code = generateJoinCode(() => Uint8Array.from(bytes))
    expect(code).toBe('A9ABCD')
  })

  test.each([
    ['kq7m4p', 'KQ7M4P'],
    ['KQ7 M4P', 'KQ7M4P'],
    [' kq7-m4p ', 'KQ7M4P'],
    ['Kq7–M4p', 'KQ7M4P'],
    ['k q 7 m 4 p', 'KQ7M4P'],
  ])('%j is accepted as %s', (input, code) => {
    expect(normalizeJoinCode(input)).toBe(code)
    expect(joinCodeSchema.parse(input)).toBe(code)
  })

  test.each([
    '',
    'KQ7M4',
    'KQ7M4PX',
    'KQ7M0P',
    'KQ7MOP',
    'KQ7M1P',
    'KQ7MIP',
    'KQ7MLP',
    'KQ7_M4P',
    'ÄQ7M4P',
  ])('%j is refused', (input) => {
    expect(normalizeJoinCode(input)).toBeNull()
    expect(joinCodeSchema.safeParse(input).success).toBe(false)
  })

  test('codes are shown in two groups of three', () => {
    expect(formatJoinCode('KQ7M4P')).toBe('KQ7 M4P')
    expect(normalizeJoinCode(formatJoinCode('KQ7M4P'))).toBe('KQ7M4P')
  })
})
