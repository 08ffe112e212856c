/**
 * One report row per article — words, questions by category and format, the true share of
 * true/false statements, facts found and asked, entity scores — and the summary over rows.
 * Pure: the caller reads the files.
 */
import type { ArticleDoc } from '@/lib/content'
import {
  CATEGORIES,
  type Category,
  extractFacts,
  FORMATS,
  type Format,
  generateQuestionPool,
  type Question,
} from '@/lib/questions'
import { findEntities } from '@/lib/questions/nlp'
import { buildCandidates } from '@/lib/questions/pool'
import {
  type EntityKind,
  type EntityScore,
  type GoldEntity,
  poolScores,
  scoreEntities,
} from './entities'

export type ReportRow = {
  /** The article's path under the report folder, without `.md`. */
  article: string
  words: number
  questions: number
  per350: number
  categories: Record<Category, number>
  formats: Record<Format, number>
  trueFalse: { true: number; total: number }
  /** Facts other than bare actors, and those some question asks about. */
  facts: { found: number; asked: number }
  /** Present where a `.entities.json` lies beside the article. */
  entities: EntityScore | null
}

export type ReportSummary = {
  articles: number
  words: number
  medianPer350: number | null
  /** Median questions of articles of 250–450 and 550–850 words; null where there are none. */
  near350: { articles: number; median: number | null }
  near700: { articles: number; median: number | null }
  /** Articles of 200+ words with fewer than 8 questions. */
  thin: string[]
  trueFalse: { true: number; total: number }
  trueShare: number | null
  facts: { found: number; asked: number }
  entities: EntityScore | null
}

export const THIN = { minWords: 200, minQuestions: 8 } as const
const NEAR_350 = [250, 450] as const
const NEAR_700 = [550, 850] as const

const countBy = <K extends string>(keys: readonly K[], of: K[]) =>
  Object.fromEntries(keys.map((k) => [k, of.filter((x) => x === k).length])) as Record<K, number>

/** A true/false question whose keyed option reads "True". */
export function isTrueStatement(q: Question): boolean {
  if (q.format !== 'true-false' || !('optionId' in q.key)) return false
  const keyId = q.key.optionId
  return q.options.find((o) => o.id === keyId)?.text === 'True'
}

export function measureArticle(
  article: string,
  doc: ArticleDoc,
  gold: GoldEntity[] | null,
): ReportRow {
  const { questions } = generateQuestionPool(doc)
  const askedIds = new Set(buildCandidates(doc).flatMap((c) => c.factIds))
  const facts = extractFacts(doc).filter((f) => f.type !== 'actor')
  const trueFalse = questions.filter((q) => q.format === 'true-false')
  const found = findEntities(doc).map((e) => ({
    name: e.name,
    kind: e.kind as EntityKind,
    mentions: e.mentions.map((m) => m.text),
  }))
  return {
    article,
    words: doc.wordCount,
    questions: questions.length,
    per350: doc.wordCount ? (questions.length / doc.wordCount) * 350 : 0,
    categories: countBy(
      CATEGORIES,
      questions.map((q) => q.category),
    ),
    formats: countBy(
      FORMATS,
      questions.map((q) => q.format),
    ),
    trueFalse: { true: trueFalse.filter(isTrueStatement).length, total: trueFalse.length },
    facts: { found: facts.length, asked: facts.filter((f) => askedIds.has(f.id)).length },
    entities: gold ? scoreEntities(found, gold, bodyText(doc)) : null,
  }
}

/** The body the extractor reads: every paragraph (headings, captions and credits are not in it). */
const bodyText = (doc: ArticleDoc) => doc.paragraphs.map((p) => p.text).join('\n')

export function median(xs: number[]): number | null {
  if (!xs.length) return null
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2
}

const within = (n: number, [lo, hi]: readonly [number, number]) => n >= lo && n <= hi

function near(rows: ReportRow[], band: readonly [number, number]) {
  const inBand = rows.filter((r) => within(r.words, band))
  return { articles: inBand.length, median: median(inBand.map((r) => r.questions)) }
}

export function summarise(rows: ReportRow[]): ReportSummary {
  const sum = (f: (r: ReportRow) => number) => rows.reduce((n, r) => n + f(r), 0)
  const tfTotal = sum((r) => r.trueFalse.total)
  const tfTrue = sum((r) => r.trueFalse.true)
  const scored = rows.flatMap((r) => (r.entities ? [r.entities] : []))
  return {
    articles: rows.length,
    words: sum((r) => r.words),
    medianPer350: median(rows.map((r) => r.per350)),
    near350: near(rows, NEAR_350),
    near700: near(rows, NEAR_700),
    thin: rows
      .filter((r) => r.words >= THIN.minWords && r.questions < THIN.minQuestions)
      .map((r) => r.article),
    trueFalse: { true: tfTrue, total: tfTotal },
    trueShare: tfTotal ? tfTrue / tfTotal : null,
    facts: { found: sum((r) => r.facts.found), asked: sum((r) => r.facts.asked) },
    entities: scored.length ? poolScores(scored) : null,
  }
}
