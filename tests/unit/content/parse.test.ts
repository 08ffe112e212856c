import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { ArticleError, parseArticle } from '@/lib/content'
import { ARTICLES_DIR, loadArticlesFrom } from '@/lib/content/repository'

const SLUG = 'biden-al-kadhimi-rocket-attacks'
const source = readFileSync(`${ARTICLES_DIR}/${SLUG}.md`, 'utf8')
const seed = readFileSync(
  new URL('../../fixtures/seed/000_14ad92bc51c11419.txt', import.meta.url),
  'utf8',
)

const FRONT = `---
title: Council approves new budget
source: Example News
publishedAt: 2024-03-05
language: en
---
`

describe('the first article', () => {
  const doc = parseArticle(source, SLUG)

  test('front matter is validated into meta', () => {
    expect(doc.meta).toEqual({
      title: 'US President Biden, Iraqi PM discuss flurry of rocket attacks',
      standfirst:
        'Iraqi PM and US president say those responsible for recent rocket attacks should be ‘held fully to account’.',
      source: 'News Agencies',
      publishedAt: '2021-02-24',
      timezone: 'Asia/Baghdad',
      language: 'en',
    })
  })

  test('captions and credits are figures, subheadings are headings, neither is body text', () => {
    const figures = doc.blocks.filter((b) => b.kind === 'figure')
    expect(figures).toEqual([
      {
        kind: 'figure',
        id: 'f1',
        caption:
          'People stand next to a roof damaged after a rocket attack on US.-led forces near Erbil International Airport',
        credit: 'File: Azad Lashkari/Reuters',
      },
      {
        kind: 'figure',
        id: 'f2',
        caption:
          'An Iraqi security officer stands guard next to the ‘Arch of Victory’ memorial in the Green Zone of Baghdad',
        credit: 'Khalid al-Mousily/Reuters',
      },
    ])
    expect(
      doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.kind === 'heading' && b.text),
    ).toEqual(['‘Same style of attacks’', 'Green Zone'])
    const body = doc.paragraphs.map((p) => p.text).join('\n')
    for (const notBody of [
      'Azad Lashkari',
      'Arch of Victory',
      'Source: News Agencies',
      'Same style of attacks',
    ]) {
      expect(body).not.toContain(notBody)
    }
  })

  test('every body paragraph of the seed is a paragraph, in order', () => {
    expect(doc.paragraphs).toHaveLength(28)
    expect(doc.paragraphs[0]?.text).toMatch(
      /^US President Joe Biden and Iraqi Prime Minister Mustafa al-Kadhimi/,
    )
    expect(doc.paragraphs.at(-1)?.text).toMatch(/haven’t heard yet from the new administration\.”$/)
    for (const p of doc.paragraphs) expect(seed).toContain(p.text)
  })

  test('sentences have stable ids and exact offsets', () => {
    const p17 = doc.paragraphs.find((p) => p.id === 'p17')
    expect(p17?.sentences.map((s) => s.id)).toEqual(['p17.s1', 'p17.s2'])
    for (const p of doc.paragraphs) {
      for (const s of p.sentences) expect(p.text.slice(s.start, s.end)).toBe(s.text)
    }
  })

  test('word count, reading time and hash', () => {
    expect(doc.wordCount).toBeGreaterThan(700)
    expect(doc.wordCount).toBeLessThan(780)
    expect(doc.readingMinutes).toBe(3)
    expect(doc.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(parseArticle(source, SLUG).hash).toBe(doc.hash)
    expect(parseArticle(`${source}\n\n`, SLUG).hash).toBe(doc.hash)
    expect(parseArticle(source.replace('at least three', 'at least four'), SLUG).hash).not.toBe(
      doc.hash,
    )
  })
})

describe('validation names the file and the field', () => {
  test.each([
    ['missing front matter', 'Just text.', /^bad\.md: has no front matter/],
    [
      'missing title',
      FRONT.replace('title: Council approves new budget\n', ''),
      /^bad\.md: title is required$/,
    ],
    [
      'invalid date',
      FRONT.replace('2024-03-05', '2024-02-30'),
      /^bad\.md: publishedAt is not a real calendar date$/,
    ],
    [
      'date not ISO',
      FRONT.replace('2024-03-05', '5 March 2024'),
      /^bad\.md: publishedAt must be an ISO date/,
    ],
    [
      'other language',
      FRONT.replace('language: en', 'language: fr'),
      /^bad\.md: language must be "en"/,
    ],
    [
      'unknown field',
      FRONT.replace('language: en', 'language: en\nauthor: Someone'),
      /^bad\.md: author /,
    ],
    [
      'bad time zone',
      FRONT.replace('language: en', 'language: en\ntimezone: Mars/Base'),
      /^bad\.md: timezone is not an IANA time zone/,
    ],
    [
      'broken YAML',
      FRONT.replace('title: Council approves new budget', 'title: [unclosed'),
      /^bad\.md: has front matter that is not valid YAML/,
    ],
    ['no body', FRONT, /^bad\.md: body has no paragraphs$/],
    [
      'unclosed figure',
      `${FRONT}\nText.\n\n:::figure{credit="X"}\nA caption`,
      /^bad\.md: body has a :::figure block without a closing :::$/,
    ],
  ])('%s', (_name, text, message) => {
    expect(() => parseArticle(text, 'bad', 'bad.md')).toThrow(ArticleError)
    expect(() => parseArticle(text, 'bad', 'bad.md')).toThrow(message)
  })
})

describe('body syntax', () => {
  test('wrapped lines join into one paragraph; headings and figures split paragraphs', () => {
    const doc = parseArticle(
      `${FRONT}\nThe council met\non Tuesday.\n## Reaction\nCritics objected.\n:::figure\nA photo\n:::\nMore text.`,
      'x',
    )
    expect(doc.blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'figure',
      'paragraph',
    ])
    expect(doc.paragraphs[0]?.text).toBe('The council met on Tuesday.')
    expect(doc.blocks[3]).toEqual({ kind: 'figure', id: 'f1', caption: 'A photo', credit: null })
  })

  test('HTML in the text stays text', () => {
    const doc = parseArticle(`${FRONT}\n<script>alert(1)</script> said nobody.`, 'x')
    expect(doc.paragraphs[0]?.text).toBe('<script>alert(1)</script> said nobody.')
  })

  test('Windows line endings parse the same', () => {
    const text = `${FRONT}\nOne.\n\nTwo.`
    expect(parseArticle(text.replace(/\n/g, '\r\n'), 'x').paragraphs.map((p) => p.text)).toEqual([
      'One.',
      'Two.',
    ])
  })
})

describe('the content folder', () => {
  test('every article loads and validates', () => {
    const docs = loadArticlesFrom(ARTICLES_DIR)
    expect(docs.map((d) => d.slug)).toContain(SLUG)
  })
})
