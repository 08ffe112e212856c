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
export const CARD_VERSION = 2

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

const MARK_INK = '#fff7ed'

/**
 * The Lede mark (an "L" in a rounded square) drawn with boxes rather than an image: an
 * image costs the rasteriser a nested document, a clip and a mask on every render.
 */
function Mark({ size }: { size: number }) {
  const u = size / 64
  const bar = { position: 'absolute', left: 22 * u, background: MARK_INK } as const
  return (
    <div
      style={{
        display: 'flex',
        position: 'relative',
        width: size,
        height: size,
        borderRadius: 14 * u,
        background: ACCENT,
      }}
    >
      <div style={{ ...bar, top: 14 * u, width: 8 * u, height: 37 * u }} />
      <div style={{ ...bar, top: 44 * u, width: 24 * u, height: 7 * u }} />
    </div>
  )
}

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
          <Mark size={56} />
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
      {/* A rule between the columns: a box, not a border (a border costs a clip per render). */}
      <div style={{ display: 'flex', width: 3, background: TRACK }} />
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          width: 397,
          justifyContent: 'center',
          gap: 28,
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
