/**
 * Candidate names: runs of proper-noun tokens in a sentence, joined across name particles
 * (al-, bin, van der), unspaced hyphens and "of"/"&" inside institution names ("Bank of
 * England", "AT&T"); each run is then cleaned (clean.ts) into zero or more names.
 */
import type { AnnotatedSentence, Token } from '../annotate'
import { NAME_PARTICLES, OF_HEADS } from '../words'
import { cleanRun } from './clean'
import type { Run } from './types'

export const isUpper = (t: string) => /^\p{Lu}/u.test(t)
const isWordy = (t: Token) => /[\p{L}\p{N}]/u.test(t.text)

/** A token that can be part of a name. */
function nameToken(tokens: Token[], i: number): boolean {
  const t = tokens[i]
  if (!t || !isWordy(t) || t.pos === 'PUNCT') return false
  if (isUpper(t.text)) return t.pos !== 'PRON' || t.text.length > 2
  const next = tokens[i + 1]
  // al-Kadhimi, bin Salman, van der Berg: a particle before a capitalised token.
  if (NAME_PARTICLES.has(t.lower) && next && (isUpper(next.text) || next.text === '-'))
    return !!next && (isUpper(next.text) || isUpper(tokens[i + 2]?.text ?? ''))
  return false
}

/** Second halves of compound adjectives, never of a name ("Hong Kong-based", "Iran-aligned"). */
const COMPOUND_TAILS = new Set(
  'based born led run owned backed style wide like free era class level made old year area bound'.split(
    ' ',
  ),
)

/**
 * Hyphen joins without spaces: Wai-keung, al-Kadhimi, Hwang Hee-Chan, Lau Siu-lai: a short
 * lower-case syllable after a capitalised one (romanised given names), whatever its tag.
 */
function hyphenJoins(tokens: Token[], i: number): boolean {
  const h = tokens[i]
  const prev = tokens[i - 1]
  const next = tokens[i + 1]
  if (h?.text !== '-' || h.spaced || !next || next.spaced) return false
  if (isUpper(next.text) || next.pos === 'PROPN') return true
  const syllable =
    /^\p{Ll}{2,6}$/u.test(next.text) &&
    !COMPOUND_TAILS.has(next.lower) &&
    !/ed$/.test(next.lower) &&
    /^\p{Lu}\p{Ll}{1,5}$/u.test(prev?.text ?? '')
  return syllable || (next.pos === 'NOUN' && next.text.length <= 6)
}

/** Bodies whose names go on with "on" or "for": "Council on …", "Centre for …". */
const FOR_HEADS = new Set(
  'Council Committee Commission Conference Center Centre Institute Society Foundation Office Agency Association Alliance Coalition Campaign Fund Trust'.split(
    ' ',
  ),
)

/** Bodies whose names go on with "on": "Council on Foreign Relations", "Committee on …". */
const ON_HEADS = new Set(['Council', 'Committee', 'Commission', 'Conference', 'Panel'])

/** "T-shirt", "X-ray", "U-turn": a capital letter that opens a common word. */
const letterCompound = (toks: Token[], j: number) =>
  /^\p{Lu}$/u.test(toks[j]?.text ?? '') &&
  toks[j + 1]?.text === '-' &&
  !toks[j + 1]?.spaced &&
  /^\p{Ll}/u.test(toks[j + 2]?.text ?? '')

/** Heads of newspapers' names, which may follow an "and" ("The Globe and Mail"). */
const PAPER_HEADS =
  /^(Mail|Star|Sun|Post|Times|Herald|Tribune|Journal|Guardian|Chronicle|Gazette|Telegraph|Observer|Mirror|Courier|Express|Inquirer|Examiner|Advertiser)$/

/**
 * "Matthew Ingram of The Globe and Mail": a capital "The" inside a sentence opens the name of
 * a paper, which may join a word to its head by "and". Only a paper's head joins, and it ends
 * the name: "The Times and Reuters" and "the Senate and House" stay two names.
 */
function papersAnd(toks: Token[], first: number, and: number): boolean {
  const at = toks[first]?.text === 'The' ? first : first - 1
  const inside = toks.slice(0, at).some((t) => t.pos !== 'PUNCT')
  return (
    toks[at]?.text === 'The' &&
    inside &&
    PAPER_HEADS.test(toks[and + 1]?.text ?? '') &&
    !nameToken(toks, and + 2)
  )
}

export function collectRuns(s: AnnotatedSentence, sentence: number, lower: Set<string>): Run[] {
  const toks = s.tokens
  const runs: Run[] = []
  let i = 0
  while (i < toks.length) {
    if (!nameToken(toks, i)) {
      i++
      continue
    }
    const first = i
    let j = i + 1
    for (;;) {
      if (nameToken(toks, j) && toks[j]?.pos !== 'PART' && !letterCompound(toks, j)) {
        j++
        continue
      }
      if (hyphenJoins(toks, j)) {
        j += 2
        continue
      }
      // "Bank of England", "University of the Arts", "AT&T"
      const conn = toks[j]
      const prev = toks[j - 1]
      const joins =
        ((conn?.lower === 'of' || conn?.text === '&') && OF_HEADS.has(prev?.text ?? '')) ||
        // "Council on American-Islamic Relations", "Institute for Fiscal Studies"
        (conn?.lower === 'for' && FOR_HEADS.has(prev?.text ?? '')) ||
        (conn?.lower === 'on' && ON_HEADS.has(prev?.text ?? ''))
      if (conn && prev && joins) {
        const k = toks[j + 1]?.lower === 'the' ? j + 2 : j + 1
        if (nameToken(toks, k)) {
          j = k + 1
          continue
        }
      }
      if (conn?.text === '&' && nameToken(toks, j + 1)) {
        j += 2
        continue
      }
      if (conn?.lower === 'and' && papersAnd(toks, first, j)) {
        j += 2
        continue
      }
      break
    }
    runs.push(...cleanRun(s, sentence, first, j, lower))
    i = j
  }
  return runs
}

export const textOfRun = (r: Run) =>
  r.s.ref.text.slice(r.tokens[0]?.start ?? 0, r.tokens.at(-1)?.end ?? 0).replace(/\s+/g, ' ')
