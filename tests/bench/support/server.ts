/**
 * Starts a production server (`next start`, one process) for a benchmark on loopback, on
 * a fresh embedded PGlite folder or a fresh database on a PostgreSQL server.
 *
 * The lower-level pieces serve the load and fault tests (tests/load): `createDatabase` makes
 * the fresh database, `spawnServer` starts `next start` on data prepared beforehand (so a
 * test can seed PGlite before the server owns the folder, kill -9 the server and start it
 * again on the same data, or run two servers on one PostgreSQL database).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'

/** The auth secret every bench and load server runs with. */
export const BENCH_AUTH_SECRET = 'bench-and-load-only-secret-0123456789abcdef'

export type BenchServer = { base: string; kind: 'pglite' | 'postgres'; stop: () => Promise<void> }

export function assertBuilt() {
  if (!existsSync('.next/BUILD_ID'))
    throw new Error('No production build: run `npm run build` first.')
}

let databases = 0

/** A new, empty database on a PostgreSQL server, and how to drop it. */
export async function createDatabase(
  serverUrl: string,
  prefix = 'lede_bench',
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${Date.now().toString(36)}_${process.pid}_${databases++}`
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

/** A fresh folder for embedded PGlite (the server creates its files on first start). */
export const newDataDir = () => mkdtempSync(path.join(tmpdir(), 'lede-bench-'))

export type ServerProcess = {
  base: string
  port: number
  pid: number
  child: ChildProcess
  /** Resolves once /api/health answers 200; rejects after `timeoutMs`. */
  waitHealthy: (timeoutMs?: number) => Promise<void>
  /** SIGTERM, then waits for the process to exit. */
  stop: () => Promise<void>
  /** SIGKILL to the whole process group, then waits for the exit. */
  kill9: () => Promise<void>
  exited: () => boolean
}

/**
 * `node node_modules/next/dist/bin/next start` as one process in its own process group
 * (so kill9 reaches anything it spawned), on PGlite in `dataDir` or PostgreSQL at `databaseUrl`.
 */
export function spawnServer(options: {
  port: number
  dataDir?: string
  databaseUrl?: string
  env?: Record<string, string>
  /** Where the server's stderr goes: 'inherit' (default) or 'ignore'. */
  stderr?: 'inherit' | 'ignore'
}): ServerProcess {
  assertBuilt()
  const { port } = options
  const base = `http://127.0.0.1:${port}`
  // On PostgreSQL the folder is never used; a folder made here is removed on stop.
  const ownDir = options.dataDir ? undefined : newDataDir()
  const child: ChildProcess = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        LEDE_DATA_DIR: options.dataDir ?? (ownDir as string),
        DATABASE_URL: options.databaseUrl ?? '',
        PUBLIC_BASE_URL: base,
        // Known to the load scripts, which sign student cookies as /join does.
        LEDE_AUTH_SECRET: BENCH_AUTH_SECRET,
        // The load scripts act as the proxy: their X-Forwarded-For names each simulated client.
        LEDE_TRUSTED_PROXIES: '127.0.0.1',
        ...options.env,
      },
      stdio: ['ignore', 'ignore', options.stderr ?? 'inherit'],
      detached: true,
    },
  )
  let exited = false
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true
      resolve()
    }),
  )
  const pid = child.pid
  if (pid === undefined) throw new Error('next start did not spawn')
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal)
    } catch {}
  }
  return {
    base,
    port,
    pid,
    child,
    exited: () => exited,
    waitHealthy: async (timeoutMs = 30_000) => {
      const until = Date.now() + timeoutMs
      while (Date.now() < until) {
        if (exited) throw new Error(`the server on ${base} exited before it became healthy`)
        try {
          const res = await fetch(`${base}/api/health`, { headers: { connection: 'close' } })
          if (res.ok) return
        } catch {}
        await new Promise((r) => setTimeout(r, 250))
      }
      throw new Error(`the server on ${base} did not become healthy within ${timeoutMs / 1000} s`)
    },
    stop: async () => {
      if (!exited) signalGroup('SIGTERM')
      await exit
      // Anything the server spawned goes with it.
      signalGroup('SIGKILL')
      if (ownDir) rmSync(ownDir, { recursive: true, force: true })
    },
    kill9: async () => {
      signalGroup('SIGKILL')
      await exit
      if (ownDir) rmSync(ownDir, { recursive: true, force: true })
    },
  }
}

/** True when nothing accepts connections on the port (loopback). */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(false)
    })
    socket.once('error', () => resolve(true))
  })
}

export async function startServer(
  port: number,
  postgresServerUrl?: string,
  extraEnv: Record<string, string> = {},
): Promise<BenchServer> {
  assertBuilt()
  const dataDir = newDataDir()
  const database = postgresServerUrl ? await createDatabase(postgresServerUrl) : undefined
  const server = spawnServer({
    port,
    dataDir,
    ...(database ? { databaseUrl: database.url } : {}),
    env: extraEnv,
  })
  const stop = async () => {
    await server.stop()
    await database?.drop()
    rmSync(dataDir, { recursive: true, force: true })
  }
  try {
    await server.waitHealthy(30_000)
  } catch (err) {
    await stop()
    throw err
  }
  return { base: server.base, kind: database ? 'postgres' : 'pglite', stop }
}
