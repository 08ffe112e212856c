/**
 * Draws a quiz variant from a pool with a seed: balanced across categories, every
 * format used where the pool allows, never two questions on the same fact (questions
 * sharing the evidence span they ask about), options shuffled reproducibly. An order question
 * starts in an order that earns at most a third of its credit (so accepting the start is worth
 * less than a guess), and never exactly reversed where that is avoidable (reversing it would
 * then be a trick); the correct option's position is uniform across seeds. Questions the
 * learner has seen (`seen`) are drawn only when unseen ones run out, and questions on a fact a
 * seen question asked about come after wholly fresh ones.
 */
import { createRng, shuffle } from './hash'
import type { Category, Format, Option, Question, QuestionPool } from './types'

export type DrawOptions = {
  seed: string
  count: number
  categories?: Category[]
  formats?: Format[]
  /** Ids of questions this learner was already shown (earlier attempts): drawn last. */
  seen?: readonly string[]
}

/** The share of item pairs an order puts the right way round (as grading counts it). */
export function orderCredit(correct: readonly string[], given: readonly string[]): number {
  const position = new Map(given.map((id, i) => [id, i]))
  let agreeing = 0
  let total = 0
  for (let i = 0; i < correct.length; i++)
    for (let j = i + 1; j < correct.length; j++) {
      total += 1
      if ((position.get(correct[i] ?? '') ?? -1) < (position.get(correct[j] ?? '') ?? -1))
        agreeing += 1
    }
  return total === 0 ? 0 : agreeing / total
}

/** The most a start order may earn if the learner accepts it unchanged. */
export const MAX_START_CREDIT = 1 / 3

const spanKey = (e: Question['evidence'][number]) => `${e.sentenceId}:${e.start}-${e.end}`
/**
 * The facts a question asks about: a match or an order question asks about every span it
 * cites; any other asks about its first, and later spans only support it (the name a "he
 * added" resolves to, a post's owner), so two statements by one speaker stay two facts.
 */
const spans = (q: Question) =>
  q.format === 'match' || q.format === 'order'
    ? q.evidence.map(spanKey)
    : q.evidence.slice(0, 1).map(spanKey)

function shuffleQuestion(q: Question, rng: () => number): Question {
  switch (q.format) {
    case 'single':
    case 'cloze':
      return { ...q, options: shuffle(q.options, rng) }
    case 'match':
      return { ...q, left: shuffle(q.left, rng), right: shuffle(q.right, rng) }
    case 'order': {
      const correct = q.key.format === 'order' ? q.key.order : []
      const reversed = [...correct].reverse()
      const fair = (items: Option[]) => {
        const ids = items.map((it) => it.id)
        return (
          orderCredit(correct, ids) <= MAX_START_CREDIT + 1e-9 &&
          (correct.length < 3 || ids.some((id, i) => id !== reversed[i]))
        )
      }
      // At most 120 orders of five items: a few dozen tries find a fair one; the reversed
      // order (which earns nothing) is the fallback.
      for (let tries = 0; tries < 200; tries++) {
        const items = shuffle(q.items, rng)
        if (fair(items)) return { ...q, items }
      }
      const byId = new Map(q.items.map((it) => [it.id, it]))
      return {
        ...q,
        items: reversed.map((id) => byId.get(id)).filter((it): it is Option => it !== undefined),
      }
    }
    default:
      return q
  }
}

export function drawVariant(pool: QuestionPool, opts: DrawOptions): Question[] {
  const rng = createRng(`${pool.articleHash}|${opts.seed}`)
  const eligible = pool.questions.filter(
    (q) =>
      (!opts.categories || opts.categories.includes(q.category)) &&
      (!opts.formats || opts.formats.includes(q.format)),
  )
  // Ranked by quality, with seeded jitter so different seeds see different good questions.
  // Unseen questions on unseen facts first, then unseen questions on a seen fact, then seen ones.
  const seenIds = new Set(opts.seen ?? [])
  const seenSpans = new Set(pool.questions.filter((q) => seenIds.has(q.id)).flatMap(spans))
  const tierOf = (q: Question) =>
    seenIds.has(q.id) ? 2 : spans(q).some((s) => seenSpans.has(s)) ? 1 : 0
  const ranked = eligible
    .map((q) => ({ q, tier: tierOf(q), score: q.quality + rng() * 0.15 }))
    .sort((a, b) => a.tier - b.tier || b.score - a.score)
    .map((x) => x.q)
  const tier = new Map(ranked.map((q) => [q, tierOf(q)]))
  const categories = [...new Set(ranked.map((q) => q.category))]
  const chosen: Question[] = []
  const used = new Set<string>()
  const usedFormats = new Set<Format>()
  const count = Math.max(0, Math.min(opts.count, ranked.length))
  const take = (q: Question) => {
    chosen.push(q)
    asked.add(sentenceOf(q))
    for (const s of spans(q)) used.add(s)
    usedFormats.add(q.format)
  }
  const free = (q: Question) => !chosen.includes(q) && spans(q).every((s) => !used.has(s))
  // Two questions on one sentence give each other away (a blank shows the sentence another
  // question asks about): within a category, a sentence already asked is used again only when
  // no other question of that category, or a format not yet used, is left.
  const sentenceOf = (q: Question) => q.evidence[0]?.sentenceId ?? ''
  const asked = new Set<string>()
  let turn = 0
  while (chosen.length < count) {
    const counts = new Map(
      categories.map((c) => [c, chosen.filter((q) => q.category === c).length]),
    )
    // Balance categories among the freshest questions left, so a category is not filled with
    // seen questions while another still has unseen ones.
    const freeLeft = ranked.filter(free)
    const best = Math.min(...freeLeft.map((q) => tier.get(q) ?? 0))
    const open = categories.filter((c) =>
      freeLeft.some((q) => q.category === c && (tier.get(q) ?? 0) === best),
    )
    if (open.length === 0) break
    const least = Math.min(...open.map((c) => counts.get(c) ?? 0))
    const cat =
      open.filter((c) => (counts.get(c) ?? 0) === least)[
        turn % open.filter((c) => (counts.get(c) ?? 0) === least).length
      ] ?? open[0]
    turn += 1
    const inCat = freeLeft.filter((q) => q.category === cat && (tier.get(q) ?? 0) === best)
    // A format not yet used first, then a sentence not yet asked.
    const unasked = (q: Question) => !asked.has(sentenceOf(q))
    const fresh = (q: Question) => !usedFormats.has(q.format)
    const next =
      inCat.find((q) => fresh(q) && unasked(q)) ??
      inCat.find(fresh) ??
      inCat.find(unasked) ??
      inCat[0]
    if (!next) break
    take(next)
  }
  return shuffle(chosen, rng).map((q) => shuffleQuestion(q, rng))
}
