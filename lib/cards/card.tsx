/**
 * The result card: one 1200×630 layout used by every card route. Takes plain data that
 * the route looked up on the server, never numbers from a URL. Satori lays out with
 * flexbox only, so every element with several children is `display: flex`.
 */

import { CATEGORY_LABEL, formatScore, percentOf } from '@/lib/format'
import type { CategoryScore } from '@/lib/grading'

export const CARD_WIDTH = 1200
export const CARD_HEIGHT = 630
/** Bump when the layout changes, so cached cards are not served for the new design. */
export const CARD_VERSION = 1

export type CardData = {
  title: string
  score: number
  maxScore: number
  categories: CategoryScore[]
  /** Shown only when the learner chose to show it. */
  name: string | null
  /** ISO date of the submission. */
  date: string
}

const PAPER = '#fbf8f3'
const INK = '#1c1917'
const SOFT = '#57534e'
const ACCENT = '#9a3412'
const TRACK = '#eadfd2'

// The Lede mark as an inline SVG data URI: no network, no emoji font.
const MARK = `data:image/svg+xml;base64,${Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#9a3412"/><path d="M22 14h8v30h16v7H22z" fill="#fff7ed"/></svg>',
).toString('base64')}`

export function ResultCard({ data }: { data: CardData }) {
  const title = data.title.length > 110 ? `${data.title.slice(0, 107).trimEnd()}…` : data.title
  return (
    <div
      style={{
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
        display: 'flex',
        background: PAPER,
        color: INK,
        fontFamily: 'Source Serif',
        padding: 64,
      }}
    >
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          flex: 1,
          justifyContent: 'space-between',
          paddingRight: 56,
        }}
      >
        <div style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
          {/* biome-ignore lint/performance/noImgElement: Satori draws <img>, not next/image */}
          <img src={MARK} width={56} height={56} alt="" />
          <span style={{ fontSize: 36, fontWeight: 700 }}>Lede</span>
          <span style={{ fontSize: 26, color: SOFT, marginLeft: 8 }}>reading quiz</span>
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 18 }}>
          <span style={{ fontSize: 26, color: SOFT }}>
            {data.name ? `${data.name} read` : 'I read'}
          </span>
          <span style={{ fontSize: 52, fontWeight: 700, lineHeight: 1.12 }}>{title}</span>
        </div>
        <span style={{ fontSize: 24, color: SOFT }}>{data.date}</span>
      </div>
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          width: 400,
          justifyContent: 'center',
          gap: 28,
          borderLeft: `3px solid ${TRACK}`,
          paddingLeft: 56,
        }}
      >
        <div style={{ display: 'flex', alignItems: 'baseline', gap: 12 }}>
          <span style={{ fontSize: 150, fontWeight: 700, color: ACCENT, lineHeight: 1 }}>
            {formatScore(data.score)}
          </span>
          <span style={{ fontSize: 56, color: SOFT }}>/ {data.maxScore}</span>
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 18 }}>
          {data.categories.map((c) => (
            <div key={c.category} style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
              <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 26 }}>
                <span>{CATEGORY_LABEL[c.category] ?? c.category}</span>
                <span style={{ color: SOFT }}>
                  {formatScore(c.earned)} / {c.possible}
                </span>
              </div>
              <div style={{ display: 'flex', height: 14, borderRadius: 7, background: TRACK }}>
                <div
                  style={{
                    display: 'flex',
                    width: `${percentOf(c.earned, c.possible)}%`,
                    height: 14,
                    borderRadius: 7,
                    background: ACCENT,
                  }}
                />
              </div>
            </div>
          ))}
        </div>
      </div>
    </div>
  )
}
