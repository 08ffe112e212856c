/**
 * Page weight: the gzipped JavaScript a page's HTML loads (every /_next/static script it
 * references), for the quiz page against a bare page (the home page: no client component
 * of ours) in the same build. Budget: quiz ≤ 1.15× bare.
 *
 *   npm run build && npx tsx tests/bench/page-weight.ts
 */
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { startServer } from './support/server'
import { type Row, toTable } from './support/table'

const BUDGET = 1.15

export async function firstLoadJs(
  base: string,
  path: string,
): Promise<{ bytes: number; scripts: number }> {
  const html = await (await fetch(base + path)).text()
  const sources = [
    ...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? '')),
  ]
  let bytes = 0
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())
    bytes += gzipSync(body, { level: 9 }).byteLength
  }
  return { bytes, scripts: sources.length }
}

export async function runPageWeightBench(): Promise<Row[]> {
  const server = await startServer(3243)
  try {
    const bare = await firstLoadJs(server.base, '/')
    const quiz = await firstLoadJs(server.base, '/read/biden-al-kadhimi-rocket-attacks')
    const ratio = quiz.bytes / bare.bytes
    const kb = (n: number) => Math.round(n / 102.4) / 10
    return [
      {
        bench: 'page weight',
        name: 'bare page (/) first-load JS, gzip',
        value: kb(bare.bytes),
        unit: 'KiB',
        note: `${bare.scripts} scripts`,
      },
      {
        bench: 'page weight',
        name: 'quiz page first-load JS, gzip',
        value: kb(quiz.bytes),
        unit: 'KiB',
        note: `${quiz.scripts} scripts`,
      },
      {
        bench: 'page weight',
        name: 'quiz / bare',
        value: ratio,
        unit: '×',
        note: `budget ≤ ${BUDGET} ${ratio <= BUDGET ? '✓' : '✗'}`,
      },
    ]
  } finally {
    await server.stop()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await runPageWeightBench()
  console.log(toTable(rows))
  // --check: exit non-zero over budget (used by `npm test`).
  const ratio = rows.at(-1)?.value ?? Number.POSITIVE_INFINITY
  if (process.argv.includes('--check') && ratio > BUDGET) process.exit(1)
}
