/**
 * Builds the ranked question pool for an article: deterministic (same article version
 * → same questions and ids), one question per fact and format, ranked by quality.
 */
import type { ArticleDoc } from '@/lib/content'
import { alternativeOf, type TruthBalance } from './build/alternatives'
import { buildDateBlankQuestions, buildNumberQuestions } from './build/blanks'
import type { Built } from './build/common'
import { createBuildContext } from './build/context'
import { buildDateQuestions } from './build/dates'
import { buildEventQuestions } from './build/events'
import { buildGapQuestions } from './build/gaps'
import { buildPeopleQuestions } from './build/people'
import { buildQuoteQuestions } from './build/spoken'
import { buildStanceQuestions } from './build/stances'
import { hardDefects } from './check/defects'
import { extractAll } from './extract'
import { analyse } from './nlp'
import { checkPool, type QualityIssue } from './quality'
import type { Question, QuestionPool } from './types'

const folded = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
const sameName = (a: string, b: string) => folded(a) !== '' && folded(a) === folded(b)

function stripBuilt(b: Built): Question {
  const { factIds: _factIds, ...q } = b
  return q as Question
}

/** Every candidate with the facts it asks about (kept out of the public Question shape). */
export function buildCandidates(doc: ArticleDoc): Built[] {
  const { facts: extracted, registry, entities: named } = extractAll(doc)
  // The outlet that wrote the story ("Wikinews observed …") is its narrator, not an actor in it.
  const outlet = (name: string) => sameName(name, doc.meta.source)
  const entities = named.filter((e) => !outlet(e.name))
  const facts = extracted.filter(
    (f) => !(f.type === 'event' && (outlet(f.actorName) || (f.object && outlet(f.object.name)))),
  )
  const ctx = createBuildContext(doc, facts, registry, entities)
  const rule = [
    ...buildPeopleQuestions(ctx),
    ...buildStanceQuestions(ctx),
    ...buildDateQuestions(ctx),
  ]
  const balance = balanceOf(rule)
  const sentences = analyse(doc).sentences
  const found = [
    ...rule,
    ...buildEventQuestions(ctx, balance),
    ...buildNumberQuestions(ctx),
    ...buildDateBlankQuestions(ctx, sentences),
    ...buildQuoteQuestions(ctx, sentences),
  ]
  // Broken stems go before anything counts them; the balance then drops surplus statements,
  // so their sentences can still be asked as blanks.
  const sound = found.filter((q) => defectsOf(q).length === 0)
  const kept = balanceTruth([...sound].sort(byQuality))
  const asked = new Map<string, string>()
  for (const q of kept)
    for (const e of q.evidence)
      asked.set(e.sentenceId, `${asked.get(e.sentenceId) ?? ''} ${shownText(q)}`)
  // The gap pass adds statements of its own: the pool is balanced again over everything.
  const all = balanceTruth(
    [...kept, ...buildGapQuestions(ctx, sentences, asked, balanceOf(kept))].sort(byQuality),
  )
  const seen = new Set<string>()
  const unique: Built[] = []
  // Only questions of one format can be near duplicates: each is compared within its format.
  const byFormat = new Map<string, Built[]>()
  for (const q of [...all].sort(byQuality)) {
    if (defectsOf(q).length) continue // gap blanks are checked here
    const keys = [
      q.id,
      `${q.format}|${q.prompt}|${'statement' in q ? q.statement : ''}|${'before' in q ? `${q.before}|${q.after}` : ''}`,
    ]
    if (keys.some((k) => seen.has(k))) continue
    const sameFormat = byFormat.get(q.format) ?? []
    if (sameFormat.some((u) => nearDuplicate(u, q))) continue
    for (const k of keys) seen.add(k)
    unique.push(q)
    sameFormat.push(q)
    byFormat.set(q.format, sameFormat)
  }
  return unique
}

/** Everything a question shows or asks for, in lower case: its stem, statement, blanks and options. */
function shownText(q: Built): string {
  const parts = [q.prompt]
  if ('statement' in q) parts.push(q.statement)
  if ('before' in q) parts.push(q.before, q.after)
  if ('options' in q) parts.push(...q.options.map((o) => o.text))
  if ('items' in q) parts.push(...q.items.map((i) => i.text))
  if ('left' in q) parts.push(...q.left.map((i) => i.text), ...q.right.map((i) => i.text))
  return parts.join(' ').toLowerCase()
}

/** hardDefects of a candidate, worked out once: most are checked both before and after the gap pass. */
const defectCache = new WeakMap<Built, string[]>()
function defectsOf(q: Built): string[] {
  let found = defectCache.get(q)
  if (!found) {
    found = hardDefects(q)
    defectCache.set(q, found)
  }
  return found
}

const byQuality = (a: Built, b: Built) => b.quality - a.quality || (a.id < b.id ? -1 : 1)

const STOP = new Set(
  'the a an of to in on at and or is was were be by for that with as from who which what when'.split(
    ' ',
  ),
)

const wordCache = new WeakMap<Built, Set<string>>()

function wordsOf(q: Built): Set<string> {
  const hit = wordCache.get(q)
  if (hit) return hit
  const words = stemWords(q)
  wordCache.set(q, words)
  return words
}

function stemWords(q: Built): Set<string> {
  const text = [
    q.prompt,
    'statement' in q ? q.statement : '',
    'before' in q ? `${q.before} ${q.after}` : '',
  ]
    .join(' ')
    .toLowerCase()
  return new Set(text.split(/[^\p{L}\p{N}]+/u).filter((w) => w && !STOP.has(w)))
}

/**
 * Two questions of one format that ask the same thing: the same evidence span, or stems
 * sharing nine words in ten. The lower-ranked one goes.
 */
function nearDuplicate(a: Built, b: Built): boolean {
  const ea = a.evidence[0]
  const eb = b.evidence[0]
  if (singleFact(a) && singleFact(b) && ea && eb)
    if (ea.sentenceId === eb.sentenceId && ea.start === eb.start && ea.end === eb.end) return true
  if (a.format === 'match' || a.format === 'order') return false
  const wa = wordsOf(a)
  const wb = wordsOf(b)
  // "According to Ned Price, the US holds Iran responsible" beside "Ned Price said that the US
  // holds Iran responsible": two statements of one claim, however it is attributed.
  if (a.format === 'true-false') {
    const ca = claimWordsOf(a)
    const cb = claimWordsOf(b)
    if (sharedCount(ca, cb) / Math.max(1, Math.min(ca.size, cb.size)) >= 0.8) return true
  }
  return sharedCount(wa, wb) / Math.max(1, Math.max(wa.size, wb.size)) >= 0.9
}

const singleFact = (q: Built) => q.format !== 'match' && q.format !== 'order'

function sharedCount(a: Set<string>, b: Set<string>): number {
  let n = 0
  for (const w of a) if (b.has(w)) n += 1
  return n
}

const ATTRIBUTION = new Set(
  'according article true false said says say told added stated'.split(' '),
)

// Each candidate is compared with every one kept before it: its claim words are worked out once.
const claimCache = new WeakMap<Built, Set<string>>()
function claimWordsOf(q: Built): Set<string> {
  let words = claimCache.get(q)
  if (!words) {
    words = new Set([...wordsOf(q)].filter((w) => !ATTRIBUTION.has(w)))
    claimCache.set(q, words)
  }
  return words
}

/** The True and False statements among some questions. */
function balanceOf(qs: Built[]): TruthBalance {
  const statements = qs.filter((q) => q.format === 'true-false')
  const truths = statements.filter(isTrue).length
  return { truths, falses: statements.length - truths }
}

const isTrue = (q: Built) =>
  q.format === 'true-false' &&
  q.options.find((o) => 'optionId' in q.key && o.id === q.key.optionId)?.text === 'True'

/**
 * Brings the pool's true/false keys to within one of even (40–60% True from five statements
 * on) by switching or dropping the lowest-ranked surplus statements: first those whose fact another question already asks, then any (their
 * sentence can still be asked as a blank).
 */
function balanceTruth(qs: Built[]): Built[] {
  // Facts a question of another format asks (a statement is never in another format).
  const askedIds = new Set(qs.filter((o) => o.format !== 'true-false').flatMap((o) => o.factIds))
  const askedElsewhere = (q: Built) => q.factIds.some((id) => askedIds.has(id))
  const out = [...qs]
  const tf = () => out.filter((q) => q.format === 'true-false')
  // The True share is kept as two counts updated at each switch and drop, rather than counted
  // again for every statement weighed: on a long article that recount was a fifth of the time.
  let statements = 0
  let truths = 0
  const count = (q: Built, sign: 1 | -1) => {
    if (q.format === 'true-false') statements += sign
    if (isTrue(q)) truths += sign
  }
  for (const q of out) count(q, 1)
  // How many more True keys than False: an odd number of statements cannot be even, so one
  // to spare either way is balanced (2 of 3 True is as near half as 3 statements get).
  const lean = () => 2 * truths - statements
  const surplus = (q: Built) =>
    (isTrue(q) && (lean() > 1 || (statements === 1 && !alternativeOf(q)))) ||
    (!isTrue(q) && lean() < -1)
  const replace = (q: Built, by: Built) => {
    out[out.indexOf(q)] = by
    count(q, -1)
    count(by, 1)
  }
  const drop = (q: Built) => {
    out.splice(out.indexOf(q), 1)
    count(q, -1)
  }
  // Switch to the other version where a builder made one; then drop, facts asked elsewhere first.
  for (const q of [...tf()].reverse()) {
    const alt = alternativeOf(q)
    if (alt && surplus(q)) replace(q, alt)
  }
  // One statement alone cannot be balanced within its pool; across pools, its version is a coin
  // toss fixed by its id, so "always True" wins nothing over many articles.
  const only = tf()
  const lone = only.length === 1 ? only[0] : undefined
  const loneAlt = lone && alternativeOf(lone)
  if (lone && loneAlt && (lone.id.charCodeAt(0) + lone.id.charCodeAt(1)) % 2 === 1)
    replace(lone, loneAlt)
  for (const pass of [askedElsewhere, () => true])
    for (const q of [...tf()].reverse()) if (pass(q) && surplus(q)) drop(q)
  return out
}

/**
 * What the pool's own checks find wrong in a single question — an answer its evidence does not
 * hold, a speaker the sentence does not name, a broken stem, a wrong option that clashes with the
 * key, a fact asked twice in one format — is a reason to drop it, never to show it.
 */
const DROPPED = new Set([
  'evidence',
  'unsupported',
  'stem',
  'speaker',
  'distractor',
  'contains',
  'duplicate',
])

/** The issues that would drop candidates from the article's pool (empty when none is dropped). */
export function droppedIssues(doc: ArticleDoc): QualityIssue[] {
  const questions = buildCandidates(doc).map(stripBuilt)
  return checkPool(doc, { articleHash: doc.hash, questions }).filter((i) => DROPPED.has(i.code))
}

export function generateQuestionPool(doc: ArticleDoc): QuestionPool {
  const candidates = buildCandidates(doc)
  const pool = { articleHash: doc.hash, questions: candidates.map(stripBuilt) }
  const flagged = new Set(
    checkPool(doc, pool, { shape: false })
      .filter((i) => DROPPED.has(i.code))
      .map((i) => i.questionId),
  )
  if (flagged.size === 0) return pool
  // Dropping statements can tip the true/false share: the balance runs once more.
  const kept = balanceTruth(candidates.filter((q) => !flagged.has(q.id)))
  return { articleHash: doc.hash, questions: kept.map(stripBuilt) }
}
