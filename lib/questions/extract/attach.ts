/**
 * Ties a date to the event it modifies: the reporting verb ("X told reporters on Monday
 * that …" dates the telling), the reported clause ("X added that dust blown from the Sahara
 * in February had darkened the snow" dates the dust, not the saying), a reduced relative
 * ("a study published on Tuesday" → "When was the study published?") or the main clause.
 */
import { SOURCE_NOUNS } from '../lexicon'
import { hasFiniteVerb, lowerFirst } from './grammar'

const REPORT_VERBS =
  'ruled|concluded|said|says|say|added|adds|told|tells|warned|warns|claimed|claims|argued|argues|insisted|insists|noted|notes|stated|states|explained|announced|confirmed|estimated|estimates|estimate|believes|believe|predicted|predicts'

/** Subject, reporting verb and where the reported clause begins. */
export type Report = { subject: string; verb: string; verbAt: number; contentAt: number }

// A that-less clause may follow the verb or a date ("said on Monday the suspect had fled"),
// never a preposition ("said in a statement …": the statement is not what was said). A "that"
// within reach wins: in "told the Finnish parliament on Wednesday that …" the listener and
// the date belong to the telling, not to what was told.
const REPORT = new RegExp(
  `^(?:(?:On|In|Last|This|Earlier|Later) [^,]{2,30},\\s+)?((?:[^,;"]|,[^,;"]{2,80},)+?)\\s+(${REPORT_VERBS})\\b(?:(?:\\s+(?!that\\b)[\\w'’-]+){0,5}?\\s+that\\b|(?:\\s+(?!that\\b)[\\w'’-]+){0,5}?(?<!\\s(?:in|at|during|to|for|with|on|from|by|of|about))(?=\\s+(?:the|a|an|it|he|she|they|its|their|his|her)\\s))`,
)

/** The first reporting frame of a sentence, if its subject and clause are plain. */
export function findReport(folded: string): Report | null {
  const m = REPORT.exec(folded)
  if (!m?.[1] || !m[2]) return null
  const verbAt = folded.indexOf(m[2], (m.index ?? 0) + m[1].length)
  const contentAt = (m.index ?? 0) + m[0].length
  // A subject never holds a finite verb: "X will open clinics after cases tripled, officials announced".
  if (
    m[1].split(/\s+/).length > 16 ||
    /\b(?:will|would|has|have|had|is|are|was|were|can|could)\b/.test(m[1])
  )
    return null
  return { subject: m[1], verb: m[2], verbAt, contentAt: contentAt + 1 }
}

/** "Co-author Paolo Ricci, a climate scientist at …," → "Co-author Paolo Ricci"; "The study's authors" → "the study's authors". */
const COMMON_REPORTER = new RegExp(`^(?:the|a|an|some|many|police|${SOURCE_NOUNS})\\b`, 'i')

export function reporterPhrase(subject: string, isName: (s: string) => boolean): string {
  const head = subject.split(',')[0]?.trim() ?? ''
  return isName(head) || !COMMON_REPORTER.test(head) ? head : lowerFirst(head)
}

const PARTICIPLES =
  'blown|given|taken|made|held|built|shown|known|written|sold|seen|found|done|won|lost|led|sent|set|hit|struck|born|chosen|drawn|grown|thrown|stolen|spoken|broken|driven|paid|brought|bought|caught|fought|kept|left|put|cut|run|begun|risen|fallen|flown|worn|torn|sworn'
const NOT_NOUN =
  /^(?:has|have|had|was|were|is|are|be|been|being|to|not|also|and|or|but|that|which|who|it|he|she|they|we|i|you|recently|newly|widely|first|already|just|then|never)$/i
/** Past forms of verbs that take no object, so never a passive participle. */
const INTRANSITIVE =
  /^(?:failed|died|happened|occurred|arrived|collapsed|exploded|erupted|crashed|resigned|retired|emerged|appeared|disappeared|expired|rallied|surged|slumped|plunged|soared|vanished|remained|stayed|existed|departed|stalled|fell|rose|went|came)$/
/** Words that already open a noun phrase: quantifiers, numbers and possessives. */
const DETERMINED =
  /^(?:the|a|an|its|their|his|her|our|some|many|most|all|both|few|several|these|those|other|more|\d[\d,.]*)$/
/** Verbs whose object can be a that-less clause: "said the bridge closed on Monday". */
const THAT_LESS = new RegExp(
  `^(?:${REPORT_VERBS}|found|finds|showed|shows|knew|thought|felt|suggested|revealed|reported|admitted|denied|believed|hoped|feared|expected|meant|heard|saw|learned|learnt)$`,
  'i',
)
const PREP = /^(?:to|of|in|by|from|with|for|after|before|on|at|about|against|over|under)$/i
const COMPLEMENT_START =
  /^(?:to|of|in|into|by|from|with|for|after|before|on|at|about|against|over|under|across|through|during|near|onto|outside|inside|up|down|out|off|back|away|last|earlier|this|\w+ly)$/i
const FINITE_NEXT =
  /^\s*(?:(?:in|at|on|from|to|near)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+)?(?:had|has|have|was|were|is|are|will|would|could|may|might|can|\w+ed)\b/

/**
 * "… according to a study published on Tuesday" / "dust blown from the Sahara in
 * February had darkened …": a noun phrase, a past participle and the date in its phrase.
 * Returns the passive question body ("was the study published") or null.
 */
export function reducedRelative(text: string, dateStart: number, dateEnd: number): string | null {
  // Only the words right before the date can hold its participle phrase (and this keeps it linear).
  const cut = text.lastIndexOf(' ', Math.max(0, dateStart - 100)) + 1
  const before = text.slice(cut, dateStart)
  const m = new RegExp(
    `(?:^|[\\s,])((?:[\\w'’-]+\\s+){1,4}?)((?:[a-z]+ed)|${PARTICIPLES})((?:\\s+(?!(?:and|but|that|which|who)\\b)[\\w'’-]+){0,6}?)\\s*$`,
  ).exec(before)
  if (!m?.[1] || !m[2]) return null
  const np = m[1].trim().split(/\s+/)
  // The noun phrase runs back to a preposition or the clause start: "according to [a study]".
  let from = np.length - 1
  while (from > 0 && !PREP.test(np[from - 1] ?? '') && !/^(?:that)$/i.test(np[from - 1] ?? ''))
    from -= 1
  // A determiner opens the noun phrase: "will discuss [a plan] drafted in January".
  const det0 = np.findLastIndex((w, i) => i >= from && /^(?:the|a|an|its|their|his|her)$/i.test(w))
  if (det0 > from) from = det0
  const phrase = np.slice(from)
  const head = phrase.at(-1) ?? ''
  if (!head || NOT_NOUN.test(head) || phrase.some((w) => NOT_NOUN.test(w))) return null
  // "an unvaccinated child": a participle used as an adjective, with no noun before it.
  if (/^(?:a|an|the|every|each|some|any|this|that|its|their|his|her|no)$/i.test(head)) return null
  if (/[,;:"]/.test(m[3] ?? '')) return null
  // "after inspectors visited three of the shops in February": a participle with a bare object
  // is an active verb in a clause; a reduced relative runs straight on to a preposition
  // ("dust blown from the Sahara"), an adverb or the date itself.
  const next = (m[3] ?? '').trim().split(/\s+/)[0] ?? ''
  if (next && !COMPLEMENT_START.test(next)) return null
  const lead =
    from > 0
      ? np[from - 1]
      : text
          .slice(0, cut + m.index)
          .trim()
          .split(/\s+/)
          .at(-1)
  const phraseEnd = cut + m.index + m[0].length - (m[2].length + (m[3] ?? '').length)
  const npAt = Math.max(0, text.lastIndexOf(phrase.join(' '), phraseEnd))
  // The clause before the noun phrase, back to the sentence start or a complementizer.
  const prior =
    text
      .slice(0, npAt)
      .split(/\b(?:that|which|who)\s|[;:]/)
      .at(-1) ?? ''
  const precededByPrep = PREP.test(lead ?? '')
  // "Councillors in Port Elling voted on Tuesday": with no finite verb before "Port Elling",
  // "voted" is the clause's own verb and "Port Elling" sits inside its subject, not a
  // reduced relative. One holds only after a finite verb ("lost …, according to a study
  // published"), after "according to", or before a finite verb of its own ("… had hit").
  const relative =
    FINITE_NEXT.test(text.slice(dateEnd)) ||
    (/\baccording to\s*$/i.test(text.slice(0, npAt)) && precededByPrep) ||
    (hasFiniteVerb(prior) &&
      (precededByPrep ||
        (/^(?:the|a|an|its|their|his|her)$/i.test(phrase[0] ?? '') && !THAT_LESS.test(lead ?? ''))))
  if (!relative) return null
  // "after an engine failed during a test": a verb that takes no object has no passive, so
  // it is the clause's own verb, never a reduced relative ("When was the engine failed?").
  if (INTRANSITIVE.test(m[2])) return null
  const det = (phrase[0] ?? '').toLowerCase()
  const plural = /[^su']s$/.test(head)
  // "according to results published on Wednesday": the stem asks about those very results, so
  // a bare plural common noun becomes definite ("When were the results published?").
  const bare = plural && phrase.every((w) => /^\p{Ll}/u.test(w)) && !DETERMINED.test(det)
  const noun = (
    /^(?:a|an)$/.test(det) ? ['the', ...phrase.slice(1)] : bare ? ['the', ...phrase] : phrase
  ).join(' ')
  // Only a sentence-initial phrase needs lower-casing; mid-sentence case is already right.
  const np0 = npAt === 0 ? lowerFirst(noun) : noun
  return `${plural ? 'were' : 'was'} ${np0} ${m[2]}${m[3] ?? ''}`.trim()
}

/**
 * "the original levy, introduced in July 2023, was …": a participle aside between commas
 * dates its noun phrase. Returns the passive question body ("was the original levy
 * introduced") or null.
 */
export function appositiveParticiple(
  text: string,
  dateStart: number,
  dateEnd: number,
): string | null {
  if (!/^\s*,/.test(text.slice(dateEnd))) return null
  const before = text.slice(Math.max(0, dateStart - 120), dateStart)
  const m = new RegExp(
    `(?:^|[\\s(])((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\\s+(?:(?!(?:the|a|an)\\s)[\\w'’-]+\\s+){0,3}?[\\w'’-]+),\\s+((?:[a-z]+ed)|${PARTICIPLES})((?:\\s+(?!(?:and|but|that|which|who)\\b)[\\w'’-]+){0,4}?)\\s*$`,
  ).exec(before)
  if (!m?.[1] || !m[2]) return null
  const next = (m[3] ?? '').trim().split(/\s+/)[0] ?? ''
  if (next && !COMPLEMENT_START.test(next)) return null
  const np = m[1].replace(/^(?:A|An)\s/i, 'the ')
  const head = np.split(/\s+/).at(-1) ?? ''
  if (NOT_NOUN.test(head)) return null
  const plural = /[^su']s$/.test(head)
  const atStart =
    dateStart - before.length + (m.index ?? 0) + (m[0].length - m[0].trimStart().length) === 0
  return `${plural ? 'were' : 'was'} ${atStart ? lowerFirst(np) : np} ${m[2]}${m[3] ?? ''}`
}
