/**
 * Renders a card to PNG with @vercel/og as Next ships it (`next/og`: @vercel/og 1.0.1 with
 * the Satori that escapes its SVG, GHSA-vcvr-r3jv-pc5j; the standalone 0.11.1 does not, and
 * the fixed standalone release needs Node 22). Offline: the shipped Source Serif 4 fonts are
 * read from disk once, and text is limited to what those fonts can draw, because @vercel/og
 * would otherwise try to download a fallback font (or an emoji) and fail without a network.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ImageResponse } from 'next/og'
import { createElement } from 'react'
import { CARD_HEIGHT, CARD_WIDTH, type CardData, ResultCard } from './card'

const FONT_DIR = path.join(process.cwd(), 'public', 'fonts')

type Font = { name: string; data: ArrayBuffer; weight: 400 | 700; style: 'normal' }
let fonts: Promise<Font[]> | undefined

function loadFonts(): Promise<Font[]> {
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => {
      const file = await readFile(path.join(FONT_DIR, `source-serif-4-latin-${weight}-normal.woff`))
      const data = file.buffer.slice(
        file.byteOffset,
        file.byteOffset + file.byteLength,
      ) as ArrayBuffer
      return { name: 'Source Serif', data, weight, style: 'normal' as const }
    }),
  ).catch((err) => {
    fonts = undefined
    throw err
  })
  return fonts
}

// Exactly the code points both shipped card fonts draw (their cmap tables). Anything else
// would make @vercel/og fetch a fallback font from the network.
const UNDRAWABLE_CHARS =
  '[^\\u0020-\\u007e\\u00a0-\\u00ff\\u0131\\u0152\\u0153\\u02bb\\u02bc\\u02c6\\u02da\\u02dc\\u2013\\u2014\\u2018-\\u201a\\u201c-\\u201e\\u2022\\u2026\\u2032\\u2033\\u2039\\u203a\\u2044\\u20ac\\u2122\\u2191\\u2193\\u2212\\u2215]'
const UNDRAWABLE_ALL = new RegExp(UNDRAWABLE_CHARS, 'gu')
const UNDRAWABLE = new RegExp(UNDRAWABLE_CHARS, 'u')

// Common characters the font lacks, and what to draw instead.
const SUBSTITUTES: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '–',
  '\u2015': '—',
  '\u2016': '|',
  '\u201b': '‘',
  '\u201f': '“',
  '\u2024': '.',
  '\u2025': '..',
  '\u2027': '·',
  '\u2043': '-',
}

/** Replaces what the shipped font cannot draw: accents are kept where a base letter exists. */
export function toDrawableText(text: string): string {
  return text
    .replace(/[\s\u200b\u2028\u2029]+/gu, ' ')
    .replace(
      /[\u2010-\u2012\u2015\u2016\u201b\u201f\u2024\u2025\u2027\u2043]/gu,
      (ch) => SUBSTITUTES[ch] ?? '',
    )
    .replace(UNDRAWABLE_ALL, (ch) => {
      const base = ch.normalize('NFKD').replace(/\p{M}+/gu, '')
      return base && !UNDRAWABLE.test(base) ? base : ''
    })
    .replace(/ {2,}/g, ' ')
    .trim()
}

export async function renderCardPng(data: CardData): Promise<ArrayBuffer> {
  const safe: CardData = {
    ...data,
    title: toDrawableText(data.title),
    name: data.name ? toDrawableText(data.name) || null : null,
  }
  const response = new ImageResponse(createElement(ResultCard, { data: safe }), {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: await loadFonts(),
  })
  return response.arrayBuffer()
}
