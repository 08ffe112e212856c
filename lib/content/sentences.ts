/**
 * Sentence splitting for news prose. Intl.Segmenter does the work; we then re-join
 * the splits it makes after abbreviations ("Feb. 15", "Gov. Smith", "U.S. troops").
 */

export type Span = { text: string; start: number; end: number }

// Abbreviations that are practically never the last word of a sentence.
const NEVER_FINAL = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'maj',
  'rev',
  'st',
  'ft',
  'mt',
  'no',
  'nos',
  'vs',
  'v',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'est',
  'dept',
  'univ',
  'e.g',
  'i.e',
  'cf',
  'fig',
  'pres',
  'atty',
  'supt',
  'insp',
  'vol',
  'pp',
  'p',
  'ch',
  'art',
  'sec',
])

// Initialisms that may end a sentence ("talks with the U.S.") or sit inside one ("U.S. troops").
const INITIALISM = /(?:^|[\s(“"‘'-])(?:(?:[A-Z]\.){2,}|(?:US|UK|UN|EU)\.)$/u

// Words that usually open a new sentence: after an initialism, these mean a real break.
const SENTENCE_OPENERS = new Set(
  (
    'the a an it he she they we i you in on at but and or so yet this that these those there ' +
    'his her their its our my what when where while after before as if for by with since ' +
    'meanwhile however also last next some many most one two three four five no not now then ' +
    'still even only both each all such here who which how why earlier later despite although'
  ).split(' '),
)

function lastWord(text: string): string {
  const m = /(?:^|[^\p{L}\p{N}.])([\p{L}.]+)\.\s*$/u.exec(text.trimEnd())
  return m?.[1]?.toLowerCase() ?? ''
}

function firstWord(text: string): string {
  const m = /^[\s“"‘'(]*([\p{L}\p{N}’'-]+)/u.exec(text)
  return m?.[1] ?? ''
}

function shouldJoin(prev: string, next: string): boolean {
  const trimmed = prev.trimEnd()
  // A title that ends in "?" or "!" inside a sentence: "the single Do They Know It's
  // Christmas? was launched today" (a new sentence never opens in lower case).
  if (/[?!]["”’]?$/.test(trimmed)) return /^\p{Ll}/u.test(firstWord(next))
  if (!trimmed.endsWith('.')) return false
  const word = lastWord(trimmed)
  if (NEVER_FINAL.has(word)) return true
  // A lone capital initial: "John F. Kennedy".
  if (/(?:^|\s)[A-Z]\.$/.test(trimmed)) return true
  if (INITIALISM.test(trimmed)) {
    const head = firstWord(next)
    if (!head) return false
    if (!/^\p{Lu}/u.test(head)) return true
    return !SENTENCE_OPENERS.has(head.toLowerCase())
  }
  return false
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })

/**
 * The segmenter never breaks before a figure ("… as of Friday, December 31st. 12,000 donors
 * have …"); a full stop after four or more words, not after an abbreviation or an initial, does.
 */
function splitBeforeFigures(span: Span): Span[] {
  const out: Span[] = []
  let from = 0
  for (const m of span.text.matchAll(/[.!?]["”’]?\s+(?=\d)/gu)) {
    const cut = (m.index ?? 0) + m[0].trimEnd().length
    const head = span.text.slice(from, cut)
    if (head.trim().split(/\s+/).length < 4 || shouldJoin(head, span.text.slice(cut))) continue
    out.push({ text: head, start: span.start + from, end: span.start + cut })
    from = cut
  }
  out.push({ text: span.text.slice(from), start: span.start + from, end: span.end })
  return out
}

/** Splits one paragraph into sentences with offsets into that paragraph. */
export function splitSentences(paragraph: string): Span[] {
  const spans: Span[] = []
  for (const seg of segmenter.segment(paragraph)) {
    const prev = spans.at(-1)
    if (prev && shouldJoin(prev.text, seg.segment)) {
      prev.text += seg.segment
      prev.end = seg.index + seg.segment.length
    } else {
      spans.push({ text: seg.segment, start: seg.index, end: seg.index + seg.segment.length })
    }
  }
  // Trim trailing spaces so offsets cover the sentence exactly.
  return spans
    .flatMap(splitBeforeFigures)
    .map((s) => {
      const lead = s.text.length - s.text.trimStart().length
      const text = s.text.trim()
      return { text, start: s.start + lead, end: s.start + lead + text.length }
    })
    .filter((s) => s.text.length > 0)
}
