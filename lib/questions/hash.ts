/**
 * Content-derived ids and a seeded random generator. Ids are short sha256 digests of
 * what a thing says, so the same article version always yields the same ids.
 */
import * as crypto from 'node:crypto'

const { createHash } = crypto

/**
 * One-shot `crypto.hash` (Node ≥ 20.12) gives the same digest as `createHash` at about half
 * the cost for the short texts ids are made of, and a pool makes hundreds of ids. The
 * namespace import keeps older Node (the engines field allows 20.9) on `createHash`.
 */
const sha256 = (text: string): string =>
  typeof crypto.hash === 'function'
    ? crypto.hash('sha256', text, 'base64url')
    : createHash('sha256').update(text).digest('base64url')

export function shortHash(...parts: string[]): string {
  return sha256(parts.join('\u241f')).slice(0, 12)
}

/** sfc32 seeded from sha256(seed): reproducible, well distributed, fast. */
export function createRng(seed: string): () => number {
  const d = createHash('sha256').update(seed).digest()
  let a = d.readUInt32LE(0)
  let b = d.readUInt32LE(4)
  let c = d.readUInt32LE(8)
  let n = d.readUInt32LE(12)
  return () => {
    a >>>= 0
    b >>>= 0
    c >>>= 0
    n >>>= 0
    let t = (a + b) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    n = (n + 1) | 0
    t = (t + n) | 0
    c = (c + t) | 0
    return (t >>> 0) / 4294967296
  }
}

/** Fisher–Yates shuffle into a new array. */
export function shuffle<T>(items: readonly T[], rng: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1))
    const tmp = out[i] as T
    out[i] = out[j] as T
    out[j] = tmp
  }
  return out
}
