/** Unguessable ids: random bytes, base64url. 18 bytes = 144 bits, 24 characters. */
import { randomBytes } from 'node:crypto'
import { z } from 'zod'

export const RANDOM_ID_LENGTH = 24

export function randomId(): string {
  return randomBytes(18).toString('base64url')
}

export const randomIdSchema = z.string().regex(/^[A-Za-z0-9_-]{24}$/, 'is not a valid id')
