/**
 * Stem grammar checks: a stem is a whole question or statement, never a clause cut
 * mid-way, with balanced quotes and brackets, a complementizer after a reporting verb
 * that needs one ("Who added dust … had darkened" is not English), and no invented word
 * forms (every word is in the article, or an inflection of one: "ad" is not "added").
 */
import { baseForm, hasFiniteVerb, isPastVerb, pastOf } from '../extract/grammar'
import { TITLES } from '../lexicon'
import { escapeRegExp, foldQuotes } from '../text'
import type { Question } from '../types'

const DANGLING = /\b(?:the|a|an|of|and|or|with|by|that|which|his|her|its|their)\s*[?.]$/i

/** "X said that on Tuesday, raising …": the reported content is a date phrase, not a clause. */
const REPORTED_DATE_LEAD =
  /\b(?:said|says|say|added|warned|claimed|told \w+)\s+that\s+(?:on|in|at|last|this|by|from|during|after|before|earlier|later)\b[^,.?]{0,30}(?:,|[.?]$)/i
/** "…, raising the prospect of disruption.": a participle phrase that modifies nothing left in the stem. */
const DANGLING_PARTICIPLE =
  /,\s+(?!including\b|according\b|notably\b)[a-z]{3,}ing\s+(?:the|a|an|its|their|his|her|new|fresh|fears?|concerns?|hopes?|questions?|doubts?)\b[^,;:]*[.?]$/

/** Reporting verbs that need "that" before a finite clause (say/tell may drop it). */
const NEEDS_THAT =
  'added|adds|warned|warns|claimed|claims|argued|argues|insisted|insists|noted|notes|stated|states|explained|explains|confirmed|confirms|announced|announces|estimated|estimates|estimate|admitted|admits|acknowledged|suggested|suggests|complained|conceded|stressed|stresses|predicted|predicts|revealed|wrote|testified|add|warn|claim|argue|insist|note|explain|confirm|announce|admit|suggest|stress|predict|reveal|testify'
const FINITE =
  '\\b(?:had|has|have|was|were|is|are|will|would|could|should|might|must|can|may|did|does|do)\\b'
// Case-sensitive: verbs are lower case in a stem, and "United States" is not "states".
const MISSING_THAT = new RegExp(
  `\\b(?:${NEEDS_THAT})\\s+(?!that\\b|to\\b|whether\\b|if\\b|how\\b|what\\b|when\\b|why\\b|[:‘“'"])(?:[^,;:‘“]{1,80}?)${FINITE}`,
  '',
)

/** "When would it …?", "according to He": a stem must name who or what it asks about. */
const UNRESOLVED =
  /^(?:When|Where|Who|Whom|By what year|By when)\s+(?:did|does|do|was|were|is|are|has|have|had|will|would|could|can|may|might)\s+(?:it|he|she|they|which|who|that|\w+ing)\b|\baccording to (?:he|she|it|they|him|her|them|which|who)\b/i

/** Words a question frame adds that the article need not contain. */
const FRAME = new Set(
  (
    'when where who whom what which how did does do was were is are has have had will would could should ' +
    'might may can according to the a an article by year true false or complete sentence from post hold ' +
    'holds described as say says said that take took place position organisation of in on at it its ' +
    'match each person speaker they put these events order earliest first with and be been being what ' +
    'month day week this happen responsible gives them once country group not'
  ).split(' '),
)

function inflections(w: string): string[] {
  const out = [w, `${w}s`, `${w}es`, `${w}d`, `${w}ed`, `${w}ing`, `${w}'s`, `${w}’s`]
  if (w.endsWith('e')) out.push(`${w.slice(0, -1)}ing`)
  if (/[^aeiou]y$/.test(w)) out.push(`${w.slice(0, -1)}ied`, `${w.slice(0, -1)}ies`)
  // Doubling only after consonant-vowel-consonant: "stop" → "stopped", never "ad" → "added".
  if (/(?:^|[^aeiou])[aeiou][bdgmnprtl]$/.test(w) && !/^[aeiou]+[^aeiou]$/.test(w))
    out.push(`${w}${w.slice(-1)}ed`, `${w}${w.slice(-1)}ing`)
  const past = pastOf(w)
  if (past) out.push(past)
  return out
}

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}][\p{L}’'-]*/gu) ?? []

/** Words of a stem that neither the article nor the question frame supply. */
export function inventedWords(stem: string, articleWords: Set<string>): string[] {
  return wordsOf(stripQuotes(stem, ' ')).filter((w) => {
    const bare = w.replace(/[’']s$/, '').replace(/[’']$/, '')
    if (FRAME.has(bare) || articleWords.has(w) || articleWords.has(bare)) return false
    const lemmas = [bare, baseForm(bare) ?? bare, bare.replace(/(?:e?s|ing)$/, '')]
    return !lemmas.some((l) => inflections(l).some((f) => articleWords.has(f)))
  })
}

/** Removes quoted passages; a ’ followed by a letter is an apostrophe inside them ("we’re"). */
export function stripQuotes(text: string, by: string): string {
  return text.replace(/‘(?:[^’]|’(?=\p{L}))*’|“[^”]*”/gu, by)
}

export function articleWordSet(texts: string[]): Set<string> {
  const out = new Set<string>()
  for (const t of texts)
    for (const w of wordsOf(t)) {
      out.add(w)
      out.add(w.replace(/[’']s$/, ''))
    }
  return out
}

/** Whether a stem's curly quotes pair up (’ doubles as an apostrophe, so only unclosed ‘ counts). */
function quotesBalanced(t: string): boolean {
  if ((t.match(/“/g) ?? []).length !== (t.match(/”/g) ?? []).length) return false
  if ((t.match(/"/g) ?? []).length % 2 !== 0) return false
  let open = 0
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '‘') open += 1
    else if (t[i] === '’' && open > 0 && !/\p{L}/u.test(t[i + 1] ?? '')) open -= 1
  }
  return open === 0
}

/** What the stem checks may read of the article: its body sentences and its proper nouns. */
export type ArticleText = { sentences: string[]; properWords: Set<string> }

const TITLE_WORDS = new Set(TITLES.filter((t) => !t.includes(' ')))
const WORD = /[\p{L}][\p{L}’'-]*/gu
const LOWER_START = /^\p{Ll}/u
const MID_SENTENCE_CAPITAL = /(?<=[\p{L},;)]\s+)\p{Lu}\p{Ll}+/gu

/**
 * Words the article writes only capitalised, and at least once mid-sentence: "Port" in
 * "Councillors in Port Elling", "Quay" in "on Quay Street". Lower-casing one in a stem
 * turns a name into a common word ("When was port Elling voted?"). A title is a common
 * noun even when it is only written before names ("said Judge X" → "the judge").
 */
export function properWordSet(sentences: string[], others: string[] = []): Set<string> {
  const lower = new Set<string>()
  const proper = new Set<string>()
  for (const t of [...sentences, ...others])
    for (const w of t.match(WORD) ?? []) if (LOWER_START.test(w)) lower.add(w)
  for (const t of sentences)
    for (const w of t.match(MID_SENTENCE_CAPITAL) ?? []) proper.add(w.toLowerCase())
  for (const w of lower) proper.delete(w)
  for (const w of TITLE_WORDS) proper.delete(w)
  return proper
}

const PASSIVE_STEM =
  /^(?:When|Where|By when|By what year) (?:was|were) (.+?)(?:, according to [^?]+)?\?$/
const BE_FORM = '(?:was|were|is|are|be|been|being)'

/**
 * "When was X <participle> …?" is only English when X is what the verb acts on in the
 * article: a passive there ("Okafor, who was elected mayor"), or a reduced relative after a
 * finite verb or before one ("according to a study published …", "dust blown … had
 * darkened"). "Councillors in Port Elling voted" makes Port Elling part of the subject.
 */
function passiveProblem(stem: string, sentences: string[]): string | null {
  const m = PASSIVE_STEM.exec(stem)
  if (!m?.[1]) return null
  const words = m[1].split(' ')
  const at = words.findIndex((w, i) => i > 0 && isPastVerb(w, words[i - 1]))
  if (at < 1) return null
  const participle = words[at] ?? ''
  const np = words
    .slice(0, at)
    .join(' ')
    .replace(/^(?:the|a|an)\s+/i, '')
    // "When was the song originally recorded …?": the adverb is no part of the noun.
    .replace(/(?:\s+\w+ly)+$/, '')
  const x = `(?:(?:the|a|an)\\s+)?${escapeRegExp(foldQuotes(np))}`
  const passive = new RegExp(
    `\\b${x}\\b[^.;]{0,60}?\\b${BE_FORM}\\s+(?:\\w+ly\\s+)?${participle}\\b`,
    'i',
  )
  // "the original levy, introduced in July 2023, was …": an aside acts on the noun before it.
  const adjacent = new RegExp(`\\b${x},?\\s+(?:\\w+ly\\s+)?${participle}\\b`, 'gi')
  for (const raw of sentences) {
    const t = foldQuotes(raw)
    if (passive.test(t)) return null
    for (const a of t.matchAll(adjacent)) {
      const before =
        t
          .slice(0, a.index)
          .split(/\b(?:that|which|who)\s|[;:]/)
          .at(-1) ?? ''
      const parts = t.slice((a.index ?? 0) + a[0].length).split(/[,;]/)
      // An aside closes with a comma and the noun's own verb follows it.
      const after = (a[0].includes(',') ? parts[1] : parts[0]) ?? ''
      if (hasFiniteVerb(before) || /\baccording to\s*$/i.test(before) || hasFiniteVerb(after))
        return null
    }
  }
  return `is a passive, but “${np}” is not what “${participle}” acts on in the article: ${stem}`
}

export function stemProblems(
  q: Question,
  articleWords: Set<string>,
  article?: ArticleText,
): string[] {
  const out: string[] = []
  const texts = [q.prompt, q.format === 'true-false' ? q.statement : ''].filter(Boolean)
  for (const t of texts) {
    if (!/^[A-Z0-9‘“]/.test(t)) out.push(`does not start with a capital: ${t}`)
    if (!/[?.!’”]$/.test(t)) out.push(`is not a whole sentence: ${t}`)
    if (DANGLING.test(t)) out.push(`ends mid-clause: ${t}`)
    if (REPORTED_DATE_LEAD.test(t))
      out.push(`reported content starts with a date or prepositional phrase: ${t}`)
    if (DANGLING_PARTICIPLE.test(stripQuotes(t, '…')))
      out.push(`ends in a dangling participle phrase: ${t}`)
    if ((t.match(/[([]/g) ?? []).length !== (t.match(/[)\]]/g) ?? []).length)
      out.push(`has unbalanced brackets: ${t}`)
    if (!quotesBalanced(t)) out.push(`has unbalanced quotes: ${t}`)
    const unquoted = stripQuotes(t, '…')
    if (MISSING_THAT.test(unquoted))
      out.push(`a reporting verb is followed by a clause without "that": ${t}`)
    if (/\b(?:did|does|do)\s+(?:\S+\s+){0,6}?\S+ed\s+(?:that|to)\b/i.test(unquoted))
      out.push(`"did" is followed by a past-tense verb: ${t}`)
    if (UNRESOLVED.test(unquoted)) out.push(`leans on a pronoun the reader cannot resolve: ${t}`)
    if (article) {
      const lowered = (unquoted.match(/(?<=\s)\p{Ll}[\p{L}’'-]*/gu) ?? []).filter(
        (w) => article.properWords.has(w) && !FRAME.has(w),
      )
      if (lowered.length > 0) out.push(`lower-cases a proper noun (${lowered.join(', ')}): ${t}`)
      const passive = passiveProblem(unquoted, article.sentences)
      if (passive) out.push(passive)
    }
    const invented = inventedWords(t, articleWords)
    if (invented.length > 0) out.push(`uses words the article does not: ${invented.join(', ')}`)
  }
  return out
}

/** Explanations are prose for students: no sentence ids or internal labels. */
export function explanationProblems(q: Question): string[] {
  const out: string[] = []
  if (/\(?\bp\d+\.s\d+\b\)?/.test(q.explanation)) out.push('cites a raw sentence id')
  if (/\b(?:stance|fact|granularity|evidence|sentenceId|actorKey)\b/.test(q.explanation))
    out.push('uses an internal label')
  if (!/[“‘]/.test(q.explanation)) out.push('does not quote the article')
  return out
}
