/**
 * Every load and fault test in one run, printed as one table: the class burst, two
 * instances on one PostgreSQL, kill -9 mid-burst, the database going down. Needs a
 * production build; the PostgreSQL parts run when BENCH_DATABASE_URL or TEST_DATABASE_URL
 * names a server (db-down starts its own throwaway server). Exits non-zero when any
 * guarantee fails.
 *
 *   npx next build && TEST_DATABASE_URL=postgres://… npx tsx tests/load/run-all.ts
 */
import { arch, cpus, totalmem } from 'node:os'
import type { Row } from '../bench/support/table'
import { runBurst } from './burst'
import { runCrash } from './crash'
import { runDbDown } from './db-down'
import { type LoadResult, main } from './support/client'
import { runTwoInstances } from './two-instances'

const suites: [string, () => Promise<LoadResult>][] = [
  ['burst', runBurst],
  ['two instances', runTwoInstances],
  ['crash', runCrash],
  ['database down', runDbDown],
]

async function runAll(): Promise<LoadResult> {
  const rows: Row[] = []
  const failures: string[] = []
  for (const [name, run] of suites) {
    const started = Date.now()
    try {
      const r = await run()
      rows.push(...r.rows)
      failures.push(...r.failures)
    } catch (err) {
      rows.push({ bench: name, name: 'run', value: 0, unit: '✗', note: String(err) })
      failures.push(`${name}: ${String(err)}`)
    }
    console.error(`${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }
  return { rows, failures }
}

const cpu = cpus()[0]?.model ?? 'unknown CPU'
await main(
  runAll,
  `Load and faults — Node ${process.version}, ${cpus().length} × ${cpu} (${arch()}), ${Math.round(totalmem() / 2 ** 30)} GiB, ${new Date().toISOString()}`,
)
