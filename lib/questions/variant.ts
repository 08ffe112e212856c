/**
 * Draws a quiz variant from a pool with a seed: balanced across categories, every
 * format used where the pool allows, never two questions on the same fact (questions
 * sharing the evidence span they ask about), options shuffled reproducibly. An order question is never
 * shown in its correct order; the correct option's position is uniform across seeds.
 */
import { createRng, shuffle } from './hash'
import type { Category, Format, Question, QuestionPool } from './types'

export type DrawOptions = {
  seed: string
  count: number
  categories?: Category[]
  formats?: Format[]
}

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
      let items = shuffle(q.items, rng)
      while (items.every((it, i) => it.id === correct[i])) items = shuffle(q.items, rng)
      return { ...q, items }
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
  const ranked = eligible
    .map((q) => ({ q, score: q.quality + rng() * 0.15 }))
    .sort((a, b) => b.score - a.score)
    .map((x) => x.q)
  const categories = [...new Set(ranked.map((q) => q.category))]
  const chosen: Question[] = []
  const used = new Set<string>()
  const usedFormats = new Set<Format>()
  const count = Math.max(0, Math.min(opts.count, ranked.length))
  const take = (q: Question) => {
    chosen.push(q)
    for (const s of spans(q)) used.add(s)
    usedFormats.add(q.format)
  }
  const free = (q: Question) => !chosen.includes(q) && spans(q).every((s) => !used.has(s))
  let turn = 0
  while (chosen.length < count) {
    const counts = new Map(
      categories.map((c) => [c, chosen.filter((q) => q.category === c).length]),
    )
    const open = categories.filter((c) => ranked.some((q) => q.category === c && free(q)))
    if (open.length === 0) break
    const least = Math.min(...open.map((c) => counts.get(c) ?? 0))
    const cat =
      open.filter((c) => (counts.get(c) ?? 0) === least)[
        turn % open.filter((c) => (counts.get(c) ?? 0) === least).length
      ] ?? open[0]
    turn += 1
    const inCat = ranked.filter((q) => q.category === cat && free(q))
    const next = inCat.find((q) => !usedFormats.has(q.format)) ?? inCat[0]
    if (!next) break
    take(next)
  }
  return shuffle(chosen, rng).map((q) => shuffleQuestion(q, rng))
}
