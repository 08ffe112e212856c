/**
 * Hard defects a question is dropped for, never shown: the leftovers of a clause cut
 * badly — a possessive with no owner ("When is 's competition …"), an article or
 * preposition left before a conjunction or the question mark ("the and", "… as of?"),
 * an unclosed bracket or quotation, two auxiliaries fighting ("When did … has been"),
 * a first-person "I" or "we" that is the author's, not the question's.
 */
import type { Question } from '../types'
import { stripQuotes } from './stems'

const DANGLING_END =
  /\b(?:the|a|an|of|in|on|at|to|for|from|by|with|as|and|or|but|than|that|which|who|its|their|his|her|into|about|after|before|during|since|until|between|over|under)\s*[?.]$/i

const PATTERNS: [RegExp, string][] = [
  [/(?:^|\s)['’]s\b/, 'a possessive with no owner'],
  [/\b(?:the|a|an)\s+(?:and|or|but|,|\.|\?)/i, 'an article with no noun'],
  [/\b(?:of|in|on|at|to|for|from|by|with)\s+(?:and|or|but|,)\s/i, 'a preposition with no object'],
  [/^When (?:did|does|do)\b.*\b(?:has|have|had) been\b/, 'two auxiliaries'],
  [
    /^When (?:did|does|do|is|was|are|were|has|will)\s+(?:including|and|but|or|—|–)\b/i,
    'no subject',
  ],
  [/\s{2,}|\s,/, 'a gap where words were cut'],
  [/\b(?:did|does|do)\s+(?:was|were|is|are|has|have|had|will)\b/, 'two auxiliaries'],
  [/\(\s*\)/, 'empty brackets'],
  // "… at an event (KSC) in Cape Canaveral?": a short form left after its name was cut.
  [/\b\p{Ll}+\s+\(\p{Lu}{2,6}\)/u, 'a short form without its name'],
  [
    /^When (?:is|are)\b[^?]*,\s+(?:[a-z]+ly\s+)?[a-z]+ed\?$/,
    'a participle left after a description',
  ],
  [/\band \d{1,2}, \d{4}\b/, 'half a date left behind'],
  [/\b[A-Z]{3,}(?:,? [A-Z]{3,})* (?:\([^)]*\) )?[—–-] /, 'a dateline'],
  [/\b(?:I|we|We|my|our)\b(?![’'][a-z])/, 'the author’s first person'],
]

function balanced(t: string): boolean {
  const count = (re: RegExp) => (t.match(re) ?? []).length
  return (
    count(/\(/g) === count(/\)/g) &&
    count(/\[/g) === count(/\]/g) &&
    count(/“/g) === count(/”/g) &&
    count(/"/g) % 2 === 0
  )
}

/** What is broken in a question's own wording (stem, statement, order items), or []. */
export function hardDefects(q: Question): string[] {
  const texts = [q.prompt]
  if (q.format === 'true-false') texts.push(q.statement)
  if (q.format === 'order') texts.push(...q.items.map((i) => i.text))
  const out: string[] = []
  if (q.format === 'cloze') {
    const around = `${q.before} ${q.after}`.split(/\s+/).filter((w) => /\p{L}/u.test(w))
    // "_____" alone (a dateline), "Paris, _____": nothing to read around the blank.
    if (around.length < 4)
      out.push(`too little sentence around the blank: ${q.before}_____${q.after}`)
    // "The World Health Organisation (_____)": the blank spells out the words before it.
    if (/\(\s*$/.test(q.before) && /^\s*\)/.test(q.after))
      out.push('the blank is a bracketed short form')
    // "a spinoff of _____chan": a blank inside a word (not a figure before its unit: "_____bn").
    const unit = /^(?:bn|m|k|s|km|kg|mm|cm|ft|mph|kph|mw|gw)\b/i.test(q.after)
    if (/[\p{L}\p{N}]$/u.test(q.before) || (/^[\p{L}\p{N}]/u.test(q.after) && !unit))
      out.push('the blank is part of a word')
  }
  // "And wrote that …": an order item is a whole clause, not the second half of one.
  if (q.format === 'order')
    for (const i of q.items)
      if (/^(?:And|But|Or|So|Then)\b/.test(i.text))
        out.push(`an item starts mid-sentence: ${i.text}`)
  for (const t of texts) {
    const unquoted = stripQuotes(t, '“…”')
    if (!balanced(t)) out.push(`unbalanced brackets or quotes: ${t}`)
    if (/\?$/.test(t) && DANGLING_END.test(unquoted)) out.push(`ends on a function word: ${t}`)
    if (
      t === q.prompt &&
      /^(?:When|Where|Who|Whom|Which)\b/.test(t) &&
      unquoted.split(/\s+/).length > 28
    )
      out.push(`too long to read as one question: ${t}`)
    for (const [re, what] of PATTERNS) if (re.test(unquoted)) out.push(`${what}: ${t}`)
  }
  return out
}
