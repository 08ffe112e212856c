/**
 * The generator's floor on real news it was not written against (tests/fixtures/corpus,
 * a copy of the shared development corpus): `npm run questions -- --report` measures the
 * same numbers. A regression below any floor fails CI.
 */
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { readCorpus } from '../../../scripts/report/corpus'
import { type EntityScore, precisionRecall } from '../../../scripts/report/entities'
import { measureArticle, summarise } from '../../../scripts/report/measure'

const MIN_WORDS = 200
const MIN_QUESTIONS = 8
const TRUE_SHARE = [0.4, 0.6] as const
const PERSON = { recall: 0.85, precision: 0.9 }
const ORGANISATION_AND_PLACE = { recall: 0.75, precision: 0.85 }

const CORPUS = path.join(import.meta.dirname, '../../fixtures/corpus')
const corpus = readCorpus(CORPUS)
const rows = corpus.articles.map((a) => measureArticle(a.article, a.doc, a.gold))
const summary = summarise(rows)

const gumPooled = (): EntityScore => {
  const gum = summarise(rows.filter((r) => r.article.startsWith('gum/'))).entities
  if (!gum) throw new Error('no gold entities under gum/')
  return gum
}

describe('corpus floor', () => {
  test('every corpus article parses', () => {
    expect(corpus.skipped).toEqual([])
    expect(rows.length).toBe(38)
  })

  test(`no article of ${MIN_WORDS}+ words has under ${MIN_QUESTIONS} questions`, () => {
    const thin = rows
      .filter((r) => r.words >= MIN_WORDS && r.questions < MIN_QUESTIONS)
      .map((r) => `${r.article} (${r.words} words, ${r.questions} questions)`)
    expect(thin).toEqual([])
  })

  test(`true/false statements are True ${TRUE_SHARE[0] * 100}–${TRUE_SHARE[1] * 100}% of the time`, () => {
    expect(summary.trueShare).not.toBeNull()
    expect(summary.trueShare).toBeGreaterThanOrEqual(TRUE_SHARE[0])
    expect(summary.trueShare).toBeLessThanOrEqual(TRUE_SHARE[1])
  })

  test('gum people: pooled recall and precision', () => {
    const { precision, recall } = precisionRecall(gumPooled().person)
    expect(recall).toBeGreaterThanOrEqual(PERSON.recall)
    expect(precision).toBeGreaterThanOrEqual(PERSON.precision)
  })

  test('gum organisations and places: pooled recall and precision', () => {
    const { organisation, place } = gumPooled()
    const { precision, recall } = precisionRecall({
      found: organisation.found + place.found,
      correct: organisation.correct + place.correct,
      named: organisation.named + place.named,
      recalled: organisation.recalled + place.recalled,
      wrong: [],
      missed: [],
    })
    expect(recall).toBeGreaterThanOrEqual(ORGANISATION_AND_PLACE.recall)
    expect(precision).toBeGreaterThanOrEqual(ORGANISATION_AND_PLACE.precision)
  })
})
