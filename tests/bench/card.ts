/**
 * Benchmark: warm render time of our result card (renderCardPng) against a minimal
 * @vercel/og card (one div of text, the same fonts) in the same run, target ≤ 1.5×; and the
 * latency of a cached card (304 for If-None-Match) against a full 200 render, over HTTP on
 * the production build. Needs `npx next build` first for the HTTP part.
 *
 * Run: npx tsx tests/bench/card.ts   (CARD_BENCH_RENDER_ONLY=1 skips the HTTP part)
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { ImageResponse } from 'next/og'
import { createElement } from 'react'
import { renderCardPng } from '@/lib/cards/render'
import { FIXED_CARD } from '../fixtures/cards/card-data'

export type Row = { name: string; value: number; unit: string; note?: string }

const ROOT = path.join(import.meta.dirname, '../..')
const PORT = Number(process.env.CARD_BENCH_PORT ?? 3297)
const BASE = `http://127.0.0.1:${PORT}`
const RENDER_RUNS = 40
const WARM_UP = 5
const CACHED_REQUESTS = 300
const FULL_REQUESTS = 40
const RATIO_TARGET = 1.5
const CARD_TEXT = [
  'Lede reading quiz I read',
  FIXED_CARD.title,
  FIXED_CARD.date,
  `${FIXED_CARD.score} / ${FIXED_CARD.maxScore}`,
  'Actors 3 / 4 Dates 2.5 / 3 Positions 2 / 3',
].join(' ')

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2
}
function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now()
  await fn()
  return performance.now() - t
}

// ── render: ours vs a minimal card ───────────────────────────────────────────────────────────

async function loadCardFonts() {
  return Promise.all(
    ([400, 700] as const).map(async (weight) => {
      const file = await readFile(
        path.join(ROOT, 'public/fonts', `source-serif-4-latin-${weight}-normal.woff`),
      )
      return {
        name: 'Source Serif',
        data: file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer,
        weight,
        style: 'normal' as const,
      }
    }),
  )
}

async function renderBench(): Promise<Row[]> {
  const fonts = await loadCardFonts()
  /** One div of text on the card's paper, in the shipped fonts: the cards we compare with. */
  const textCard = (text: string, style: Record<string, string | number>) => () =>
    new ImageResponse(
      createElement(
        'div',
        {
          style: {
            width: '100%',
            height: '100%',
            display: 'flex',
            fontFamily: 'Source Serif',
            background: '#fbf8f3',
            ...style,
          },
        },
        text,
      ),
      { width: 1200, height: 630, fonts },
    ).arrayBuffer()
  const minimal = textCard('Lede reading quiz', { fontSize: 64 })
  // Diagnostic: the same single div carrying all of our card's text, to separate the cost of
  // drawing glyphs from the cost of the layout (bars, mark, columns).
  const sameText = textCard(CARD_TEXT, { fontSize: 40 })
  // Diagnostic: nothing but the headline the issue asks the card to show, as our card sets it
  // (52px bold): the least any card carrying the headline can cost.
  const headlineOnly = textCard(FIXED_CARD.title, { fontSize: 52, fontWeight: 700, padding: 64 })
  const ours = () => renderCardPng(FIXED_CARD)

  for (let i = 0; i < WARM_UP; i++) {
    await ours()
    await minimal()
    await sameText()
    await headlineOnly()
  }
  // Interleaved, so drift (GC, CPU frequency, other work on the machine) hits both alike.
  const oursMs: number[] = []
  const minimalMs: number[] = []
  const sameTextMs: number[] = []
  const headlineMs: number[] = []
  for (let i = 0; i < RENDER_RUNS; i++) {
    oursMs.push(await time(ours))
    minimalMs.push(await time(minimal))
    sameTextMs.push(await time(sameText))
    headlineMs.push(await time(headlineOnly))
  }
  const a = median(oursMs)
  const b = median(minimalMs)
  const c = median(sameTextMs)
  const d = median(headlineMs)
  const ratio = a / b
  return [
    {
      name: 'render: our card (renderCardPng), warm',
      value: a,
      unit: 'ms',
      note: `median of ${RENDER_RUNS}, p90 ${percentile(oursMs, 90).toFixed(1)} ms`,
    },
    {
      name: 'render: minimal @vercel/og card, warm',
      value: b,
      unit: 'ms',
      note: `median of ${RENDER_RUNS}, one div of text, same fonts`,
    },
    {
      name: 'render ratio: ours / minimal',
      value: ratio,
      unit: '×',
      note: `target ≤ ${RATIO_TARGET}× — ${ratio <= RATIO_TARGET ? 'met' : 'NOT met'}`,
    },
    {
      name: 'diagnostic: one div with all our card’s text, warm',
      value: c,
      unit: 'ms',
      note: `median of ${RENDER_RUNS}; ours / this = ${(a / c).toFixed(2)}× (glyph count vs layout cost)`,
    },
    {
      name: 'diagnostic: the headline alone (52px bold), warm',
      value: d,
      unit: 'ms',
      note: `median of ${RENDER_RUNS}; this / minimal = ${(d / b).toFixed(2)}× (the floor for any card showing the headline)`,
    },
  ]
}

// ── HTTP: cached (304) vs full (200) ─────────────────────────────────────────────────────────

async function waitForHealth(server: ChildProcess, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`)
    try {
      const r = await fetch(`${BASE}/api/health`)
      if (r.ok) return
    } catch {}
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`the server on ${BASE} did not become healthy`)
}

async function stopServer(server: ChildProcess) {
  if (server.exitCode !== null || server.pid === undefined) return
  const exited = new Promise((r) => server.once('exit', r))
  // Its own process group (detached), so next's workers go too.
  process.kill(-server.pid, 'SIGTERM')
  const timer = setTimeout(() => server.pid && process.kill(-server.pid, 'SIGKILL'), 5_000)
  await exited
  clearTimeout(timer)
}

async function submittedCardUrl(): Promise<string> {
  const started = await fetch(`${BASE}/api/attempts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ slug: 'biden-al-kadhimi-rocket-attacks' }),
  })
  if (started.status !== 201) throw new Error(`POST /api/attempts: ${started.status}`)
  const state = (await started.json()) as {
    attemptId: string
    questions: { id: string; options?: { id: string }[] }[]
  }
  const answers = Object.fromEntries(
    state.questions.flatMap((q) => (q.options?.[0] ? [[q.id, { optionId: q.options[0].id }]] : [])),
  )
  const submitted = await fetch(`${BASE}/api/attempts/${state.attemptId}/submission`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ submissionKey: 'bench-card-0001', answers }),
  })
  if (submitted.status !== 200) throw new Error(`POST submission: ${submitted.status}`)
  const result = (await submitted.json()) as { share: { cardPath: string } | null }
  if (!result.share) throw new Error('the submitted attempt has no share link')
  return `${BASE}${result.share.cardPath}`
}

async function httpBench(): Promise<Row[]> {
  if (!existsSync(path.join(ROOT, '.next/BUILD_ID'))) {
    return [
      {
        name: 'GET card.png',
        value: Number.NaN,
        unit: 'ms',
        note: 'skipped: no production build (run `npx next build` first)',
      },
    ]
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'lede-card-bench-'))
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    LEDE_DATA_DIR: dataDir,
    PUBLIC_BASE_URL: BASE,
    NEXT_TELEMETRY_DISABLED: '1',
  }
  delete env.DATABASE_URL
  const server = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-p', String(PORT), '-H', '127.0.0.1'],
    { cwd: ROOT, env, detached: true, stdio: ['ignore', 'ignore', 'inherit'] },
  )
  try {
    await waitForHealth(server)
    const handedOut = await submittedCardUrl()
    // Follows a redirect, if the URL handed out on submission is not the current one.
    const first = await fetch(handedOut)
    const url = first.url
    const etag = first.headers.get('etag')
    await first.arrayBuffer()
    if (first.status !== 200 || !etag) throw new Error(`GET card: ${first.status}, etag ${etag}`)
    const redirectNote = first.redirected ? '; the submission’s card URL redirected (307)' : ''

    const full = async () => {
      const r = await fetch(url)
      await r.arrayBuffer()
      if (r.status !== 200) throw new Error(`full GET: ${r.status}`)
    }
    const cached = async () => {
      const r = await fetch(url, { headers: { 'if-none-match': etag } })
      await r.arrayBuffer()
      if (r.status !== 304) throw new Error(`conditional GET: ${r.status}`)
    }
    for (let i = 0; i < 10; i++) {
      await full()
      await cached()
    }
    const fullMs: number[] = []
    for (let i = 0; i < FULL_REQUESTS; i++) fullMs.push(await time(full))
    const cachedMs: number[] = []
    for (let i = 0; i < CACHED_REQUESTS; i++) cachedMs.push(await time(cached))
    const a = median(cachedMs)
    const b = median(fullMs)
    return [
      {
        name: 'GET card.png, If-None-Match → 304',
        value: a,
        unit: 'ms',
        note: `median of ${CACHED_REQUESTS}, p95 ${percentile(cachedMs, 95).toFixed(2)} ms, next start on ${BASE}`,
      },
      {
        name: 'GET card.png → 200 (full render)',
        value: b,
        unit: 'ms',
        note: `median of ${FULL_REQUESTS}, p95 ${percentile(fullMs, 95).toFixed(1)} ms`,
      },
      { name: 'cached speed-up: 200 / 304', value: b / a, unit: '×', note: redirectNote.slice(2) },
    ]
  } finally {
    await stopServer(server)
    await rm(dataDir, { recursive: true, force: true })
  }
}

export async function runCardBench(): Promise<Row[]> {
  const render = await renderBench()
  const http = process.env.CARD_BENCH_RENDER_ONLY ? [] : await httpBench()
  return [...render, ...http]
}

export function toMarkdown(rows: Row[]): string {
  const fmt = (r: Row) =>
    Number.isNaN(r.value) ? '—' : r.value.toFixed(r.unit === '×' ? 2 : r.value < 10 ? 2 : 1)
  return [
    '| benchmark | value | unit | note |',
    '| --- | ---: | --- | --- |',
    ...rows.map((r) => `| ${r.name} | ${fmt(r)} | ${r.unit} | ${r.note ?? ''} |`),
  ].join('\n')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(toMarkdown(await runCardBench()))
}
