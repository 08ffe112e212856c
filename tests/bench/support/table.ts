/** The one row shape every benchmark reports, and a Markdown table of rows. */
export type Row = { bench: string; name: string; value: number; unit: string; note?: string }

export function toTable(rows: Row[]): string {
  const lines = ['| bench | measure | value | unit | note |', '|---|---|---:|---|---|']
  for (const r of rows) {
    const value = Number.isInteger(r.value)
      ? String(r.value)
      : r.value.toFixed(r.value < 10 ? 2 : 1)
    lines.push(`| ${r.bench} | ${r.name} | ${value} | ${r.unit} | ${r.note ?? ''} |`)
  }
  return lines.join('\n')
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}
