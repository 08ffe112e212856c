/**
 * toDrawableText keeps what the shipped Source Serif 4 Latin subset can draw, and drops the
 * rest, so @vercel/og never looks for a fallback font (or an emoji) on the network.
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { toDrawableText } from '@/lib/cards/render'
import { cardFontCodePoints } from '../../fixtures/cards/font'

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`

describe('toDrawableText', () => {
  test('keeps plain Latin text as it is', () => {
    expect(toDrawableText('US President Biden, Iraqi PM discuss flurry of rocket attacks')).toBe(
      'US President Biden, Iraqi PM discuss flurry of rocket attacks',
    )
  })

  test('keeps accented letters the font has', () => {
    expect(toDrawableText('Zoë')).toBe('Zoë')
    expect(toDrawableText('Ñ')).toBe('Ñ')
    expect(toDrawableText('Ångström café, naïve façade')).toBe('Ångström café, naïve façade')
    // Decomposed input (e + combining diaeresis) still ends up drawable.
    expect(toDrawableText('Zoe\u0308')).not.toMatch(/[^\u0020-\u00ff]/u)
  })

  test('keeps curly quotes, dashes, ellipsis and the euro sign', () => {
    expect(toDrawableText('‘held fully to account’ — “yes” – no…')).toBe(
      '‘held fully to account’ — “yes” – no…',
    )
    expect(toDrawableText('€5 ™')).toBe('€5 ™')
  })

  test('maps letters outside the subset to their base letter when there is one', () => {
    expect(toDrawableText('Dvořák')).toBe('Dvorák')
    expect(toDrawableText('Ştefan')).toBe('Stefan')
    expect(toDrawableText('Nguyễn')).toBe('Nguyen')
  })

  test('removes emoji, including flags and skin tones', () => {
    expect(toDrawableText('Rocket 🚀 attacks')).toBe('Rocket attacks')
    expect(toDrawableText('🇮🇶 Iraq 👍🏽')).toBe('Iraq')
    expect(toDrawableText('🚀')).toBe('')
  })

  test('removes the joiners and selectors of emoji sequences too', () => {
    // 👩‍💻 is woman + ZERO WIDTH JOINER + laptop; ❤️ is heart + VARIATION SELECTOR-16.
    expect(toDrawableText('Coder 👩‍💻 ❤️')).toBe('Coder')
  })

  test('removes CJK, Cyrillic, Arabic and Hangul', () => {
    expect(toDrawableText('東京 Tokyo')).toBe('Tokyo')
    expect(toDrawableText('Москва Moscow')).toBe('Moscow')
    expect(toDrawableText('بغداد Baghdad')).toBe('Baghdad')
    expect(toDrawableText('서울')).toBe('')
  })

  test('collapses runs of spaces to one space and trims', () => {
    expect(toDrawableText('  Zoë   reads  ')).toBe('Zoë reads')
    expect(toDrawableText('Rocket\u00a0\u00a0attacks')).toBe('Rocket attacks')
  })

  test('turns line breaks and tabs into a space, not into nothing', () => {
    expect(toDrawableText('Rocket\nattacks')).toBe('Rocket attacks')
    expect(toDrawableText('Rocket\tattacks')).toBe('Rocket attacks')
    expect(toDrawableText('  Zoë \r\n\t reads ')).toBe('Zoë reads')
  })

  test('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const once = toDrawableText(s)
        expect(toDrawableText(once)).toBe(once)
      }),
      { numRuns: 300 },
    )
  })
})

describe('toDrawableText against the shipped fonts (their cmap tables)', () => {
  const drawable = cardFontCodePoints()

  test('the fonts are the Latin subset the code expects', () => {
    for (const ch of 'AZaz09 .,;:!?ëÑ‘’“”–—…€') {
      const cp = ch.codePointAt(0) ?? 0
      expect(drawable.has(cp), hex(cp)).toBe(true)
    }
  })

  test('every character it keeps, for any code point, is one both card fonts can draw', () => {
    const missing = new Set<string>()
    for (let cp = 0; cp <= 0x2ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue
      for (const ch of toDrawableText(`a${String.fromCodePoint(cp)}a`))
        if (!drawable.has(ch.codePointAt(0) ?? 0)) missing.add(hex(cp))
    }
    expect([...missing]).toEqual([])
  })

  test('random text comes out drawable', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
        for (const ch of toDrawableText(s)) {
          const cp = ch.codePointAt(0) ?? 0
          expect(drawable.has(cp), `${hex(cp)} kept from ${JSON.stringify(s)}`).toBe(true)
        }
      }),
      { numRuns: 500 },
    )
  })
})
