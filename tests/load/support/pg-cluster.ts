/**
 * A throwaway PostgreSQL server of our own (initdb in a temporary folder, loopback only),
 * so a test can stop and start the database under a running app without touching any
 * shared server. As root it runs as the `postgres` user (PostgreSQL refuses root).
 */
import { execFileSync } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'

function pgBin(tool: string): string {
  for (const dir of (process.env.PATH ?? '').split(':'))
    if (dir && existsSync(path.join(dir, tool))) return path.join(dir, tool)
  const root = '/usr/lib/postgresql'
  const versions = existsSync(root) ? readdirSync(root).sort((x, y) => Number(y) - Number(x)) : []
  for (const v of versions) {
    const candidate = path.join(root, v, 'bin', tool)
    if (existsSync(candidate)) return candidate
  }
  throw new Error(`${tool} not found: install PostgreSQL (Debian: apt-get install postgresql)`)
}

export type Cluster = {
  url: string
  port: number
  start: () => void
  stop: () => void
  destroy: () => void
}

export function createCluster(port: number): Cluster {
  const dir = mkdtempSync('/tmp/lede-load-pg-')
  const asRoot = process.getuid?.() === 0
  const run = (tool: string, args: string[]) => {
    const bin = pgBin(tool)
    const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args]
    execFileSync(cmd as string, argv as string[], { stdio: ['ignore', 'ignore', 'pipe'] })
  }
  if (asRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), 0)
  run('initdb', ['-D', dir, '-U', 'app', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'])
  const start = () =>
    run('pg_ctl', [
      '-D',
      dir,
      '-l',
      path.join(dir, 'server.log'),
      '-w',
      '-o',
      `-h 127.0.0.1 -p ${port} -k ${dir}`,
      'start',
    ])
  const stop = () => run('pg_ctl', ['-D', dir, '-m', 'fast', '-w', 'stop'])
  return {
    url: `postgres://app@127.0.0.1:${port}/postgres`,
    port,
    start,
    stop,
    destroy: () => {
      try {
        stop()
      } catch {}
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
