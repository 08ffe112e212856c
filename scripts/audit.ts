// `npx tsx scripts/audit.ts`: `npm audit --omit=dev`, failing on any high or critical
// advisory in what production runs. Where the registry's advisory endpoint cannot be
// reached (a closed network, or a registry mirror that refuses it), it says so and exits 77,
// which `npm test` counts as skipped — never as passed.
import { spawnSync } from 'node:child_process'
import { pathToFileURL } from 'node:url'

export const SKIPPED = 77

type Advisory = { title: string; url: string }
type AuditReport = {
  message?: string
  error?: { summary?: string }
  vulnerabilities?: Record<string, { severity: string; range: string; via: (string | Advisory)[] }>
  metadata?: { vulnerabilities?: Record<'critical' | 'high' | 'moderate' | 'low', number> }
}

/** Reads `npm audit --json` output: the exit code and the lines to print. */
export function judgeAudit(stdout: string, stderr = ''): { code: number; lines: string[] } {
  let report: AuditReport | undefined
  try {
    report = JSON.parse(stdout)
  } catch {
    report = undefined
  }
  const counts = report?.metadata?.vulnerabilities
  if (!counts) {
    const why =
      report?.message ||
      report?.error?.summary ||
      `${stderr}`.split('\n').find((l) => /audit/i.test(l)) ||
      'no report'
    return {
      code: SKIPPED,
      lines: [`audit skipped: the advisory endpoint could not be used (${why.trim()})`],
    }
  }
  const serious = Object.entries(report?.vulnerabilities ?? {}).filter(([, v]) =>
    ['high', 'critical'].includes(v.severity),
  )
  const lines = serious.map(([name, v]) => {
    const via = v.via.map((x) => (typeof x === 'string' ? x : `${x.title} (${x.url})`))
    return `${v.severity.padEnd(8)} ${name} ${v.range}: ${via.join('; ')}`
  })
  lines.push(
    `audit: ${counts.critical} critical, ${counts.high} high, ${counts.moderate} moderate, ${counts.low} low (production dependencies)`,
  )
  return { code: serious.length > 0 ? 1 : 0, lines }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' })
  const { code, lines } = judgeAudit(run.stdout, run.stderr)
  for (const line of lines) console.log(line)
  process.exit(code)
}
