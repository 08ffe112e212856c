/**
 * The results table: one row per submitted attempt, with the categories the class met,
 * the time taken and the attempts that student used. Pure.
 */
import { CATEGORIES, type Category } from '@/lib/questions/types'
import type { ResultRow, SubmittedAttempt } from './types'

export const UNNAMED = 'Anonymous'

/** The key attempts are counted under: the student's key, or the attempt itself when it has none. */
export const studentKeyOf = (a: { id: string; studentKey: string | null }) =>
  a.studentKey ?? `attempt:${a.id}`

/** Categories that at least one submitted attempt was asked about, in the canonical order. */
export function presentCategories(attempts: Pick<SubmittedAttempt, 'categoryScores'>[]) {
  const seen = new Set<Category>()
  for (const a of attempts)
    for (const c of a.categoryScores) if (c.possible > 0) seen.add(c.category)
  return CATEGORIES.filter((c) => seen.has(c))
}

/** Whole seconds from start to submission; a clock skew never shows as negative time. */
export function durationSeconds(startedAt: Date, submittedAt: Date): number {
  return Math.max(0, Math.round((submittedAt.getTime() - startedAt.getTime()) / 1000))
}

/** 45 → '45 s', 185 → '3 min 5 s', 3720 → '1 h 2 min' (seconds dropped past an hour). */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '—'
  const s = Math.round(seconds)
  if (s < 60) return `${s} s`
  if (s < 3600) {
    const rest = s % 60
    return rest === 0 ? `${Math.floor(s / 60)} min` : `${Math.floor(s / 60)} min ${rest} s`
  }
  const hours = Math.floor(s / 3600)
  const minutes = Math.floor((s % 3600) / 60)
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`
}

/** Percent of the maximum, rounded; 0 when there is nothing to score. */
export function scorePercent(score: number, maxScore: number): number {
  return maxScore <= 0 ? 0 : Math.round((score / maxScore) * 100)
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

/** Rows sorted by name (case- and accent-insensitive), then by submission time, then id. */
export function buildResultRows(
  attempts: SubmittedAttempt[],
  attemptsUsed: ReadonlyMap<string, number>,
  categories: readonly Category[],
): ResultRow[] {
  const rows = attempts.map((a): ResultRow => {
    const cells: ResultRow['categories'] = {}
    for (const category of categories) {
      const c = a.categoryScores.find((s) => s.category === category && s.possible > 0)
      cells[category] = c ? { earned: c.earned, possible: c.possible } : null
    }
    const name = a.displayName?.trim()
    return {
      attemptId: a.id,
      name: name ? name : UNNAMED,
      score: a.score,
      maxScore: a.maxScore,
      percent: scorePercent(a.score, a.maxScore),
      categories: cells,
      durationSeconds: durationSeconds(a.startedAt, a.submittedAt),
      submittedAt: a.submittedAt,
      startedAt: a.startedAt,
      attemptsUsed: attemptsUsed.get(studentKeyOf(a)) ?? 1,
    }
  })
  return rows.sort(
    (x, y) =>
      byName.compare(x.name, y.name) ||
      x.submittedAt.getTime() - y.submittedAt.getTime() ||
      (x.attemptId < y.attemptId ? -1 : x.attemptId > y.attemptId ? 1 : 0),
  )
}
