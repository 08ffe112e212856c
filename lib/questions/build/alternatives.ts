/**
 * The other version of a true/false statement: where a fair swap exists, a builder makes
 * both the true statement and the false one, and the pool keeps whichever evens out its
 * True/False keys (a statement is switched, never dropped, when it can be).
 */
import type { Built } from './common'
import { makeTrueFalse } from './common'

const alternatives = new WeakMap<Built, Built>()

export function alternativeOf(q: Built): Built | undefined {
  return alternatives.get(q)
}

type Base = Parameters<typeof makeTrueFalse>[0]

/**
 * Both statements of one fact; the one the hash chose is returned, the other is kept as
 * its alternative. Without a false version, only the true statement.
 */
export function statementPair(
  base: Base,
  trueText: string,
  falseText: string | null,
  preferTrue: boolean,
  falseNote = '',
): Built {
  const yes = makeTrueFalse(base, trueText, true)
  if (falseText === null) return yes
  const no = makeTrueFalse(
    { ...base, explanation: `${base.explanation}${falseNote}` },
    falseText,
    false,
  )
  const [chosen, other] = preferTrue ? [yes, no] : [no, yes]
  // Both ways: a statement switched in keeps its pair, so it counts as balanced, not lone.
  alternatives.set(chosen, other)
  alternatives.set(other, chosen)
  return chosen
}

/** How many statements of a pool are True and False so far, kept by the builders that add them. */
export type TruthBalance = { truths: number; falses: number }

/**
 * Both statements of one fact, choosing the side the pool has fewer of (True on a tie, and
 * always True without a false version), and counting it.
 */
export function balancedPair(
  base: Base,
  trueText: string,
  falseText: string | null,
  balance: TruthBalance,
  falseNote = '',
): Built {
  const truth = falseText === null || balance.truths <= balance.falses
  if (truth) balance.truths++
  else balance.falses++
  return statementPair(base, trueText, falseText, truth, falseNote)
}
