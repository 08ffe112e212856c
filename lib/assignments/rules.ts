/**
 * When an assignment accepts work: open (not closed by the teacher) and before its due
 * date. The messages are what a student reads. Pure.
 */
import type { AssignmentSettings } from '@/lib/db/schema'
import { AppError } from '@/lib/errors'

type Gate = { closedAt: Date | null; settings: Pick<AssignmentSettings, 'dueAt'> }

const dueFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
})

/** '2026-03-01T09:30:00.000Z' → '1 March 2026 at 09:30 UTC'. */
export function formatDueAt(iso: string): string {
  return dueFormat.format(new Date(iso)).replace(', ', ' at ')
}

export function isPastDue(assignment: Gate, now: Date): boolean {
  const due = assignment.settings.dueAt
  return due !== null && now.getTime() > Date.parse(due)
}

/** Throws a 403 when the assignment no longer accepts starts or submissions. */
export function assertAcceptingWork(assignment: Gate, now: Date, doing: 'start' | 'submit') {
  const kept = doing === 'submit' ? ' Your answers are kept in this browser.' : ''
  if (assignment.closedAt)
    throw new AppError(
      'forbidden',
      'assignment',
      `Your teacher has closed this assignment.${kept} Ask them to reopen it.`,
    )
  const due = assignment.settings.dueAt
  if (due && isPastDue(assignment, now))
    throw new AppError(
      'forbidden',
      'assignment',
      `This assignment was due on ${formatDueAt(due)}; it no longer accepts answers.${kept}`,
    )
}

export function attemptsUsedMessage(max: number): string {
  return max === 1 ? 'You have used your one attempt.' : `You have used all ${max} attempts.`
}
