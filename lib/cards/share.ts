/**
 * What a share link may show: the headline, the score and its breakdown, the date, and the
 * learner's name only if they chose to show it. Nothing that would spoil the quiz.
 */
import 'server-only'
import { createHash } from 'node:crypto'
import type { ArticleMeta } from '@/lib/content/schema'
import type { Db } from '@/lib/db'
import { type AttemptRow, getSharedAttempt } from '@/lib/db/queries/attempts'
import { getEnv } from '@/lib/env'
import { formatIsoDate } from '@/lib/format'
import { CARD_VERSION, type CardData } from './card'

export type SharedResult = {
  shareId: string
  card: CardData
  /** Changes whenever the card's pixels would: the ETag, and the image URL's version. */
  etag: string
  showName: boolean
  displayName: string | null
  pageUrl: string
  cardUrl: string
  /** The card on this origin (cardUrl without the base). */
  cardPath: string
}

type ShareableAttempt = Pick<
  AttemptRow,
  | 'shareId'
  | 'score'
  | 'maxScore'
  | 'categoryScores'
  | 'displayName'
  | 'showName'
  | 'sharingAllowed'
  | 'submittedAt'
>

/** The share view of an attempt, or null while it is unsubmitted or sharing is switched off. */
export function describeShare(attempt: ShareableAttempt, meta: ArticleMeta): SharedResult | null {
  if (!attempt.submittedAt || !attempt.sharingAllowed || attempt.score === null) return null
  const card: CardData = {
    title: meta.title,
    score: attempt.score,
    maxScore: attempt.maxScore,
    categories: attempt.categoryScores ?? [],
    name: attempt.showName ? attempt.displayName : null,
    date: formatIsoDate(attempt.submittedAt.toISOString()),
  }
  const etag = createHash('sha256')
    // Field by field, in a fixed order: JSONB does not keep the key order it was given.
    .update(
      JSON.stringify([
        CARD_VERSION,
        attempt.shareId,
        card.title,
        card.score,
        card.maxScore,
        card.categories.map((c) => [c.category, c.earned, c.possible]),
        card.name,
        card.date,
      ]),
    )
    .digest('base64url')
    .slice(0, 16)
  const base = getEnv().PUBLIC_BASE_URL.replace(/\/$/, '')
  const cardPath = `/r/${attempt.shareId}/card.png?v=${etag}`
  return {
    shareId: attempt.shareId,
    card,
    etag,
    showName: attempt.showName,
    displayName: attempt.displayName,
    pageUrl: `${base}/r/${attempt.shareId}`,
    cardUrl: `${base}${cardPath}`,
    cardPath,
  }
}

export type SharedPage = SharedResult & {
  /** Where a reader can take the same quiz: built-in modules only (a teacher's module lives in a class). */
  quizPath: string | null
}

export async function getSharedResult(db: Db, shareId: string): Promise<SharedPage | null> {
  const row = await getSharedAttempt(db, shareId)
  const shared = row && describeShare(row.attempt, row.meta)
  if (!row || !shared) return null
  return { ...shared, quizPath: row.ownerId === null ? `/read/${row.slug}` : null }
}
