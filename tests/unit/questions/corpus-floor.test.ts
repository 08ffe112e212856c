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

/*
 * The targets are higher than these floors: a median of 15 questions per 350 words,
 * no 200+-word article under 8 questions, people P ≥ 0.90 / R ≥ 0.85, organisations and places P ≥ 0.85 / R ≥ 0.75. The floors are
 * what the generator measures today, a little below (README, "Question generator on real
 * news"), so CI fails on a regression; raise them as the generator improves.
 */
const MIN_WORDS = 200
const MIN_QUESTIONS = 8
/** Articles of 200+ words allowed under MIN_QUESTIONS today (8 on 4 December; the target is 0). */
const MAX_THIN = 8
/** No 200+-word article may have fewer than this. */
const MIN_ANY = 2
/*
 * 9.6 measured on 3 December after wrong options of another kind of body ("Team Estonia" for
 * "the Taliban") stopped being offered: the questions that had only such options went (10.3
 * before). 4 December: 10.7 with asides, denied deeds and body stand-ins, back to 9.6 once
 * blanks the headline or world knowledge answers were dropped (review r5). The target stays 15.
 */
const MEDIAN_PER_350 = 9.5
const TRUE_SHARE = [0.4, 0.6] as const
/*
 * Measured on 3 December (after the organisation-typing pass): people P 0.90 R 0.88;
 * organisations P 0.89 R 0.78, places P 0.88 R 0.86 (together P 0.88 R 0.82). The targets
 * stay people P ≥ 0.90 / R ≥ 0.85, organisations and places P ≥ 0.85 / R ≥ 0.75 each.
 */
const PERSON = { recall: 0.86, precision: 0.88 }
const ORGANISATION_AND_PLACE = { recall: 0.8, precision: 0.86 }

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

  test(`at most ${MAX_THIN} articles of ${MIN_WORDS}+ words have under ${MIN_QUESTIONS} questions, none under ${MIN_ANY}`, () => {
    const long = rows.filter((r) => r.words >= MIN_WORDS)
    const thin = long
      .filter((r) => r.questions < MIN_QUESTIONS)
      .map((r) => `${r.article} (${r.questions})`)
    expect(thin.length, thin.join(', ')).toBeLessThanOrEqual(MAX_THIN)
    expect(long.filter((r) => r.questions < MIN_ANY).map((r) => r.article)).toEqual([])
  })

  test(`median questions per 350 words is at least ${MEDIAN_PER_350}`, () => {
    expect(summary.medianPer350).toBeGreaterThanOrEqual(MEDIAN_PER_350)
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
