/**
 * Builds the ranked question pool for an article: deterministic (same article version
 * → same questions and ids), one question per fact and format, ranked by quality.
 */
import type { ArticleDoc } from '@/lib/content'
import type { Built } from './build/common'
import { createBuildContext } from './build/context'
import { buildDateQuestions } from './build/dates'
import { buildPeopleQuestions } from './build/people'
import { buildStanceQuestions } from './build/stances'
import { extractAll } from './extract'
import type { Question, QuestionPool } from './types'

function stripBuilt(b: Built): Question {
  const { factIds: _factIds, ...q } = b
  return q as Question
}

/** Every candidate with the facts it asks about (kept out of the public Question shape). */
export function buildCandidates(doc: ArticleDoc): Built[] {
  const { facts, registry } = extractAll(doc)
  const ctx = createBuildContext(doc, facts, registry)
  const all = [
    ...buildPeopleQuestions(ctx),
    ...buildStanceQuestions(ctx),
    ...buildDateQuestions(ctx),
  ]
  const seen = new Set<string>()
  const out: Built[] = []
  for (const q of all) {
    const keys = [
      q.id,
      `${q.format}|${q.prompt}|${'statement' in q ? q.statement : ''}|${'before' in q ? q.before : ''}`,
    ]
    if (keys.some((k) => seen.has(k))) continue
    for (const k of keys) seen.add(k)
    out.push(q)
  }
  return out.sort((a, b) => b.quality - a.quality || (a.id < b.id ? -1 : 1))
}

export function generateQuestionPool(doc: ArticleDoc): QuestionPool {
  return { articleHash: doc.hash, questions: buildCandidates(doc).map(stripBuilt) }
}
