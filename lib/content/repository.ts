/**
 * The built-in articles under content/articles: read once per process (they are
 * files shipped with the app), validated, parsed and sorted newest first.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArticle } from './parse'
import { slugSchema } from './schema'
import type { ArticleDoc } from './types'

export const ARTICLES_DIR = path.join(process.cwd(), 'content', 'articles')

export function loadArticlesFrom(dir: string): ArticleDoc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((file) => {
      const slug = file.replace(/\.md$/, '')
      const parsedSlug = slugSchema.safeParse(slug)
      if (!parsedSlug.success) {
        throw new Error(
          `${file}: file name ${parsedSlug.error.issues[0]?.message ?? 'is not a valid slug'}`,
        )
      }
      return parseArticle(readFileSync(path.join(dir, file), 'utf8'), slug, path.join(dir, file))
    })
    .sort(
      (a, b) =>
        b.meta.publishedAt.localeCompare(a.meta.publishedAt) || a.slug.localeCompare(b.slug),
    )
}

let cache: ArticleDoc[] | undefined

export function listArticles(): ArticleDoc[] {
  cache ??= loadArticlesFrom(ARTICLES_DIR)
  return cache
}

export function getArticle(slug: string): ArticleDoc | undefined {
  return listArticles().find((a) => a.slug === slug)
}
