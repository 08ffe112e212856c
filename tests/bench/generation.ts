/**
 * Benchmark: warm generation time for the first article and for a 20× longer article
 * (its paragraphs repeated with varied names and dates). Run: npx tsx tests/bench/generation.ts
 * "Warm" is the process (model loaded, code compiled), never the article: each run gets a
 * freshly parsed copy, so nothing cached for one article version (its annotation, its
 * extraction) is counted as free.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { type ArticleDoc, parseArticle } from '@/lib/content'
import { generateQuestionPool } from '@/lib/questions'

export type Row = {
  name: string
  words: number
  medianMs: number
  usPerWord: number
  ratio: number | null
  target: string
  ok: boolean
}

const FIRST = path.join(
  import.meta.dirname,
  '../../content/articles/biden-al-kadhimi-rocket-attacks.md',
)

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] ?? 0
}

function timeIt(make: () => ArticleDoc, runs: number): number {
  for (let i = 0; i < 5; i++) generateQuestionPool(make())
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const doc = make()
    const t = performance.now()
    generateQuestionPool(doc)
    times.push(performance.now() - t)
  }
  return median(times)
}

/** The first article's body 20 times, each copy with its numbers and weekdays varied. */
function makeLongArticle(source: string): string {
  const [, front = '', body = ''] = /^(---[\s\S]*?---\n)([\s\S]*)$/.exec(source) ?? []
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']
  const copies = Array.from({ length: 20 }, (_, i) =>
    body
      .replace(/\b(Monday|Tuesday)\b/g, (d) => days[(days.indexOf(d) + i) % 5] ?? d)
      .replace(/\b2018\b/g, String(2000 + i)),
  )
  return front + copies.join('\n\n')
}

export async function runGenerationBench(): Promise<Row[]> {
  const source = readFileSync(FIRST, 'utf8')
  const small = parseArticle(source, 'first')
  const large = parseArticle(makeLongArticle(source), 'first-x20') // for its word count
  const longSource = makeLongArticle(source)
  const a = timeIt(() => parseArticle(source, 'first'), 60)
  const b = timeIt(() => parseArticle(longSource, 'first-x20'), 10)
  const ratio = b / a
  return [
    {
      name: 'first article',
      words: small.wordCount,
      medianMs: a,
      usPerWord: (a * 1000) / small.wordCount,
      ratio: null,
      target: '< 30 ms',
      ok: a < 30,
    },
    {
      name: 'first article ×20',
      words: large.wordCount,
      medianMs: b,
      usPerWord: (b * 1000) / large.wordCount,
      ratio,
      target: '≤ 25× time',
      ok: ratio <= 25,
    },
  ]
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await runGenerationBench()
  console.table(
    rows.map((r) => ({
      ...r,
      medianMs: r.medianMs.toFixed(2),
      usPerWord: r.usPerWord.toFixed(1),
      ratio: r.ratio?.toFixed(1) ?? '',
    })),
  )
}
