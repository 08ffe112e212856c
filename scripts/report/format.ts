/** Prints report rows as an aligned text table or a Markdown table, and the summary line. */
import { CATEGORIES, FORMATS } from '@/lib/questions'
import { ENTITY_KINDS, type EntityScore, type KindScore, precisionRecall } from './entities'
import { type ReportRow, type ReportSummary, THIN } from './measure'

const ENTITY_HEAD = { person: 'person P/R', organisation: 'org P/R', place: 'place P/R' }
const FORMAT_HEAD: Record<string, string> = { 'true-false': 't/f' }

const fixed = (x: number | null, digits = 2) => (x === null ? '–' : x.toFixed(digits))
const percent = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`)

function pr(s: KindScore | undefined): string {
  if (!s) return '–'
  const { precision, recall } = precisionRecall(s)
  return `${fixed(precision)}/${fixed(recall)}`
}

const HEAD = [
  'article',
  'words',
  'qs',
  'qs/350',
  ...CATEGORIES,
  ...FORMATS.map((f) => FORMAT_HEAD[f] ?? f),
  'True',
  'facts asked',
  ...ENTITY_KINDS.map((k) => ENTITY_HEAD[k]),
]

function cells(r: ReportRow): string[] {
  return [
    r.article,
    String(r.words),
    String(r.questions),
    r.per350.toFixed(1),
    ...CATEGORIES.map((c) => String(r.categories[c])),
    ...FORMATS.map((f) => String(r.formats[f])),
    r.trueFalse.total ? `${r.trueFalse.true}/${r.trueFalse.total}` : '–',
    `${r.facts.asked}/${r.facts.found}`,
    ...ENTITY_KINDS.map((k) => pr(r.entities?.[k])),
  ]
}

export function formatTable(rows: ReportRow[]): string {
  const table = [HEAD, ...rows.map(cells)]
  const widths = HEAD.map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length)))
  return table
    .map((row) =>
      row
        .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
        .join('  '),
    )
    .join('\n')
}

export function formatMarkdown(rows: ReportRow[]): string {
  const line = (cs: string[]) => `| ${cs.join(' | ')} |`
  return [
    line(HEAD),
    line(HEAD.map((_, i) => (i === 0 ? '---' : '---:'))),
    ...rows.map((r) => line(cells(r))),
  ].join('\n')
}

function pooledEntities(e: EntityScore | null): string {
  if (!e) return 'no gold entities'
  const kinds = ENTITY_KINDS.map((k) => {
    const { precision, recall } = precisionRecall(e[k])
    return `${k} P ${fixed(precision)} R ${fixed(recall)} (${e[k].correct}/${e[k].found}, ${e[k].recalled}/${e[k].named})`
  })
  return `entities pooled: ${kinds.join(', ')}`
}

export function formatSummary(s: ReportSummary): string {
  const near = (label: string, n: ReportSummary['near350']) =>
    n.articles ? `median ${fixed(n.median, 1)} questions at ${label} words (${n.articles})` : null
  return [
    `${s.articles} articles, ${s.words} words`,
    `median ${fixed(s.medianPer350, 1)} questions per 350 words`,
    near('250–450', s.near350),
    near('550–850', s.near700),
    `${s.thin.length} of ${THIN.minWords}+ words under ${THIN.minQuestions} questions${s.thin.length ? ` (${s.thin.join(', ')})` : ''}`,
    `True share ${percent(s.trueShare)} (${s.trueFalse.true}/${s.trueFalse.total})`,
    `facts asked ${s.facts.asked}/${s.facts.found} (${percent(s.facts.found ? s.facts.asked / s.facts.found : null)})`,
    pooledEntities(s.entities),
  ]
    .filter(Boolean)
    .join(' · ')
}
