/** scripts/audit.mjs: high and critical advisories fail; an unreachable endpoint is a skip, never a pass. */
import { describe, expect, test } from 'vitest'
import { judgeAudit, SKIPPED } from '../../../scripts/audit'

const report = (vulnerabilities: Record<string, { severity: string }>) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities: Object.fromEntries(
      Object.entries(vulnerabilities).map(([name, v]) => [
        name,
        {
          name,
          severity: v.severity,
          range: '<9.9.9',
          via: [{ title: `${name} is broken`, url: `https://github.com/advisories/${name}` }],
        },
      ]),
    ),
    metadata: {
      vulnerabilities: {
        info: 0,
        low: 0,
        moderate: Object.values(vulnerabilities).filter((v) => v.severity === 'moderate').length,
        high: Object.values(vulnerabilities).filter((v) => v.severity === 'high').length,
        critical: Object.values(vulnerabilities).filter((v) => v.severity === 'critical').length,
        total: Object.keys(vulnerabilities).length,
      },
    },
  })

describe('judgeAudit', () => {
  test('a clean report passes', () => {
    const { code, lines } = judgeAudit(report({}))
    expect(code).toBe(0)
    expect(lines.at(-1)).toMatch(/0 critical, 0 high/)
  })

  test('moderate advisories are listed in the count but do not fail', () => {
    expect(judgeAudit(report({ left: { severity: 'moderate' } })).code).toBe(0)
  })

  test('a high or critical advisory fails and is named', () => {
    for (const severity of ['high', 'critical']) {
      const { code, lines } = judgeAudit(report({ pkg: { severity } }))
      expect(code).toBe(1)
      expect(lines[0]).toContain('pkg <9.9.9: pkg is broken (https://github.com/advisories/pkg)')
    }
  })

  test('an endpoint that refuses the request is a skip with the reason', () => {
    const refused = JSON.stringify({
      message:
        '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
    })
    const { code, lines } = judgeAudit(refused)
    expect(code).toBe(SKIPPED)
    expect(lines[0]).toMatch(/skipped.*405 Method Not Allowed/)
    expect(judgeAudit('', 'npm error audit endpoint returned an error').code).toBe(SKIPPED)
  })
})
