/**
 * Starts a production server (`next start`, one process) for a benchmark on loopback, on
 * a fresh embedded PGlite folder or a fresh database on a PostgreSQL server.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'

export type BenchServer = { base: string; kind: 'pglite' | 'postgres'; stop: () => Promise<void> }

export function assertBuilt() {
  if (!existsSync('.next/BUILD_ID'))
    throw new Error('No production build: run `npm run build` first.')
}

async function createDatabase(
  serverUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `lede_bench_${Date.now().toString(36)}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: serverUrl })
      await c.connect()
      await c.query(`drop database if exists ${name} with (force)`)
      await c.end()
    },
  }
}

export async function startServer(
  port: number,
  postgresServerUrl?: string,
  extraEnv: Record<string, string> = {},
): Promise<BenchServer> {
  assertBuilt()
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lede-bench-'))
  const database = postgresServerUrl ? await createDatabase(postgresServerUrl) : undefined
  const base = `http://127.0.0.1:${port}`
  const child: ChildProcess = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        LEDE_DATA_DIR: dataDir,
        DATABASE_URL: database?.url ?? '',
        PUBLIC_BASE_URL: base,
        ...extraEnv,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
  const stop = async () => {
    child.kill('SIGTERM')
    await new Promise((r) => child.once('exit', r))
    await database?.drop()
    rmSync(dataDir, { recursive: true, force: true })
  }
  for (let i = 0; i < 120; i++) {
    try {
      const res = await fetch(`${base}/api/health`, { headers: { connection: 'close' } })
      if (res.ok) return { base, kind: database ? 'postgres' : 'pglite', stop }
    } catch {}
    await new Promise((r) => setTimeout(r, 250))
  }
  await stop()
  throw new Error('The server did not become healthy within 30 s')
}
