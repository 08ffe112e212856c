/**
 * `npm run bench`: every benchmark in one run, printed as one table of figures and ratios.
 * Needs a production build (`npm run build`); submit also runs on PostgreSQL when
 * BENCH_DATABASE_URL or TEST_DATABASE_URL names a server.
 */
import { arch, cpus, totalmem } from 'node:os'
import { runCardBench } from './card'
import { runGenerationBench } from './generation'
import { runPageWeightBench } from './page-weight'
import { runSubmitBench } from './submit'
import { type Row, toTable } from './support/table'

const rows: Row[] = []

for (const r of await runGenerationBench()) {
  rows.push({
    bench: 'generation',
    name: `${r.name} (${r.words} words)`,
    value: r.medianMs,
    unit: 'ms',
    note: `${r.usPerWord.toFixed(1)} µs/word; target ${r.target}`,
  })
  if (r.ratio !== null)
    rows.push({
      bench: 'generation',
      name: '20× text / 1× time',
      value: r.ratio,
      unit: '×',
      note: 'target ≤ 25',
    })
}
rows.push(...(await runSubmitBench()))
for (const r of await runCardBench()) rows.push({ bench: 'card', ...r })
rows.push(...(await runPageWeightBench()))

const cpu = cpus()[0]?.model ?? 'unknown CPU'
console.log(
  `Node ${process.version}, ${cpus().length} × ${cpu} (${arch()}), ${Math.round(totalmem() / 2 ** 30)} GiB, ${new Date().toISOString()}`,
)
console.log(toTable(rows))
