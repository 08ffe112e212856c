/**
 * Join codes: six characters that survive being read aloud and copied from a board. The
 * alphabet has no 0/O, 1/I/L; codes are crypto-random, shown grouped (`KQ7 M4P`) and
 * accepted in any case with spaces or dashes. Pure (the random source can be injected).
 */
import { randomBytes } from 'node:crypto'
import { z } from 'zod'

export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
export const JOIN_CODE_LENGTH = 6

// Bytes at or above this are rejected, so every character is equally likely.
const LIMIT = 256 - (256 % JOIN_CODE_ALPHABET.length)
const CODE = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`)

export function generateJoinCode(random: (n: number) => Uint8Array = randomBytes): string {
  let code = ''
  while (code.length < JOIN_CODE_LENGTH) {
    for (const byte of random(16)) {
      if (byte >= LIMIT) continue
      code += JOIN_CODE_ALPHABET[byte % JOIN_CODE_ALPHABET.length]
      if (code.length === JOIN_CODE_LENGTH) break
    }
  }
  return code
}

/** 'kq7-m4p ' → 'KQ7M4P'; null when it cannot be a join code. */
export function normalizeJoinCode(input: string): string | null {
  if (input.length > 40) return null
  const code = input.replace(/[\s\-‐‑–—]/g, '').toUpperCase()
  return CODE.test(code) ? code : null
}

/** 'KQ7M4P' → 'KQ7 M4P': easier to read aloud and to copy. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`
}

export const joinCodeSchema = z
  .string({ error: 'Type the code your teacher gave you' })
  .trim()
  .min(1, 'Type the code your teacher gave you')
  .max(40, 'A join code has 6 characters')
  .transform((value, ctx) => {
    const code = normalizeJoinCode(value)
    if (!code) {
      ctx.addIssue({
        code: 'custom',
        message: 'A join code has 6 letters and digits, such as KQ7 M4P',
      })
      return z.NEVER
    }
    return code
  })
