/**
 * describeShare: what a share link may show. Null unless the attempt is submitted and sharing
 * is allowed; the name only when the learner chose to show it; an ETag that follows the
 * card's pixels; absolute URLs on the public base URL.
 */
import { describe, expect, test, vi } from 'vitest'

vi.hoisted(() => {
  // Read once by lib/env on first use: set before anything imports it.
  process.env.PUBLIC_BASE_URL = 'https://lede.example/'
})

import { CARD_VERSION } from '@/lib/cards/card'
import { describeShare } from '@/lib/cards/share'
import type { ArticleMeta } from '@/lib/content/schema'

const meta: ArticleMeta = {
  title: 'US President Biden, Iraqi PM discuss flurry of rocket attacks',
  source: 'News Agencies',
  publishedAt: '2021-02-24',
  language: 'en',
}
const SHARE_ID = 'AbCdEfGhIjKlMnOpQrStUv_-'

const attempt = {
  shareId: SHARE_ID,
  score: 7.5,
  maxScore: 10,
  categoryScores: [
    { category: 'actor' as const, earned: 3, possible: 4 },
    { category: 'date' as const, earned: 2.5, possible: 3 },
    { category: 'position' as const, earned: 2, possible: 3 },
  ],
  displayName: 'Zoë',
  showName: false,
  sharingAllowed: true,
  submittedAt: new Date('2026-03-05T23:30:00Z'),
}

describe('describeShare', () => {
  test('describes a submitted attempt: card data from the stored attempt, URLs on the base URL', () => {
    const shared = describeShare(attempt, meta)
    expect(shared).not.toBeNull()
    expect(shared?.card).toEqual({
      title: meta.title,
      score: 7.5,
      maxScore: 10,
      categories: attempt.categoryScores,
      name: null,
      date: '5 March 2026',
    })
    expect(shared?.etag).toMatch(/^[A-Za-z0-9_-]{16}$/)
    expect(shared?.pageUrl).toBe(`https://lede.example/r/${SHARE_ID}`)
    expect(shared?.cardUrl).toBe(`https://lede.example/r/${SHARE_ID}/card.png?v=${shared?.etag}`)
    expect(shared?.cardPath).toBe(`/r/${SHARE_ID}/card.png?v=${shared?.etag}`)
    expect(CARD_VERSION).toBeGreaterThanOrEqual(1)
  })

  test('is null while unsubmitted, without a score, or when sharing is switched off', () => {
    expect(describeShare({ ...attempt, submittedAt: null }, meta)).toBeNull()
    expect(describeShare({ ...attempt, score: null }, meta)).toBeNull()
    expect(describeShare({ ...attempt, sharingAllowed: false }, meta)).toBeNull()
  })

  test('hides the stored name unless the learner chose to show it', () => {
    const hidden = describeShare({ ...attempt, showName: false }, meta)
    expect(hidden?.card.name).toBeNull()
    // The card data, the URLs and the ETag carry no trace of the hidden name.
    const { displayName: _private, ...rest } = hidden ?? {}
    expect(JSON.stringify(rest)).not.toContain('Zoë')

    const shown = describeShare({ ...attempt, showName: true }, meta)
    expect(shown?.card.name).toBe('Zoë')
  })

  test('a hidden name does not change the ETag: hiding any name gives the anonymous card', () => {
    const a = describeShare({ ...attempt, displayName: 'Zoë' }, meta)
    const b = describeShare({ ...attempt, displayName: 'Someone else' }, meta)
    const c = describeShare({ ...attempt, displayName: null }, meta)
    expect(a?.etag).toBe(b?.etag)
    expect(a?.etag).toBe(c?.etag)
  })

  test('the ETag changes whenever the card would', () => {
    const base = describeShare(attempt, meta)?.etag
    const variants = [
      describeShare({ ...attempt, showName: true }, meta),
      describeShare({ ...attempt, showName: true, displayName: 'Ñuño' }, meta),
      describeShare({ ...attempt, score: 8 }, meta),
      describeShare({ ...attempt, maxScore: 12 }, meta),
      describeShare(
        { ...attempt, categoryScores: [{ category: 'actor', earned: 4, possible: 4 }] },
        meta,
      ),
      describeShare({ ...attempt, submittedAt: new Date('2026-03-07T12:00:00Z') }, meta),
      describeShare(attempt, { ...meta, title: 'Another headline' }),
      describeShare({ ...attempt, shareId: 'ZZZZZZZZZZZZZZZZZZZZZZZZ' }, meta),
    ].map((s) => s?.etag)
    expect(new Set([base, ...variants]).size).toBe(variants.length + 1)
  })

  test('the ETag does not depend on the key order of the stored JSON', () => {
    // PostgreSQL jsonb hands objects back with keys sorted by length ({earned, category,
    // possible}); freshly graded objects are {category, earned, possible}. Same card, same tag.
    const reordered = attempt.categoryScores.map(({ category, earned, possible }) => ({
      earned,
      category,
      possible,
    }))
    const a = describeShare(attempt, meta)
    const b = describeShare({ ...attempt, categoryScores: reordered }, meta)
    expect(b?.card).toEqual(a?.card)
    expect(b?.etag).toBe(a?.etag)
  })

  test('the same stored attempt always gets the same ETag', () => {
    const a = describeShare(attempt, meta)
    const b = describeShare(structuredClone(attempt), { ...meta })
    expect(b?.etag).toBe(a?.etag)
    expect(b?.cardUrl).toBe(a?.cardUrl)
  })

  test('nothing a share shows includes the article body or a question', () => {
    const shared = describeShare({ ...attempt, showName: true }, meta)
    expect(Object.keys(shared ?? {}).sort()).toEqual(
      [
        'cardPath',
        'cardUrl',
        'card',
        'displayName',
        'etag',
        'pageUrl',
        'shareId',
        'showName',
      ].sort(),
    )
    expect(Object.keys(shared?.card ?? {}).sort()).toEqual(
      ['categories', 'date', 'maxScore', 'name', 'score', 'title'].sort(),
    )
  })
})
