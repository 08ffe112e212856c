/**
 * Scores the entities an article's extractor found against GUM's gold named entities.
 *
 * Matching protocol (the README's "Question generator on real news" says the same):
 * - Kinds pair up person ↔ person, organisation ↔ organization, place ↔ place; a found
 *   entity is only ever compared with gold entities of its own kind.
 * - Every surface form is normalised: curly quotes folded to straight ones, GUM's spaced
 *   hyphens ("Udvar - Hazy") closed up, a leading "the " and a trailing possessive ('s, s')
 *   dropped, lower-cased, whitespace collapsed.
 * - A found entity matches a gold entity when one of its forms (its name or any mention's
 *   text) of at least 2 characters equals a gold mention, or occurs in one as a whole-word
 *   sequence: found "Harry Kane" matches gold "English captain Harry Kane".
 * - Only named gold entities count for recall. A gold entity is named when one of its
 *   mentions holds, before any post-modifier (a preposition, relative word or participle
 *   after its first word: "Muslims in the United States" is a group, not a name), a run of
 *   capitalised words (a leading The/A/An not counted) that is,
 *   for people, more than one plural word (a final -s not after a, i, o, s or u):
 *   "Muslims", "about 100,000 Greeks" and "many Texans" are generic groups, "Zeus" is a
 *   name, and places and organisations ending in s ("Texas", "Wikinews") are names.
 * - Only gold entities the article's body names count for recall: GUM annotates picture
 *   captions and credits, which the corpus Markdown leaves out ("Bill Ingalls", a photo credit).
 * - Precision: found entities of a kind that match some gold entity of that kind (named or
 *   generic) over all found of that kind. Recall: named gold entities of a kind matched by
 *   some found entity of that kind over all named gold entities of that kind.
 */
import { z } from 'zod'

export const ENTITY_KINDS = ['person', 'organisation', 'place'] as const
export type EntityKind = (typeof ENTITY_KINDS)[number]

const GOLD_KIND = { person: 'person', organization: 'organisation', place: 'place' } as const

export const goldFileSchema = z.object({
  named_entities: z.array(
    z.object({
      type: z.enum(['person', 'organization', 'place']),
      name: z.string(),
      mentions: z.array(z.string()),
    }),
  ),
})
export type GoldFile = z.infer<typeof goldFileSchema>
export type GoldEntity = GoldFile['named_entities'][number]

export type FoundEntity = { name: string; kind: EntityKind; mentions: string[] }

export type KindScore = {
  /** Found entities of the kind, and those matching a gold entity of the kind. */
  found: number
  correct: number
  /** Named gold entities of the kind, and those some found entity matches. */
  named: number
  recalled: number
  /** Found names with no gold match, and named gold entities never matched. */
  wrong: string[]
  missed: string[]
}

export type EntityScore = Record<EntityKind, KindScore>

function normaliseSpacing(text: string): string {
  return text
    .replace(/[‘’‛′]/g, "'")
    .replace(/\s+-\s+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
}

export function normaliseName(text: string): string {
  return normaliseSpacing(text.replace(/[“”„″]/g, '"'))
    .replace(/^the /i, '')
    .replace(/'s$/i, '')
    .replace(/s'$/i, 's')
    .toLowerCase()
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c)

/** `part` occurs in `whole` with no letter or digit touching either end. */
export function containsWords(whole: string, part: string): boolean {
  if (!part) return false
  for (let i = whole.indexOf(part); i >= 0; i = whole.indexOf(part, i + 1)) {
    if (!isWordChar(whole[i - 1]) && !isWordChar(whole[i + part.length])) return true
  }
  return false
}

export function matchesGold(forms: string[], gold: GoldEntity): boolean {
  const goldForms = gold.mentions.map(normaliseName)
  return forms
    .map(normaliseName)
    .filter((f) => f.length >= 2)
    .some((f) => goldForms.some((g) => g === f || containsWords(g, f)))
}

const ARTICLE = /^(the|a|an)$/i
const isCapitalised = (token: string) => /^[^\p{L}\p{N}]*\p{Lu}/u.test(token)

/** Runs of consecutive capitalised tokens in a mention, a leading The/A/An dropped. */
export function capitalisedRuns(mention: string): string[][] {
  const tokens = normaliseSpacing(mention).split(' ').filter(Boolean)
  if (tokens[0] && ARTICLE.test(tokens[0])) tokens.shift()
  const runs: string[][] = []
  let run: string[] = []
  for (const t of tokens) {
    if (isCapitalised(t)) run.push(t)
    else if (run.length) {
      runs.push(run)
      run = []
    }
  }
  if (run.length) runs.push(run)
  return runs
}

/** One word with a plural -s: "Muslims", "Texans"; not "Zeus", "Thomas", "Ross". */
const isPluralWord = (run: string[]) =>
  run.length === 1 && /[^aiosu]s$/i.test((run[0] ?? '').replace(/'s?$/, ''))

/** Lower-case words that open a post-modifier: a preposition, a relative word, a participle. */
const POST_MODIFIER =
  /^(in|at|from|of|to|on|for|by|throughout|across|near|inside|outside|around|within|during|under|which|who|whom|whose|that|\p{Ll}+(?:ing|ed))$/u

/**
 * The mention up to its post-modifier: "Muslims" of "Muslims in the United States", "children"
 * of "children in mainland Australia". A name in the modifier names another entity (the
 * country), so it does not make this one named. A mention's first word is never cut.
 */
export function beforePostModifier(mention: string): string {
  const words = normaliseSpacing(mention).split(' ')
  const cut = words.findIndex((w, i) => i > 0 && POST_MODIFIER.test(w))
  return (cut > 0 ? words.slice(0, cut) : words).join(' ')
}

export function isNamedGold(gold: GoldEntity): boolean {
  const person = gold.type === 'person'
  return gold.mentions.some((m) =>
    capitalisedRuns(beforePostModifier(m)).some((run) => !(person && isPluralWord(run))),
  )
}

/** Some mention of the gold entity occurs in the text (after the same normalisation). */
export function occursIn(text: string, gold: GoldEntity): boolean {
  const body = normaliseName(text)
  return gold.mentions.some((m) => containsWords(body, normaliseName(m)))
}

/**
 * `text`, where given, is the body the extractor read: a named gold entity none of whose
 * mentions occurs in it (it was named only in a picture caption or credit the article's
 * Markdown leaves out) cannot be found, so it does not count for recall.
 */
export function scoreEntities(
  found: FoundEntity[],
  gold: GoldEntity[],
  text?: string,
): EntityScore {
  const score = {} as EntityScore
  for (const kind of ENTITY_KINDS) {
    const mine = found.filter((f) => f.kind === kind)
    const theirs = gold.filter((g) => GOLD_KIND[g.type] === kind)
    const named = theirs.filter((g) => isNamedGold(g) && (text === undefined || occursIn(text, g)))
    const formsOf = (f: FoundEntity) => [f.name, ...f.mentions]
    const wrong = mine.filter((f) => !theirs.some((g) => matchesGold(formsOf(f), g)))
    const missed = named.filter((g) => !mine.some((f) => matchesGold(formsOf(f), g)))
    score[kind] = {
      found: mine.length,
      correct: mine.length - wrong.length,
      named: named.length,
      recalled: named.length - missed.length,
      wrong: wrong.map((f) => f.name),
      missed: missed.map((g) => g.name),
    }
  }
  return score
}

/** Sums per-article scores into pooled (micro-averaged) counts per kind. */
export function poolScores(scores: EntityScore[]): EntityScore {
  const pooled = {} as EntityScore
  for (const kind of ENTITY_KINDS) {
    const of = scores.map((s) => s[kind])
    const sum = (k: 'found' | 'correct' | 'named' | 'recalled') => of.reduce((n, s) => n + s[k], 0)
    pooled[kind] = {
      found: sum('found'),
      correct: sum('correct'),
      named: sum('named'),
      recalled: sum('recalled'),
      wrong: of.flatMap((s) => s.wrong),
      missed: of.flatMap((s) => s.missed),
    }
  }
  return pooled
}

/** Precision and recall of a kind; null where nothing was found or nothing named. */
export function precisionRecall(s: KindScore): { precision: number | null; recall: number | null } {
  return {
    precision: s.found ? s.correct / s.found : null,
    recall: s.named ? s.recalled / s.named : null,
  }
}
