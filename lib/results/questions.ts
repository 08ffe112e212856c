/**
 * Per-question statistics over submitted attempts: how many received each question, the
 * correct rate, the hardest questions, and the wrong answer chosen most often. Pure.
 */
import type { Answer, Outcome } from '@/lib/grading'
import type { Question } from '@/lib/questions/types'
import { describeAnswer } from '@/lib/quiz/feedback'
import type { QuestionStat, SubmittedAttempt, WrongAnswer } from './types'

/** Code-point order: the same on every machine and locale. */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Typed answers differing only in case or spacing are the same wrong answer. */
export const wrongAnswerKey = (text: string) =>
  text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en')

/**
 * The wrong answer given most often. Ties go to the answer whose key sorts first (code
 * points), and a group shows its most frequent spelling (again the first in code points on a tie).
 */
export function mostChosenWrong(texts: string[]): WrongAnswer | null {
  const groups = new Map<string, Map<string, number>>()
  for (const text of texts) {
    const key = wrongAnswerKey(text)
    if (!key) continue
    const spellings = groups.get(key) ?? new Map<string, number>()
    spellings.set(text, (spellings.get(text) ?? 0) + 1)
    groups.set(key, spellings)
  }
  let best: { key: string; count: number; spellings: Map<string, number> } | null = null
  for (const [key, spellings] of groups) {
    let count = 0
    for (const n of spellings.values()) count += n
    if (!best || count > best.count || (count === best.count && compareText(key, best.key) < 0))
      best = { key, count, spellings }
  }
  if (!best) return null
  const [text] = [...best.spellings.entries()].sort(
    (a, b) => b[1] - a[1] || compareText(a[0], b[0]),
  )[0] ?? ['']
  return { text, count: best.count }
}

export const HARDEST_LIMIT = 3
/** A question is only "hard" when fewer than this share of the class got it fully right. */
export const HARDEST_BELOW = 0.6

/**
 * Marks the hardest questions: the (up to) HARDEST_LIMIT lowest correct rates below
 * HARDEST_BELOW, lower mean credit first on equal rates. Questions tied with the last one
 * flagged are flagged too, so the choice never depends on pool order.
 */
export function flagHardest<
  T extends Pick<QuestionStat, 'correctRate' | 'meanCredit' | 'received'>,
>(stats: T[], limit = HARDEST_LIMIT, below = HARDEST_BELOW): (T & { hardest: boolean })[] {
  const ranked = stats
    .filter((s) => s.received > 0 && s.correctRate < below)
    .sort((a, b) => a.correctRate - b.correctRate || a.meanCredit - b.meanCredit)
  const last = ranked[limit - 1]
  const flagged = new Set(
    ranked.filter(
      (s, i) =>
        i < limit ||
        (last !== undefined &&
          s.correctRate === last.correctRate &&
          s.meanCredit === last.meanCredit),
    ),
  )
  return stats.map((s) => ({ ...s, hardest: flagged.has(s) }))
}

type Tally = { outcomes: Outcome[]; wrong: string[] }

/** The text a prompt such as "True or false?" needs beside it to make sense. */
export function questionDetail(q: Question): string | null {
  if (q.format === 'true-false') return q.statement
  if (q.format === 'cloze') return `${q.before}_____${q.after}`
  return null
}

const isWrong = (o: Outcome) => o.status === 'incorrect' || o.status === 'partial'

/** Statistics for every pool question at least one submitted attempt received, in pool order. */
export function questionStats(pool: Question[], attempts: SubmittedAttempt[]): QuestionStat[] {
  const byId = new Map(pool.map((q) => [q.id, q]))
  const tallies = new Map<string, Tally>()
  for (const attempt of attempts) {
    for (const outcome of attempt.outcomes) {
      const q = byId.get(outcome.questionId)
      if (!q) continue
      const tally = tallies.get(q.id) ?? { outcomes: [], wrong: [] }
      tally.outcomes.push(outcome)
      const answer: Answer | undefined = attempt.answers[q.id]
      const text = isWrong(outcome) ? describeAnswer(q, answer) : null
      if (text) tally.wrong.push(text)
      tallies.set(q.id, tally)
    }
  }
  const stats = pool.flatMap((q) => {
    const tally = tallies.get(q.id)
    if (!tally) return []
    const received = tally.outcomes.length
    const count = (status: Outcome['status']) =>
      tally.outcomes.filter((o) => o.status === status).length
    const correct = count('correct')
    const credit = tally.outcomes.reduce((sum, o) => sum + o.credit, 0)
    return [
      {
        questionId: q.id,
        category: q.category,
        format: q.format,
        prompt: q.prompt,
        detail: questionDetail(q),
        received,
        correct,
        partial: count('partial'),
        incorrect: count('incorrect'),
        unanswered: count('unanswered'),
        correctRate: correct / received,
        meanCredit: credit / received,
        mostChosenWrong: mostChosenWrong(tally.wrong),
      },
    ]
  })
  return flagHardest(stats)
}
