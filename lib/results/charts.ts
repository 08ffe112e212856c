/** The numbers behind the charts: score distribution and category averages. Pure. */
import type { Category } from '@/lib/questions/types'
import type { CategoryAverage, DistributionBucket, SubmittedAttempt } from './types'

export const BUCKET_COUNT = 10

/**
 * Scores in ten bands of the maximum: 0–9 %, 10–19 %, … 90–100 % (a full score joins the
 * last band). Bands are taken from the exact ratio, not the rounded percent, so 89.6 % stays
 * in 80–89 %.
 */
export function scoreDistribution(
  scores: { score: number; maxScore: number }[],
): DistributionBucket[] {
  const buckets = Array.from({ length: BUCKET_COUNT }, (_, i): DistributionBucket => {
    const min = i * 10
    const max = i === BUCKET_COUNT - 1 ? 100 : min + 9
    return { label: `${min}–${max}%`, min, max, count: 0 }
  })
  for (const { score, maxScore } of scores) {
    // Multiplying before dividing keeps whole scores exact (7 of 10 → band 7, never 6.999…).
    const tenths = maxScore > 0 ? (Math.max(0, score) * 10) / maxScore : 0
    const index = Math.min(BUCKET_COUNT - 1, Math.floor(tenths + 1e-9))
    const bucket = buckets[index]
    if (bucket) bucket.count += 1
  }
  return buckets
}

/**
 * Per category, the share of that category's points the class earned (all attempts pooled,
 * so an attempt with more questions in a category weighs more), and how many attempts met it.
 */
export function categoryAverages(
  attempts: Pick<SubmittedAttempt, 'categoryScores'>[],
  categories: readonly Category[],
): CategoryAverage[] {
  return categories.map((category) => {
    let earned = 0
    let possible = 0
    let met = 0
    for (const a of attempts) {
      const c = a.categoryScores.find((s) => s.category === category)
      if (!c || c.possible <= 0) continue
      earned += c.earned
      possible += c.possible
      met += 1
    }
    const percent = possible === 0 ? 0 : Math.round((earned / possible) * 100)
    return { category, earned: Math.round(earned * 100) / 100, possible, percent, attempts: met }
  })
}

/** The class average as a percent of each attempt's maximum (each attempt weighs the same). */
export function averagePercent(scores: { score: number; maxScore: number }[]): number {
  const ratios = scores.filter((s) => s.maxScore > 0).map((s) => s.score / s.maxScore)
  if (ratios.length === 0) return 0
  return Math.round((ratios.reduce((a, b) => a + b, 0) / ratios.length) * 100)
}
