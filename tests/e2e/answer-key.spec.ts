/**
 * Everything a browser gets before submitting — the page HTML, its RSC payload, every JS
 * chunk the HTML references and the start-attempt JSON — cannot reveal the answer key:
 * no key fields, no explanation text, no evidence ids, and option order tells nothing.
 */
import { type APIRequestContext, expect, test } from '@playwright/test'
import { QUIZ_SLUG } from './pages/quiz-panel'

type Option = { id: string; text: string }
type PublicQuestion = {
  id: string
  format: string
  prompt: string
  options?: Option[]
  items?: Option[]
  left?: Option[]
  right?: Option[]
}
type Feedback = {
  questionId: string
  status: string
  correctAnswer?: string
  explanation?: string
  evidence?: string[]
}
type State = {
  attemptId: string
  questions: PublicQuestion[]
  result: { feedback: Feedback[] } | null
}

/** Field names that carry the key, as JSON keys, plain or escaped inside an RSC string. */
const KEY_FIELDS =
  /\\?"(key|explanation|evidence|quality|accepted|sentenceId|correctAnswer|pool|optionId|pairs|order)\\?"\s*:/

async function start(request: APIRequestContext): Promise<{ state: State; text: string }> {
  const response = await request.post('/api/attempts', { data: { slug: QUIZ_SLUG } })
  expect(response.status()).toBe(201)
  const text = await response.text()
  return { state: JSON.parse(text) as State, text }
}

async function submit(request: APIRequestContext, attemptId: string, answers: object) {
  const response = await request.post(`/api/attempts/${attemptId}/submission`, {
    data: { submissionKey: `key-${attemptId}`, answers },
  })
  expect(response.status()).toBe(200)
  return (await response.json()) as State
}

test('nothing sent before submitting reveals the answer key', async ({ request }) => {
  const page = await request.get(`/read/${QUIZ_SLUG}`)
  expect(page.status()).toBe(200)
  const html = await page.text()

  const rscResponse = await request.get(`/read/${QUIZ_SLUG}`, { headers: { RSC: '1' } })
  expect(rscResponse.status()).toBe(200)
  expect(rscResponse.headers()['content-type']).toMatch(/text\/x-component/)
  const rsc = await rscResponse.text()

  const chunkUrls = [
    ...new Set([...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.js)"/g)].map((m) => m[1])),
  ] as string[]
  expect(chunkUrls.length).toBeGreaterThan(0)
  const chunks = await Promise.all(
    chunkUrls.map(async (url) => {
      const r = await request.get(url)
      expect(r.status(), url).toBe(200)
      return { url, text: await r.text() }
    }),
  )

  const { state, text: startJson } = await start(request)
  expect(state.result).toBeNull()

  // No key-bearing fields anywhere in the data the browser receives.
  for (const [name, body] of [
    ['html', html],
    ['rsc', rsc],
    ['start json', startJson],
  ] as const) {
    expect(body.match(KEY_FIELDS)?.[0], name).toBeUndefined()
  }
  // The start JSON holds exactly the public shape per question.
  for (const q of state.questions) {
    expect(Object.keys(q).sort()).toEqual(
      expect.arrayContaining(['category', 'format', 'id', 'prompt']),
    )
    for (const field of ['key', 'explanation', 'evidence', 'quality', 'accepted'])
      expect(q).not.toHaveProperty(field)
  }

  // Now submit, so the server reveals the key for this attempt, and look for it in what came before.
  const result = await submit(request, state.attemptId, {})
  const feedback = result.result?.feedback ?? []
  expect(feedback).toHaveLength(state.questions.length)
  const beforeSubmitting = [
    { url: 'html', text: html },
    { url: 'rsc', text: rsc },
    { url: 'start json', text: startJson },
    ...chunks,
  ]
  for (const f of feedback) {
    expect(f.explanation?.length).toBeGreaterThan(0)
    expect(f.evidence?.length).toBeGreaterThan(0)
    for (const { url, text } of beforeSubmitting) {
      expect(
        text.includes(f.explanation as string),
        `explanation of ${f.questionId} in ${url}`,
      ).toBe(false)
      expect(
        text.includes(JSON.stringify(f.explanation).slice(1, -1)),
        `escaped explanation in ${url}`,
      ).toBe(false)
      // The page names every sentence (React keys, DOM ids) but never as evidence; the
      // start JSON and the code name none at all.
      if (url === 'html' || url === 'rsc') continue
      for (const id of f.evidence ?? [])
        expect(text.includes(id), `evidence id ${id} in ${url}`).toBe(false)
    }
  }
  // In the HTML and RSC payload, evidence sentences are indistinguishable from the others:
  // every sentence id is mentioned the same number of times.
  const sentenceIds = [...html.matchAll(/id="s-(p\d+)-(s\d+)"/g)].map((m) => `${m[1]}.${m[2]}`)
  expect(sentenceIds.length).toBeGreaterThan(20)
  const evidenceIds = new Set(feedback.flatMap((f) => f.evidence ?? []))
  for (const [name, text] of [
    ['html', html],
    ['rsc', rsc],
  ] as const) {
    const mentions = (id: string) =>
      (text.match(new RegExp(`${id.replace('.', '\\.')}(?!\\d)`, 'g')) ?? []).length
    const counts = new Set(sentenceIds.map(mentions))
    expect([...counts], `mentions per sentence id in ${name}`).toHaveLength(1)
    for (const id of evidenceIds)
      expect(mentions(id), `${id} in ${name}`).toBe(mentions(sentenceIds[0] as string))
  }
  // The page and its code know nothing of any question: no ids, no prompts.
  for (const q of state.questions) {
    for (const { url, text } of beforeSubmitting.filter((b) => b.url !== 'start json')) {
      expect(text.includes(q.id), `question id in ${url}`).toBe(false)
      expect(text.includes(q.prompt), `prompt in ${url}`).toBe(false)
    }
  }
})

test('option order does not reveal the answer', async ({ request }) => {
  test.setTimeout(60_000)
  // For each attempt, choose position (attempt + question) mod k in every shuffled
  // single-choice question, and learn from the feedback whether that position was right.
  const hits = new Map<number, number>()
  const tries = new Map<number, number>()
  let orderShownCorrectly = 0
  let orderQuestions = 0
  for (let a = 0; a < 30; a++) {
    const { state } = await start(request)
    const chosen = new Map<string, number>()
    const answers: Record<string, { optionId: string }> = {}
    state.questions.forEach((q, i) => {
      if ((q.format !== 'single' && q.format !== 'cloze') || !q.options) return
      const position = (a + i) % q.options.length
      chosen.set(q.id, position)
      answers[q.id] = { optionId: (q.options[position] as Option).id }
    })
    const result = await submit(request, state.attemptId, answers)
    for (const f of result.result?.feedback ?? []) {
      const position = chosen.get(f.questionId)
      if (position === undefined) continue
      tries.set(position, (tries.get(position) ?? 0) + 1)
      if (f.status === 'correct') hits.set(position, (hits.get(position) ?? 0) + 1)
    }
    // An order question is never shown in its correct order.
    for (const q of state.questions.filter((x) => x.format === 'order')) {
      orderQuestions += 1
      const shown = (q.items ?? []).map((o) => o.text).join(' → ')
      const correct = result.result?.feedback.find((f) => f.questionId === q.id)?.correctAnswer
      if (shown === correct) orderShownCorrectly += 1
    }
  }
  const total = [...tries.values()].reduce((n, x) => n + x, 0)
  expect(total).toBeGreaterThan(60)
  // The correct option turns up in every one of the first four positions, not always in one.
  for (const position of [0, 1, 2, 3]) {
    expect(tries.get(position) ?? 0, `tries at position ${position}`).toBeGreaterThan(10)
    expect(hits.get(position) ?? 0, `right answers at position ${position}`).toBeGreaterThan(0)
  }
  // And no position is right much more often than chance allows.
  for (const [position, n] of tries) {
    if (n < 15) continue
    expect((hits.get(position) ?? 0) / n, `share right at ${position}`).toBeLessThan(0.6)
  }
  expect(orderShownCorrectly, `of ${orderQuestions} order questions`).toBe(0)
})
