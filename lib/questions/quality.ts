/**
 * The quality checks, as code: answer supported by its evidence, no fact asked twice in
 * one format, no distractor equal to or containing the answer (or an alias), whole
 * grammatical stems, no evidence outside body text, and no longest-option giveaway.
 */
import type { ArticleDoc } from '@/lib/content'
import { articleWordSet, explanationProblems, properWordSet, stemProblems } from './check/stems'
import { optionsClash } from './distractors'
import { extractAll } from './extract'
import { labelOf, type Registry } from './extract/actors'
import { type Context, createContext, type SentenceRef } from './extract/context'
import { articleDates, type DateHit, formatDate } from './extract/dates'
import { resolveSubject } from './extract/speakers'
import { COUNTRIES, findCountry } from './lexicon'
import { findEntities } from './nlp'
import { toPublicQuestion } from './public'
import { findPhrase, foldQuotes, normaliseName } from './text'
import type { Question, QuestionPool } from './types'
import { publicQuestionSchema } from './types'

export type QualityIssue = { questionId: string; code: string; message: string }

function correctText(q: Question): string | null {
  if (q.key.format === 'single' || q.key.format === 'cloze' || q.key.format === 'true-false') {
    const id = q.key.optionId
    const opts =
      q.format === 'single' || q.format === 'cloze' || q.format === 'true-false' ? q.options : []
    return opts.find((o) => o.id === id)?.text ?? null
  }
  return null
}

function supported(q: Question, { sentences, datesIn }: ArticleView): boolean {
  const answer = correctText(q)
  if (!answer || q.format === 'true-false') return true
  const texts = q.evidence.map((e) => sentences.get(e.sentenceId) ?? '')
  // A blank filled by exactly the words its evidence span covers.
  if (q.format === 'cloze' && q.evidence.some((e, i) => texts[i]?.slice(e.start, e.end) === answer))
    return true
  if (q.category === 'date') {
    return texts.some((t) => datesIn(t).some((d) => formatDate(d.resolved) === answer))
  }
  const hay = normaliseName(texts.join(' '))
  // "Beijing described the deal as …" → "China": a capital or metonym stands for its country.
  const country = findCountry(answer)
  if (
    country &&
    [...country.aliases, country.capital].some((a) => findPhrase(texts.join(' '), a) >= 0)
  )
    return true
  const words = normaliseName(answer)
    .split(' ')
    .filter((w) => w.length > 2)
  return (
    words.length > 0 && words.filter((w) => hay.includes(w)).length >= Math.ceil(words.length * 0.5)
  )
}

const views = new WeakMap<ArticleDoc, { ctx: Context; reg: Registry }>()
function viewOf(doc: ArticleDoc) {
  let v = views.get(doc)
  if (!v) {
    // The full extraction: unnamed sources join the registry only as stances find them.
    v = { ctx: createContext(doc), reg: extractAll(doc).registry }
    views.set(doc, v)
  }
  return v
}

/** Who a question says said something: "Who said …?" → its answer; "…, according to X?"; "X said that …" keyed true. */
function claimedSpeaker(q: Question): string | null {
  if (q.format === 'single' && /^Who (?:said|\w+ed)\b/.test(q.prompt)) return correctText(q)
  const acc = /, according to (?!the article\b)([^?,]+)\?$/.exec(q.prompt)
  if (acc?.[1]) return acc[1]
  if (q.format !== 'true-false' || correctText(q) !== 'True') return null
  const via = /^According to (?!the article\b)([^,]+), /.exec(q.statement)
  if (via?.[1]) return via[1]
  const said =
    /^According to the article, (.+?) (?:(?:has|have|had) )?(?:said|says|added|warned|claimed|urged|denied|told)\b/.exec(
      q.statement,
    )
  return said?.[1] ?? null
}

/**
 * A speaker must be named in the evidence sentence, or be what a pronoun in it resolves to
 * ("She said …" after "…, Priya Natarajan, urged …"); a follow-on quote may lean on the
 * sentence before it in the paragraph. A name found only elsewhere is a wrong attribution.
 */
function speakerProblem(doc: ArticleDoc, q: Question): string | null {
  const name = claimedSpeaker(q)
  const ev = q.evidence[0]
  if (!name || !ev) return null
  const { ctx, reg } = viewOf(doc)
  const s = ctx.sentences.find((x) => x.id === ev.sentenceId)
  if (!s) return null
  // "Joe Biden and Mustafa al-Kadhimi": each holder of a joint statement must be there.
  const named = (part: string) => {
    const bare = foldQuotes(part).replace(/^the\s+/i, '')
    const actor = [...reg.actors.values()].find(
      (a) => labelOf(a).toLowerCase() === bare.toLowerCase() || a.aliases.includes(bare),
    )
    // A person no cue registered is named by the forms the entity linker joined to them:
    // "…, Wilkins said" names Kristen Wilkins.
    const entity = findEntities(doc).find(
      (e) => e.kind === 'person' && e.name.toLowerCase() === bare.toLowerCase(),
    )
    const linked = entity?.mentions.map((m) => m.text) ?? []
    const forms = [bare, ...(actor?.aliases ?? []), ...linked].map((f) => f.toLowerCase())
    // An unnamed source returns as a shorter definite description: "the US official".
    const head =
      actor?.kind === 'source' ? /(\w+?)s?(?:\s+(?:in|from|at|with)\s.*)?$/.exec(bare)?.[1] : ''
    const again = head ? new RegExp(`\\bthe\\s+(?:[\\w.]+\\s+){0,3}${head}s?\\b`, 'i') : null
    const names = (t: SentenceRef) =>
      forms.some((f) => t.folded.toLowerCase().includes(f)) || !!again?.test(t.folded)
    const refers = (t: SentenceRef) =>
      [...t.folded.matchAll(/\b(?:he|she|they|it|both)\b/gi)].some((m) =>
        (resolveSubject(reg, m[0].toLowerCase(), t, m.index ?? 0) ?? []).some(
          (r) => r.key === actor?.key,
        ),
      )
    const attributes = (t: SentenceRef | undefined) =>
      t !== undefined && t.paragraph === s.paragraph && (names(t) || (!!actor && refers(t)))
    // A quote that opens the sentence continues one before it or runs on into the next.
    const quoted = /^\s*"/.test(s.folded)
    return (
      attributes(s) ||
      (quoted && (attributes(ctx.sentences[s.index - 1]) || attributes(ctx.sentences[s.index + 1])))
    )
  }
  if (name.split(/\s+and\s+/).every(named)) return null
  return `names ${name} as the speaker, but ${ev.sentenceId} neither names them nor refers to them with a pronoun`
}

type ArticleView = {
  sentences: Map<string, string>
  /** The dates in a sentence's text, as extraction found them. */
  datesIn: (text: string) => DateHit[]
  articleWords: Set<string>
  article: { sentences: string[]; properWords: Set<string> }
}

/** What every check reads of the article, worked out once per article version. */
const articleViews = new WeakMap<ArticleDoc, ArticleView>()
function articleView(doc: ArticleDoc): ArticleView {
  const known = articleViews.get(doc)
  if (known) return known
  const sentences = new Map(
    doc.paragraphs.flatMap((p) => p.sentences.map((s) => [s.id, s.text] as const)),
  )
  const texts = [...sentences.values(), doc.meta.title]
  // "Moscow said …" lets a stem say "Russia": a capital or metonym names its country.
  const countries = COUNTRIES.filter((c) =>
    [...c.aliases, c.capital].some((a) => texts.some((t) => findPhrase(t, a) >= 0)),
  ).map((c) => c.name)
  const datesIn = (text: string) => articleDates(doc, foldQuotes(text))
  const view = {
    sentences,
    datesIn,
    articleWords: articleWordSet([...texts, ...countries]),
    article: {
      sentences: [...sentences.values()],
      properWords: properWordSet([...sentences.values()], [doc.meta.title]),
    },
  }
  articleViews.set(doc, view)
  return view
}

/**
 * Runs every check on a pool; an empty list means all green. `shape: false` skips the public
 * schema check (for pools the generator has just built to that schema).
 */
export function checkPool(
  doc: ArticleDoc,
  pool: QuestionPool,
  { shape = true }: { shape?: boolean } = {},
): QualityIssue[] {
  const issues: QualityIssue[] = []
  const add = (q: Question, code: string, message: string) =>
    issues.push({ questionId: q.id, code, message })
  const view = articleView(doc)
  const { sentences, articleWords, article } = view
  const seen = new Map<string, string>()
  let longest = 0
  let choice = 0
  let chance = 0
  for (const q of pool.questions) {
    if (shape && !publicQuestionSchema.safeParse(toPublicQuestion(q)).success)
      add(q, 'schema', 'public shape is invalid')
    q.evidence.forEach((e, i) => {
      const t = sentences.get(e.sentenceId)
      if (t === undefined)
        add(
          q,
          'evidence',
          `evidence ${e.sentenceId} is not a body sentence (caption, credit or heading?)`,
        )
      else if (e.start < 0 || e.end > t.length || e.end <= e.start)
        add(q, 'evidence', `span ${e.start}-${e.end} is outside ${e.sentenceId}`)
      // The first evidence item is the fact itself; later ones only name who holds it.
      const factKey = `${q.format}|${e.sentenceId}:${e.start}-${e.end}`
      if (i > 0 || q.format === 'match' || q.format === 'order') return
      if (seen.has(factKey))
        add(q, 'duplicate', `asks the same fact as ${seen.get(factKey)} in the same format`)
      seen.set(factKey, q.id)
    })
    if (!supported(q, view))
      add(q, 'unsupported', `answer “${correctText(q)}” is not in the evidence`)
    for (const p of stemProblems(q, articleWords, article)) add(q, 'stem', p)
    const speaker = speakerProblem(doc, q)
    if (speaker) add(q, 'speaker', speaker)
    for (const p of explanationProblems(q)) add(q, 'explanation', p)
    if (q.format === 'single' || q.format === 'cloze') {
      const answer = correctText(q) ?? ''
      const keyId = 'optionId' in q.key ? q.key.optionId : ''
      const others = q.options.filter((o) => o.id !== keyId)
      for (const o of others)
        if (optionsClash(o.text, answer))
          add(q, 'distractor', `distractor “${o.text}” clashes with the answer`)
      for (const a of others)
        for (const b of others)
          if (a !== b && optionsClash(a.text, b.text))
            add(q, 'contains', `“${a.text}” and “${b.text}” overlap`)
      if (q.key.format === 'cloze')
        for (const o of others)
          if (q.key.accepted.some((x) => optionsClash(x, o.text)))
            add(q, 'distractor', `distractor “${o.text}” is an accepted answer`)
      const max = Math.max(...q.options.map((o) => o.text.length))
      choice += 1
      chance += 1 / q.options.length
      if (answer.length === max && q.options.filter((o) => o.text.length === max).length === 1)
        longest += 1
    }
  }
  if (choice >= 4 && longest > chance * 1.5 + 1) {
    issues.push({
      questionId: '*',
      code: 'length-giveaway',
      message: `the correct option is the longest in ${longest} of ${choice} questions (chance ≈ ${chance.toFixed(1)})`,
    })
  }
  return issues
}
