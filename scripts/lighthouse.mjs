// `npm run lighthouse -- [path…]`: Lighthouse 12 (mobile, its defaults) against a production
// build served on loopback. Prints each category's score and exits non-zero below the
// budget: Performance ≥ 95, Accessibility, Best Practices and SEO = 100.
// Run `npm run build` first. Uses Debian's Chromium when present (CHROME_PATH to override).
// The path `share` audits the share page of a freshly submitted attempt.
// Each page is audited LIGHTHOUSE_RUNS times (default 7): performance is judged on the run with
// the median score, as Lighthouse's own guidance on variance advises (one run on a busy 2-core
// machine swings by several points: 93–99 for the same build); the other categories must hold
// on every run.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const paths = process.argv.slice(2).filter((a) => a.startsWith('/') || a === 'share')
if (paths.length === 0) paths.push('/read/biden-al-kadhimi-rocket-attacks')
const port = Number(process.env.LIGHTHOUSE_PORT ?? 3231)
const base = `http://127.0.0.1:${port}`
const budget = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 }
const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 7))

const chrome =
  process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
const dataDir = mkdtempSync(path.join(tmpdir(), 'lede-lh-'))
const server = spawn(
  process.execPath,
  ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'],
  {
    env: {
      ...process.env,
      LEDE_DATA_DIR: dataDir,
      DATABASE_URL: process.env.DATABASE_URL ?? '',
      PUBLIC_BASE_URL: base,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  },
)

async function waitForServer() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/api/health`, { headers: { connection: 'close' } })).ok) return
    } catch {}
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error('the server did not start')
}

/** Starts and submits an attempt on the first article, returning its share page path. */
async function createSharePage() {
  const post = (path, body) =>
    fetch(base + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', connection: 'close' },
      body: JSON.stringify(body),
    }).then((r) => r.json())
  const state = await post('/api/attempts', { slug: 'biden-al-kadhimi-rocket-attacks' })
  const answers = Object.fromEntries(
    state.questions.map((q) => [
      q.id,
      q.format === 'match'
        ? { pairs: Object.fromEntries(q.left.map((l, i) => [l.id, q.right[i].id])) }
        : q.format === 'order'
          ? { order: q.items.map((i) => i.id) }
          : { optionId: q.options[0].id },
    ]),
  )
  const done = await post(`/api/attempts/${state.attemptId}/submission`, {
    submissionKey: `lighthouse-${Date.now()}`,
    answers,
  })
  return new URL(done.share.pageUrl).pathname
}

/** One Lighthouse run on a page; its JSON report. */
function audit(page) {
  const out = path.join(dataDir, 'report.json')
  // Lighthouse occasionally fails to record a trace (NO_NAVSTART) on a busy machine: one retry.
  let run
  for (let attempt = 0; attempt < 2 && run?.status !== 0; attempt++) {
    run = spawnSync(
      process.execPath,
      [
        'node_modules/lighthouse/cli/index.js',
        base + page,
        '--quiet',
        '--output=json',
        `--output-path=${out}`,
        '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync',
      ],
      {
        env: { ...process.env, ...(chrome ? { CHROME_PATH: chrome } : {}) },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    )
  }
  if (run.status !== 0) throw new Error(`lighthouse exited with ${run.status} on ${page}`)
  return JSON.parse(readFileSync(out, 'utf8'))
}

let failed = false
try {
  await waitForServer()
  console.log(`Lighthouse 12 (mobile) against ${base}`)
  console.log(
    '| page | performance | accessibility | best practices | SEO |\n|---|---|---|---|---|',
  )
  for (const requested of paths) {
    const page = requested === 'share' ? await createSharePage() : requested
    // Warm the route once, as a returning server would be (a fresh connection each time).
    await fetch(base + page, { headers: { connection: 'close' } })
    const reports = []
    for (let i = 0; i < runs; i++) reports.push(audit(page))
    // The run with the median performance score stands for the page.
    reports.sort((a, b) => a.categories.performance.score - b.categories.performance.score)
    const report = reports[Math.floor((reports.length - 1) / 2)]
    const spread = reports.map((r) => Math.round(r.categories.performance.score * 100)).join(', ')
    if (process.env.LIGHTHOUSE_KEEP)
      writeFileSync(process.env.LIGHTHOUSE_KEEP, JSON.stringify(report))
    // Performance from the median run; every other category must hold on every run.
    const scores = Object.fromEntries(
      Object.keys(budget).map((k) => [
        k,
        k === 'performance'
          ? Math.round(report.categories[k].score * 100)
          : Math.min(...reports.map((r) => Math.round(r.categories[k].score * 100))),
      ]),
    )
    console.log(
      `| ${page} | ${scores.performance} (runs: ${spread}) | ${scores.accessibility} | ${scores['best-practices']} | ${scores.seo} |`,
    )
    for (const [k, min] of Object.entries(budget)) {
      if (scores[k] < min) {
        failed = true
        // The failing audits of the run the score came from.
        const worst = (k === 'performance' ? [report] : reports).reduce((a, b) =>
          b.categories[k].score < a.categories[k].score ? b : a,
        )
        const audits = Object.values(worst.audits).filter(
          (a) =>
            a.score !== null &&
            a.score < 1 &&
            worst.categories[k].auditRefs.some((r) => r.id === a.id && r.weight > 0),
        )
        console.log(
          `  ${k} ${scores[k]} < ${min}: ${audits.map((a) => `${a.id} (${a.displayValue ?? a.score})`).join(', ')}`,
        )
      }
    }
  }
} catch (err) {
  failed = true
  console.error(err.message)
} finally {
  server.kill()
  rmSync(dataDir, { recursive: true, force: true })
}
process.exit(failed ? 1 : 0)
