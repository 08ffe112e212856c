/**
 * The results as CSV: the same columns as the results table, one row per submitted attempt.
 * Quoting and escaping are csv-stringify's; formula neutralisation is ours. Pure.
 */
import { stringify } from 'csv-stringify/sync'
import { CATEGORY_LABEL } from '@/lib/format'
import type { Category } from '@/lib/questions/types'
import type { ResultRow } from './types'

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return, which some
 * of them skip before looking) as a formula: a student named `=HYPERLINK("http://…")` must not
 * become a link or a command on the teacher's machine. Such text cells get a leading
 * apostrophe, which spreadsheets read as "this is text" (OWASP's CSV injection advice).
 * Numbers we write ourselves are never negative, so they stay numbers.
 */
export function neutraliseCell(value: string): string {
  return /^[\s]*[=+\-@]/.test(value) || /^[\t\r]/.test(value) ? `'${value}` : value
}

export function resultsCsvHeader(categories: readonly Category[]): string[] {
  return [
    'Name',
    'Score',
    'Max score',
    'Percent',
    ...categories.flatMap((c) => {
      const label = CATEGORY_LABEL[c] ?? c
      return [`${label} earned`, `${label} possible`]
    }),
    'Time taken (s)',
    'Submitted at',
    'Attempts used',
  ]
}

/** One CSV record; a category the attempt was not asked about is left empty. */
export function resultsCsvRecord(
  row: ResultRow,
  categories: readonly Category[],
): (string | number)[] {
  return [
    neutraliseCell(row.name),
    row.score,
    row.maxScore,
    row.percent,
    ...categories.flatMap((c): (string | number)[] => {
      const cell = row.categories[c]
      return cell ? [cell.earned, cell.possible] : ['', '']
    }),
    row.durationSeconds,
    row.submittedAt.toISOString(),
    row.attemptsUsed,
  ]
}

/** The whole file: a UTF-8 byte-order mark (so spreadsheets read accented names), CRLF records. */
export function resultsCsv(rows: ResultRow[], categories: readonly Category[]): string {
  return stringify(
    [resultsCsvHeader(categories), ...rows.map((r) => resultsCsvRecord(r, categories))],
    {
      bom: true,
      record_delimiter: 'windows',
      // csv-stringify quotes a field holding the record delimiter (CRLF) but not a lone LF
      // or CR, which spreadsheets still read as a line break: quote those too.
      quoted_match: /[\r\n]/,
    },
  )
}

/** A download name safe in any header and file system: ASCII letters, digits and dashes. */
export function resultsCsvFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  return `${slug || 'assignment'}-results.csv`
}
