/**
 * Reports whose date dates the saying: "Drivers have voted to strike, the union said on
 * Tuesday" → "When did the union say that drivers had voted to strike?", and who a reported
 * clause is attributed to.
 */
import { trimClause } from '../text'
import type { Registry } from './actors'
import { type Report, reporterPhrase } from './attach'
import { type Hit, isName } from './clauses'
import type { SentenceRef } from './context'
import { baseForm, lowerFirst } from './grammar'
import { resolveSubject } from './speakers'

/** Who the reported clause is attributed to: a name, a described source, or a resolved pronoun. */
export function reporterOf(reg: Registry, s: SentenceRef, report: Report): string | null {
  const raw = s.text
    .slice(0, report.verbAt)
    .replace(/^(?:On|In|Last|This|Earlier|Later) [^,]{2,30},\s+/, '')
    .trim()
  if (/^(?:he|she|they|it|we|i)$/i.test(raw)) {
    const who = resolveSubject(reg, raw.toLowerCase(), s, s.folded.indexOf(raw))
    return who?.length === 1 && who[0] ? who[0].name : null
  }
  return reporterPhrase(raw, isName(reg))
}

const TRAILING_REPORT =
  /^(.{15,}?),\s+((?:the\s+)?[^,"]{2,60}?)\s+(said|says|added|adds|announced|confirmed|warned|claimed)\s+$/
/** Present and future auxiliaries shift back in reported speech: "have voted" → "had voted". */
const BACKSHIFT: Record<string, string> = {
  have: 'had',
  has: 'had',
  is: 'was',
  are: 'were',
  will: 'would',
  can: 'could',
}

/**
 * "Drivers have voted to strike, the union said on Tuesday, raising …": a date right after a
 * trailing attribution dates the saying, so the stem asks about the saying, with the clause
 * before it as its reported content ("When did the union say that drivers had voted to
 * strike?"). A reporter that does not resolve to an actor, or a clause that cannot be
 * reported, gives no stem at all.
 */
export function trailingReport(
  reg: Registry,
  s: SentenceRef,
  h: Hit,
): { event: string; stem: string | null } | null {
  const m = TRAILING_REPORT.exec(s.folded.slice(0, h.start))
  if (!m?.[1] || !m[2] || !m[3] || !/^\s*(?:[,;]|\.?$)/.test(s.folded.slice(h.end))) return null
  const clause = trimClause(s.text.slice(0, m[1].length))
  const subjAt = m[1].length + s.folded.slice(m[1].length).indexOf(m[2])
  const subject = s.text.slice(subjAt, subjAt + m[2].length)
  const who = resolveSubject(reg, subject, s, subjAt)
  const verb =
    m[3] === 'says' || m[3] === 'said' ? 'say' : (baseForm(m[3]) ?? m[3].replace(/s$/, ''))
  if (!who || /["“”]/.test(clause) || /^(?:he|she|it|they)$/i.test(subject))
    return { event: clause, stem: null }
  const tense = m[3].endsWith('s') ? 'does' : 'did'
  let shifted = false
  const reported = clause.replace(/\b(have|has|is|are|will|can)\b/, (w) => {
    if (shifted || tense !== 'did') return w
    shifted = true
    return BACKSHIFT[w] ?? w
  })
  const body = isName(reg)(reported) ? reported : lowerFirst(reported)
  const stem = `When ${tense} ${subject} ${verb} that ${body}?`
  return { event: clause, stem: reported.split(' ').length >= 3 ? stem : null }
}
