import { expect, test } from '@playwright/test'
import { newTeacherAccount, uniqueClientIp } from '../support/teacher'

const SLUG = 'biden-al-kadhimi-rocket-attacks'

function cspOf(headers: Record<string, string>) {
  return Object.fromEntries(
    (headers['content-security-policy'] ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name, values]),
  ) as Record<string, string[]>
}

test('pages carry a strict, per-request nonce CSP and the hardening headers', async ({
  request,
}) => {
  const nonces = new Set<string>()
  for (const path of ['/', `/read/${SLUG}`, '/teach/sign-in']) {
    const response = await request.get(path)
    expect(response.status()).toBe(200)
    const headers = response.headers()
    const csp = cspOf(headers)
    const nonce = csp['script-src']?.find((v) => v.startsWith("'nonce-"))
    expect(nonce).toBeTruthy()
    nonces.add(nonce ?? '')
    expect(csp['script-src']).not.toContain("'unsafe-inline'")
    expect(csp['script-src']).not.toContain("'unsafe-eval'")
    expect(csp['default-src']).toEqual(["'self'"])
    expect(csp['object-src']).toEqual(["'none'"])
    expect(csp['frame-ancestors']).toEqual(["'none'"])
    expect(csp['base-uri']).toEqual(["'self'"])
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['x-frame-options']).toBe('DENY')
    // Every inline script in the HTML carries this response's nonce.
    const html = await response.text()
    const value = (nonce ?? '').slice("'nonce-".length, -1)
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1] ?? '')
    expect(scripts.length).toBeGreaterThan(0)
    for (const attrs of scripts) expect(attrs).toContain(`nonce="${value}"`)
  }
  expect(nonces.size).toBe(3)
})

test('API responses are not sniffable either', async ({ request }) => {
  const response = await request.get('/api/health')
  expect(response.headers()['x-content-type-options']).toBe('nosniff')
})

test('the quiz runs under the CSP without a single violation', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text())
  })
  await page.goto(`/read/${SLUG}`)
  await page.getByRole('button', { name: 'Start the quiz' }).click()
  await expect(page.getByText(/Answered 0 of \d+/)).toBeVisible()
  await page.goto('/teach/sign-in')
  await page.goto('/')
  expect(violations).toEqual([])
})

test('prefetch requests get the same Content-Security-Policy', async ({ request }) => {
  const variants: Record<string, string>[] = [
    { purpose: 'prefetch' },
    { 'next-router-prefetch': '1', rsc: '1' },
  ]
  for (const headers of variants) {
    const response = await request.get(`/read/${SLUG}`, { headers })
    expect(response.status()).toBe(200)
    expect(cspOf(response.headers())['script-src']?.some((v) => v.startsWith("'nonce-"))).toBe(true)
  }
})

test('a server action posted from another origin is refused with 403', async ({ request }) => {
  const response = await request.post('/teach/sign-in', {
    headers: {
      'next-action': '7f00000000000000000000000000000000000000aa',
      origin: 'https://attacker.example',
      'content-type': 'text/plain;charset=UTF-8',
    },
    data: '[]',
  })
  expect(response.status()).toBe(403)
})

test('the submission route answers 415 to anything but JSON', async ({ request }) => {
  const started = await request.post('/api/attempts', { data: { slug: SLUG } })
  const { attemptId } = (await started.json()) as { attemptId: string }
  const response = await request.post(`/api/attempts/${attemptId}/submission`, {
    headers: { 'content-type': 'text/plain' },
    data: JSON.stringify({ submissionKey: 'k'.repeat(24), answers: {} }),
  })
  expect(response.status()).toBe(415)
})

test('sign-in guesses are limited per account through the API, whatever address each claims', async ({
  request,
  baseURL,
}) => {
  const account = newTeacherAccount('Guess Target')
  const created = await request.post('/api/auth/sign-up/email', {
    data: { name: account.name, email: account.email, password: account.password },
    headers: { origin: baseURL as string, 'x-forwarded-for': uniqueClientIp() },
  })
  expect(created.status()).toBe(200)
  const statuses: number[] = []
  for (let i = 0; i < 7; i++) {
    const response = await request.post('/api/auth/sign-in/email', {
      data: { email: account.email, password: `wrong-guess-${i}` },
      headers: { origin: baseURL as string, 'x-forwarded-for': uniqueClientIp() },
    })
    statuses.push(response.status())
  }
  expect(statuses.slice(5)).toEqual([429, 429])
  const real = await request.post('/api/auth/sign-in/email', {
    data: { email: account.email, password: account.password },
    headers: { origin: baseURL as string, 'x-forwarded-for': uniqueClientIp() },
  })
  expect(real.status()).toBe(429)
})

test('sign-ups are limited per client: addresses a client prepends are ignored', async ({
  request,
  baseURL,
}) => {
  const client = uniqueClientIp()
  const statuses: number[] = []
  for (let i = 0; i < 7; i++) {
    const a = newTeacherAccount(`Spoofer ${'abcdefg'[i]}`)
    const response = await request.post('/api/auth/sign-up/email', {
      data: { name: a.name, email: a.email, password: a.password },
      // What a proxy appends is the client's real address; what comes before is the client's say.
      headers: { origin: baseURL as string, 'x-forwarded-for': `${uniqueClientIp()}, ${client}` },
    })
    statuses.push(response.status())
  }
  expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200])
  expect(statuses.slice(5)).toEqual([429, 429])
})
