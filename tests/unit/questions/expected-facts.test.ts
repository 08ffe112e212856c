/** Every article with an expected-facts fixture yields at least those facts. */
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { extractFacts, type Fact } from '@/lib/questions'
import type { ExpectedFacts } from '../../fixtures/articles/types'
import { FIXTURE_DIR, findArticle, loadArticle } from './load'

const fixtures = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.expected.ts'))

describe.each(fixtures)('%s', async (file) => {
  const { expected } = (await import(path.join(FIXTURE_DIR, file))) as { expected: ExpectedFacts }
  const doc = loadArticle(findArticle(file.replace('.expected.ts', '')))
  const facts = extractFacts(doc)
  const of = <T extends Fact['type']>(t: T) =>
    facts.filter((f): f is Extract<Fact, { type: T }> => f.type === t)

  test.each(expected.roles)('role: $person is $role', ({ person, role }) => {
    expect(of('role').map((r) => [r.actorName, r.role])).toContainEqual([person, role])
  })

  test.each(expected.affiliations ?? [])('affiliation: $person of $org', ({ person, org }) => {
    expect(of('affiliation').map((r) => [r.actorName, r.org])).toContainEqual([person, org])
  })

  test.each(expected.stances)('stance: $holders — $contains', ({ holders, contains, kind }) => {
    const norm = (s: string) => s.replace(/^the /, '').toLowerCase()
    const hit = of('stance').find(
      (s) =>
        s.content.includes(contains) &&
        (!kind || s.kind === kind) &&
        holders.every((h) => s.holders.some((x) => norm(x.name) === norm(h))) &&
        s.holders.length === holders.length,
    )
    expect(
      hit,
      JSON.stringify(of('stance').filter((s) => s.content.includes(contains))),
    ).toBeDefined()
  })

  test.each(expected.dates)(
    'date: $expression → $start',
    ({ expression, start, end, granularity }) => {
      const dates = of('date')
      expect(
        dates.map((d) => [d.expression, d.resolved.start, d.resolved.end, d.resolved.granularity]),
      ).toContainEqual([expression, start, end, granularity])
    },
  )

  test('durations and "now" are not dates', () => {
    for (const e of expected.notDates ?? [])
      expect(of('date').map((d) => d.expression.toLowerCase())).not.toContain(e.toLowerCase())
  })

  test.each(expected.places ?? [])('place: %s', (place) => {
    expect(of('place').map((p) => p.place)).toContain(place)
  })

  test('every fact has evidence inside a body sentence', () => {
    const sentences = new Map(doc.paragraphs.flatMap((p) => p.sentences.map((s) => [s.id, s.text])))
    for (const f of facts) {
      const text = sentences.get(f.evidence.sentenceId)
      expect(text, f.type).toBeDefined()
      expect(f.evidence.end).toBeLessThanOrEqual(text?.length ?? 0)
      expect(f.evidence.start).toBeLessThanOrEqual(f.evidence.end)
    }
  })
})
