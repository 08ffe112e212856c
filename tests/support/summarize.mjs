// Adds up every suite's results (Vitest and Playwright JSON reports, plus the
// lint/typecheck/build steps) into the one line CI reads: "N passed, N failed".
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const dir = process.argv[2] ?? '.data/test-results'
let passed = 0
let failed = 0
let skipped = 0
const rows = []

for (const file of existsSync(dir) ? readdirSync(dir).sort() : []) {
  const full = path.join(dir, file)
  if (file.endsWith('.step')) {
    // "<name> <exit code>" written by scripts/test-all.sh for steps that are not test runners.
    // "skipped" when the step could not run here (the audit without an advisory endpoint).
    const [name, code] = readFileSync(full, 'utf8').trim().split(' ')
    if (code === 'skipped') {
      skipped++
      rows.push([name, 0, 0, 1])
      continue
    }
    const ok = code === '0'
    ok ? passed++ : failed++
    rows.push([name, ok ? 1 : 0, ok ? 0 : 1, 0])
    continue
  }
  if (!file.endsWith('.json')) continue
  const report = JSON.parse(readFileSync(full, 'utf8'))
  let p = 0
  let f = 0
  let s = 0
  if ('numPassedTests' in report) {
    p = report.numPassedTests
    f = report.numFailedTests + (report.success === false && report.numFailedTests === 0 ? 1 : 0)
    s = report.numPendingTests + report.numTodoTests
  } else if (report.stats) {
    p = report.stats.expected + report.stats.flaky
    f = report.stats.unexpected + (report.errors?.length ?? 0)
    s = report.stats.skipped
  }
  passed += p
  failed += f
  skipped += s
  rows.push([file.replace(/\.json$/, ''), p, f, s])
}

for (const [name, p, f, s] of rows)
  console.log(
    `  ${name.padEnd(28)} ${String(p).padStart(4)} passed ${String(f).padStart(3)} failed ${String(s).padStart(3)} skipped`,
  )
if (rows.length === 0) failed++
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 ? 1 : 0)
