/**
 * Reads a folder of articles for the report: every `*.md` below it (a README excepted),
 * each parsed as `parseArticle` would for content/articles, with the gold entities of a
 * `<slug>.entities.json` beside it. The one part of the report that touches the disk.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { type ArticleDoc, parseArticle } from '@/lib/content'
import { type GoldEntity, goldFileSchema } from './entities'

export type CorpusArticle = { article: string; doc: ArticleDoc; gold: GoldEntity[] | null }
export type Corpus = { articles: CorpusArticle[]; skipped: { file: string; reason: string }[] }

/** The slug the single-file mode gives a file: its base name, lower-case, hyphenated. */
export function slugOf(file: string): string {
  return (
    path
      .basename(file)
      .replace(/\.[^.]+$/, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'article'
  )
}

export function listArticleFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md') && path.basename(f).toLowerCase() !== 'readme.md')
    .map((f) => path.join(folder, f))
    .sort()
}

export function readCorpus(folder: string): Corpus {
  const corpus: Corpus = { articles: [], skipped: [] }
  for (const file of listArticleFiles(folder)) {
    const article = path.relative(folder, file).replace(/\.md$/, '').split(path.sep).join('/')
    try {
      const doc = parseArticle(readFileSync(file, 'utf8'), slugOf(file), file)
      const goldFile = file.replace(/\.md$/, '.entities.json')
      const gold = existsSync(goldFile)
        ? goldFileSchema.parse(JSON.parse(readFileSync(goldFile, 'utf8'))).named_entities
        : null
      corpus.articles.push({ article, doc, gold })
    } catch (err) {
      corpus.skipped.push({ file, reason: (err as Error).message })
    }
  }
  return corpus
}
