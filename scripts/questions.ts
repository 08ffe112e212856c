/**
 * Prints the question pool for any article on disk.
 *   npm run questions -- <path.md> [--json]
 *   npm run questions -- <path.txt> --title "…" --published-at YYYY-MM-DD [--source "…"] [--json]
 * Or a report over every article below a folder, one row each and a summary line:
 *   npm run questions -- --report <folder> [--json | --markdown]
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import {
  ArticleError,
  articleMetaSchema,
  buildArticleDoc,
  parseArticle,
  plainTextToMarkdown,
} from '@/lib/content'
import { checkPool, generateQuestionPool, type Question } from '@/lib/questions'
import { readCorpus, slugOf } from './report/corpus'
import { formatMarkdown, formatSummary, formatTable } from './report/format'
import { measureArticle, summarise } from './report/measure'

const reportArgsSchema = z
  .object({
    mode: z.literal('report'),
    folder: z.string().min(1, '--report needs a folder'),
    json: z.boolean(),
    markdown: z.boolean(),
  })
  .refine((a) => !(a.json && a.markdown), { message: 'choose one of --json and --markdown' })

const argsSchema = z
  .object({
    mode: z.literal('article'),
    file: z.string().min(1, 'give the path of an article (.md with front matter, or .txt)'),
    json: z.boolean(),
    title: z.string().trim().min(3).optional(),
    publishedAt: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, '--published-at must be YYYY-MM-DD')
      .optional(),
    source: z.string().trim().min(1).optional(),
  })
  .refine((a) => !a.file.endsWith('.txt') || (a.title && a.publishedAt), {
    message: 'a .txt article needs --title "…" and --published-at YYYY-MM-DD',
  })

function fail(message: string): never {
  console.error(`questions: ${message}`)
  process.exit(1)
}

function readArgs() {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        report: { type: 'string' },
        markdown: { type: 'boolean', default: false },
        title: { type: 'string' },
        'published-at': { type: 'string' },
        source: { type: 'string' },
      },
    })
    if (values.report !== undefined) {
      if (positionals.length) fail('--report takes a folder, not an article path as well')
      const parsed = reportArgsSchema.safeParse({
        mode: 'report',
        folder: values.report,
        json: values.json ?? false,
        markdown: values.markdown ?? false,
      })
      if (!parsed.success) fail(parsed.error.issues.map((i) => i.message).join('; '))
      return parsed.data
    }
    if (values.markdown) fail('--markdown goes with --report <folder>')
    if (positionals.length > 1) fail(`expected one path, got ${positionals.length}`)
    const parsed = argsSchema.safeParse({
      mode: 'article',
      file: positionals[0] ?? '',
      json: values.json ?? false,
      title: values.title,
      publishedAt: values['published-at'],
      source: values.source,
    })
    if (!parsed.success) fail(parsed.error.issues.map((i) => i.message).join('; '))
    return parsed.data
  } catch (err) {
    fail((err as Error).message)
  }
}

function loadDoc(args: z.infer<typeof argsSchema>) {
  let text: string
  try {
    text = readFileSync(args.file, 'utf8')
  } catch (err) {
    fail(
      `cannot read ${args.file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    )
  }
  const slug = slugOf(args.file)
  try {
    if (!args.file.endsWith('.txt')) return parseArticle(text, slug, args.file)
    const { body, source } = plainTextToMarkdown(text, [args.title ?? ''])
    const meta = articleMetaSchema.parse({
      title: args.title,
      publishedAt: args.publishedAt,
      source: args.source ?? source ?? 'Unknown',
      language: 'en',
    })
    return buildArticleDoc(slug, meta, body, args.file)
  } catch (err) {
    if (err instanceof ArticleError || err instanceof z.ZodError) fail(err.message)
    throw err
  }
}

function formatQuestion(q: Question): string[] {
  const mark = (id: string) => ('optionId' in q.key && q.key.optionId === id ? '✔' : ' ')
  const lines = [`[${q.quality.toFixed(2)}] ${q.category} · ${q.format} · ${q.id}`, `  ${q.prompt}`]
  if (q.format === 'true-false') lines.push(`  “${q.statement}”`)
  if (q.format === 'cloze') lines.push(`  ${q.before}_____${q.after}`)
  if (q.format === 'single' || q.format === 'cloze' || q.format === 'true-false')
    for (const o of q.options) lines.push(`   ${mark(o.id)} ${o.text}`)
  if (q.format === 'match' && q.key.format === 'match') {
    const pairs = q.key.pairs
    for (const l of q.left)
      lines.push(`    ${l.text} → ${q.right.find((r) => r.id === pairs[l.id])?.text}`)
  }
  if (q.format === 'order' && q.key.format === 'order')
    for (const [i, id] of q.key.order.entries())
      lines.push(`    ${i + 1}. ${q.items.find((it) => it.id === id)?.text}`)
  lines.push(
    `  evidence: ${q.evidence.map((e) => `${e.sentenceId}[${e.start}-${e.end}]`).join(', ')}`,
  )
  return lines
}

// Piping into `head` closes stdout early: that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0)
  throw err
})

function printReport(args: z.infer<typeof reportArgsSchema>) {
  let corpus: ReturnType<typeof readCorpus>
  try {
    corpus = readCorpus(args.folder)
  } catch (err) {
    fail(
      `cannot read ${args.folder}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    )
  }
  for (const s of corpus.skipped) console.error(`questions: skipped ${s.file}: ${s.reason}`)
  if (!corpus.articles.length) fail(`no articles (*.md) under ${args.folder}`)
  const rows = corpus.articles.map((a) => measureArticle(a.article, a.doc, a.gold))
  const summary = summarise(rows)
  if (args.json) console.log(JSON.stringify({ rows, summary }, null, 2))
  else if (args.markdown) console.log(`${formatMarkdown(rows)}\n\n${formatSummary(summary)}`)
  else console.log(`${formatTable(rows)}\n\n${formatSummary(summary)}`)
}

function printArticle(args: z.infer<typeof argsSchema>) {
  const doc = loadDoc(args)
  const pool = generateQuestionPool(doc)
  const issues = checkPool(doc, pool)
  if (args.json) {
    console.log(JSON.stringify({ slug: doc.slug, ...pool, issues }, null, 2))
    return
  }
  console.log(
    `${doc.meta.title} (${doc.meta.publishedAt}) — ${pool.questions.length} questions, ${issues.length} quality issues\n`,
  )
  for (const q of pool.questions) console.log(`${formatQuestion(q).join('\n')}\n`)
  for (const i of issues) console.log(`! ${i.code} ${i.questionId}: ${i.message}`)
}

const args = readArgs()
if (args.mode === 'report') printReport(args)
else printArticle(args)
