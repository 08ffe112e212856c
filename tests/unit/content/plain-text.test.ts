import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { parseArticle, parseBody, plainTextToMarkdown } from '@/lib/content'
import { ARTICLES_DIR } from '@/lib/content/repository'

const seed = readFileSync(
  new URL('../../fixtures/seed/000_14ad92bc51c11419.txt', import.meta.url),
  'utf8',
)
const lines = seed.split('\n').filter((l) => l.trim())

test('the seed as plain text converts to the same blocks as the hand-made Markdown', () => {
  const { body, source } = plainTextToMarkdown(seed, [lines[0] ?? '', lines[1] ?? ''])
  expect(source).toBe('News Agencies')
  const markdown = readFileSync(`${ARTICLES_DIR}/biden-al-kadhimi-rocket-attacks.md`, 'utf8')
  expect(parseBody(body)).toEqual(parseArticle(markdown, 'x').blocks)
})

test('a caption with a credit becomes a figure; a short unpunctuated line before text becomes a heading', () => {
  const { body } = plainTextToMarkdown(
    'Lead paragraph here.\n\nA photo of the court [Jane Doe/AP]\n\nVerdict day\n\nThe jury returned after two days.',
  )
  expect(parseBody(body).map((b) => b.kind)).toEqual([
    'paragraph',
    'figure',
    'heading',
    'paragraph',
  ])
})

test('a final line that is not a source stays body text', () => {
  const { body, source } = plainTextToMarkdown('One paragraph.\n\nThe source said so.')
  expect(source).toBeNull()
  expect(parseBody(body)).toHaveLength(2)
})
