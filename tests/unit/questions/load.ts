/** Test helpers: read articles from disk (lib/questions itself never touches the filesystem). */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { type ArticleDoc, parseArticle } from '@/lib/content'

export const ROOT = path.join(import.meta.dirname, '../../..')
export const CONTENT_DIR = path.join(ROOT, 'content/articles')
export const FIXTURE_DIR = path.join(ROOT, 'tests/fixtures/articles')

export function loadArticle(file: string): ArticleDoc {
  const slug = path.basename(file, '.md')
  return parseArticle(readFileSync(file, 'utf8'), slug, file)
}

export function articleFiles(): string[] {
  const list = (dir: string) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => path.join(dir, f))
  return [...list(CONTENT_DIR), ...list(FIXTURE_DIR)]
}

export function findArticle(slug: string): string {
  const file = articleFiles().find((f) => path.basename(f, '.md') === slug)
  if (!file) throw new Error(`no article named ${slug}`)
  return file
}

export const FIRST = path.join(CONTENT_DIR, 'biden-al-kadhimi-rocket-attacks.md')

/** A tiny article from body text, for table tests. */
export function docFrom(body: string, publishedAt = '2021-02-24'): ArticleDoc {
  return parseArticle(
    `---\ntitle: "Test article"\nsource: Test\npublishedAt: ${publishedAt}\nlanguage: en\n---\n\n${body}\n`,
    'test',
  )
}
