/**
 * The linguistic base: wink-nlp's tokens, parts of speech, lemmas and number/date/money
 * spans for every body sentence, mapped onto the sentence's own character offsets so
 * every later pass can cite evidence exactly. The model loads once per process.
 */

import model from 'wink-eng-lite-web-model'
import winkNLP from 'wink-nlp'
import type { ArticleDoc } from '@/lib/content'
import type { SentenceRef } from '../extract/context'

export type Pos =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE'

export type Token = {
  text: string
  /** Offsets into the sentence's text (UTF-16), end exclusive. */
  start: number
  end: number
  pos: Pos
  lemma: string
  lower: string
  /** True when whitespace separates this token from the previous one. */
  spaced: boolean
}

export type SpanType = 'DATE' | 'TIME' | 'CARDINAL' | 'ORDINAL' | 'MONEY' | 'PERCENT' | 'DURATION'

export type NumberSpan = {
  type: SpanType
  text: string
  start: number
  end: number
  /** Token indexes, end exclusive. */
  first: number
  last: number
}

export type AnnotatedSentence = {
  ref: SentenceRef
  tokens: Token[]
  spans: NumberSpan[]
}

type Nlp = ReturnType<typeof winkNLP>
const cache = globalThis as unknown as { __ledeNlp?: Nlp }

function nlp(): Nlp {
  cache.__ledeNlp ??= winkNLP(model)
  return cache.__ledeNlp
}

const plurals = new Map<string, boolean>()

/**
 * Whether a capitalised word is an English common noun in the plural ("Critics",
 * "Officials", "Protesters"): the tagger calls a sentence's first word a proper noun, but read
 * in lower case its lexicon gives a singular lemma. Names it does not know ("Reuters",
 * "Siemens") keep their form.
 */
export function isCommonPlural(word: string): boolean {
  const lower = word.toLowerCase()
  let hit = plurals.get(lower)
  if (hit === undefined) {
    const its = nlp().its
    const token = nlp().readDoc(`the ${lower}`).tokens().itemAt(1)
    const lemma = token ? (token.out(its.lemma as never) as unknown as string) : lower
    hit =
      token?.out(its.pos) === 'NOUN' &&
      lemma !== lower &&
      /^(?:s|es)$/.test(lower.slice(lemma.length))
    if (plurals.size < 50_000) plurals.set(lower, hit)
  }
  return hit
}

const SPAN_TYPES = new Set<string>([
  'DATE',
  'TIME',
  'CARDINAL',
  'ORDINAL',
  'MONEY',
  'PERCENT',
  'DURATION',
])

/**
 * One wink-nlp pass over the whole body (a pass per sentence costs about twice as much),
 * then each token and span is handed to the sentence whose characters it covers.
 */
export function annotate(doc: ArticleDoc, sentences: SentenceRef[]): AnnotatedSentence[] {
  const n = nlp()
  const its = n.its
  const paraStart: number[] = []
  let text = ''
  for (const p of doc.paragraphs) {
    paraStart.push(text.length)
    text += `${p.text}\n\n`
  }
  const out: AnnotatedSentence[] = []
  const owner: (AnnotatedSentence | undefined)[] = []
  const ranges: { a: number; b: number; s: AnnotatedSentence }[] = []
  for (const ref of sentences) {
    const para = doc.paragraphs[ref.paragraph]
    const sent = para?.sentences.find((x) => x.id === ref.id)
    const s: AnnotatedSentence = { ref, tokens: [], spans: [] }
    out.push(s)
    if (!para || !sent) continue
    const a = (paraStart[ref.paragraph] ?? 0) + sent.start
    ranges.push({ a, b: a + ref.text.length, s })
  }
  const wd = n.readDoc(text)
  const values = wd.tokens().out(its.value) as string[]
  const pos = wd.tokens().out(its.pos) as string[]
  const lemmas = wd.tokens().out(its.lemma as never) as unknown as string[]
  const index: number[] = []
  let cursor = 0
  let r = 0
  values.forEach((value, i) => {
    const found = text.indexOf(value, cursor)
    if (found < 0) return
    cursor = found + value.length
    while (r < ranges.length && (ranges[r]?.b ?? 0) <= found) r++
    const range = ranges[r]
    if (!range || found < range.a || cursor > range.b) return
    const s = range.s
    const prev = s.tokens.at(-1)
    const start = found - range.a
    s.tokens.push({
      text: value,
      start,
      end: start + value.length,
      pos: (pos[i] ?? 'X') as Pos,
      lemma: (lemmas[i] ?? value).toLowerCase(),
      lower: value.toLowerCase(),
      spaced: !prev || prev.end < start,
    })
    owner[i] = s
    index[i] = s.tokens.length - 1
  })
  wd.entities().each((e: { out: (f: unknown) => unknown }) => {
    const type = e.out(its.type) as string
    if (!SPAN_TYPES.has(type)) return
    const [first, last] = e.out(its.span) as unknown as [number, number]
    const s = owner[first]
    const fi = index[first]
    const li = index[last]
    if (!s || s !== owner[last] || fi === undefined || li === undefined) return
    const a = s.tokens[fi]
    const b = s.tokens[li]
    if (!a || !b) return
    s.spans.push({
      type: type as SpanType,
      text: s.ref.text.slice(a.start, b.end),
      start: a.start,
      end: b.end,
      first: fi,
      last: li + 1,
    })
  })
  return out
}

/** The text of tokens [from, to) as written in the sentence. */
export function textOf(s: AnnotatedSentence, from: number, to: number): string {
  const a = s.tokens[from]
  const b = s.tokens[to - 1]
  return a && b ? s.ref.text.slice(a.start, b.end) : ''
}
