/**
 * Who did what: a named entity that opens a clause and the predicate it governs, read
 * from parts of speech ("Justice Anthony Kennedy delivered the majority opinion",
 * "Kmart will buy Sears for $11.5 billion"). Speech verbs are left to the stance pass;
 * a predicate that leans on a pronoun with no referent in the clause is not kept.
 */
import type { EventFact } from '../facts'
import { insideQuote } from '../text'
import type { AnnotatedSentence, Token } from './annotate'
import type { Entity, EntityMention } from './entities'
import { findCountryByName } from './places'
import { ROLE_NOUNS, SPEECH_LEMMAS, TITLE_WORDS } from './words'

export type EventDraft = Omit<EventFact, 'id'>

/** Words after which a new clause (and so a new subject) may begin. */
const CLAUSE_OPENERS = new Set(
  ', ; — – and but that when after before while because as since although though so then whereas'.split(
    ' ',
  ),
)
/** Words that end a predicate: the next clause or an attribution begins. */
const PREDICATE_STOPS = new Set(
  'and but while which who whom whose where when as after before because although though whereas saying adding according said says'.split(
    ' ',
  ),
)
const DANGLING = new Set('it its they them this these those he him she there such'.split(' '))
const WEAK_VERBS = new Set('be have do get seem appear become remain'.split(' '))
const LIGHT_VERBS = new Set('make take give have do get put'.split(' '))
const PLURAL_TO_SINGULAR: Record<string, string> = {
  have: 'has',
  are: 'is',
  were: 'was',
  do: 'does',
}

/** Walks back from a mention over its post ("US President", "photographer", "the"). */
function clauseStart(toks: Token[], first: number): number {
  let i = first
  while (i > 0) {
    const t = toks[i - 1] as Token
    if (
      TITLE_WORDS.has(t.text.replace(/\.$/, '')) ||
      /^(Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen)\.?$/.test(t.text) ||
      ROLE_NOUNS.has(t.lower) ||
      t.lower === 'the' ||
      (t.pos === 'PROPN' && findCountryByName(t.text)) ||
      t.pos === 'ADJ'
    )
      i--
    else break
  }
  return i
}

/** Skips ", a constitutional law professor at X," or ", 45," after a name. */
function skipApposition(toks: Token[], at: number): number {
  if (toks[at]?.text !== ',') return at
  // A noun phrase ("a practising homeopath") may hold participles; a clause may not.
  const nounPhrase = /^(a|an|the|\d+)$/.test(toks[at + 1]?.lower ?? '')
  for (let k = at + 1; k < Math.min(toks.length, at + 14); k++) {
    const t = toks[k] as Token
    if (t.text === ',') return k + 1
    if (t.pos === 'AUX' || t.text === '“' || t.text === '"') return -1
    if (t.pos === 'VERB' && !(nounPhrase && /(?:ing|ed)$/.test(t.lower))) return -1
  }
  return -1
}

function predicateEnd(toks: Token[], from: number): number {
  let end = from
  let depth = 0
  for (let k = from; k < toks.length && k < from + 24; k++) {
    const t = toks[k] as Token
    if (t.text === '(') depth++
    if (t.text === ')') depth--
    if (depth > 0) continue
    if (t.pos === 'PUNCT' && /^[.;:!?—–“”"]$/.test(t.text)) break
    if (t.text === ',' && PREDICATE_STOPS.has(toks[k + 1]?.lower ?? '')) break
    if (t.text === ',' && toks[k + 1]?.pos === 'PROPN' && toks[k + 2]?.pos === 'VERB') break
    if (k > from && PREDICATE_STOPS.has(t.lower) && t.lower !== 'as') break
    end = k + 1
  }
  // A list cut at its "and" ("with Romelu Lukaku, Yannick Carrasco and …") keeps its first item only.
  const stop = toks[end]
  if (stop && (stop.lower === 'and' || toks[end + 1]?.lower === 'and')) {
    const comma = toks.slice(from, end).findIndex((t) => t.text === ',')
    if (comma >= 0) end = from + comma
  }
  // A score cut at its dash ("defeated South Korea 1–0") loses the number too.
  if (/^[–—-]$/.test(toks[end]?.text ?? ''))
    while (end > from && toks[end - 1]?.pos === 'NUM') end--
  // "taken to hospital shortly before her death", "two days after": what measures the gap
  // belongs to the clause that was cut away.
  if (LINKED_CLAUSES.has(toks[end]?.lower ?? '')) {
    while (end > from && toks[end - 1]?.pos === 'ADV') end--
    if (TIME_UNITS.test(toks[end - 1]?.lower ?? '') && /^(NUM|DET)$/.test(toks[end - 2]?.pos ?? ''))
      end -= 2
  }
  // No trailing function words or commas: "… for a gay couple", not "… for a".
  while (end > from && /^(ADP|DET|CCONJ|SCONJ|PART|PUNCT|AUX)$/.test(toks[end - 1]?.pos ?? ''))
    end--
  return end
}

const LINKED_CLAUSES = new Set('before after when since until while as'.split(' '))
const TIME_UNITS = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|moments?)$/

/**
 * "asked officials how documents that are supposed to be stored in "approved cabinets" wound
 * up on the street": a predicate cut at a quotation inside its clause is missing its end.
 */
function cutAtQuote(toks: Token[], end: number): boolean {
  let k = end
  while (k < toks.length && /^(ADP|DET|ADJ)$/.test(toks[k]?.pos ?? '')) k++
  const t = toks[k]
  return !!t && /^[“"]$/.test(t.text) && !/^[,:]$/.test(toks[k - 1]?.text ?? '')
}

const DOUBT = new Set(
  'no not never deny denied denies doubt doubts unlikely unclear false'.split(' '),
)

/** "There is no evidence that El Niño is influenced by …": a clause the sentence does not assert. */
function deniedClause(toks: Token[], start: number): boolean {
  if (toks[start - 1]?.lower !== 'that') return false
  return toks
    .slice(Math.max(0, start - 8), start - 1)
    .some((t) => DOUBT.has(t.lower) || t.lower === "n't")
}

const MODALS = new Set('will would can could should may might must has have had shall'.split(' '))
const BE = new Set('is are was were be been being'.split(' '))

/**
 * How a question about the rest of the clause is asked: "shoved" → did + shove, "wins" →
 * does + win, "will buy" → will + buy, "has signed" → has + signed. Passives and other
 * shapes give null: their object questions would not read well.
 */
/** Auxiliaries whose denial the article's clause refutes: not "could" or "may", which only hedge. */
const DENIABLE = new Set(['did', 'does', 'has', 'had', 'will'])

/**
 * The predicate denied: "described the policy as …" → "did not describe the policy as …",
 * "will buy Sears" → "will not buy Sears". Adverbs are left out ("also described" → "did not
 * describe"): the denial stays refuted without them.
 */
function deny(
  toks: Token[],
  from: number,
  verbAt: number,
  end: number,
  text: string,
  inversion: EventFact['inversion'],
): string | null {
  if (!inversion || !DENIABLE.has(inversion.aux)) return null
  const verb = toks[verbAt] as Token
  const rest = text.slice(verb.end, toks[end - 1]?.end).replace(/\s+/g, ' ')
  if (inversion.aux === 'did' || inversion.aux === 'does')
    return `${inversion.aux} not ${verb.lemma}${rest}`
  // The auxiliaries after the first stay ("will have signed" → "will not have signed"), then
  // the verb as written (a form of "be" gives no inversion, so no passive comes here).
  const [, ...auxes] = toks.slice(from, verbAt).filter((t) => t.pos === 'AUX' || t.pos === 'PART')
  return `${inversion.aux} not ${[...auxes.map((t) => t.text), verb.text].join(' ')}${rest}`
}

function invert(toks: Token[], from: number, verbAt: number): EventFact['inversion'] {
  const verb = toks[verbAt] as Token
  const between = toks.slice(from, verbAt)
  const auxes = between.filter((t) => t.pos === 'AUX' || t.pos === 'PART')
  const advs = between.filter((t) => t.pos === 'ADV').map((t) => t.text)
  if (
    auxes.some((t) => BE.has(t.lower)) ||
    auxes.some((t) => t.lower === 'not' || t.lower === "n't")
  )
    return null
  const lead = advs.length ? `${advs.join(' ')} ` : ''
  if (auxes.length === 0) {
    if (verb.text === verb.lemma) return null
    if (
      /s$/.test(verb.lower) &&
      verb.lower.startsWith(verb.lemma.slice(0, -1)) &&
      !/ed$/.test(verb.lower)
    )
      return { aux: 'does', verb: `${lead}${verb.lemma}` }
    return { aux: 'did', verb: `${lead}${verb.lemma}` }
  }
  const [aux, ...rest] = auxes
  // "had to rebuild": "have to" is no auxiliary to invert on ("Whom had Estonia to rebuild?").
  if (!aux || !MODALS.has(aux.lower) || rest.some((t) => t.lower === 'to')) return null
  const head = aux.lower === 'have' ? 'has' : aux.lower
  return {
    aux: head,
    verb: `${[...rest.map((t) => t.text), ...advs].join(' ')}${rest.length || advs.length ? ' ' : ''}${verb.text}`,
  }
}

type Named = { e: Entity; m: EntityMention }
const OBJECT_KINDS = new Set(['person', 'organisation'])

/** A named direct object right after the verb ("shoved Ron Artest", "will buy Sears"). */
function objectOf(
  s: AnnotatedSentence,
  others: Named[],
  verbAt: number,
  end: number,
): EventFact['object'] {
  let at = verbAt + 1
  if (s.tokens[at]?.lower === 'the') at++
  const hit = others.find((x) => x.m.first === at && x.m.last <= end)
  if (!hit) return undefined
  const country = hit.e.kind === 'place' && findCountryByName(hit.e.name)
  if (!OBJECT_KINDS.has(hit.e.kind) && !country) return undefined
  const rest = s.ref.text
    .slice(s.tokens[hit.m.last]?.start ?? 0, s.tokens[end - 1]?.end ?? 0)
    .trim()
  if (hit.m.last >= end)
    return { key: hit.e.key, name: hit.e.name, kind: hit.e.kind, rest: '', evidence: ev(s, hit.m) }
  if (/^['’]s\b/.test(rest)) return undefined
  return { key: hit.e.key, name: hit.e.name, kind: hit.e.kind, rest, evidence: ev(s, hit.m) }
}

/** "at the Fisht Stadium", "in Sochi": a named place inside the clause, and the clause without it. */
function placeOf(
  s: AnnotatedSentence,
  others: Named[],
  verbAt: number,
  end: number,
): EventFact['place'] {
  for (const x of others) {
    if (x.e.kind !== 'place' || x.m.first <= verbAt || x.m.last > end) continue
    let p = x.m.first - 1
    if (s.tokens[p]?.lower === 'the') p--
    const prep = s.tokens[p]
    if (!prep || !['in', 'at'].includes(prep.lower)) continue
    // "in Sochi" after "at the Fisht Stadium" belongs to the stadium: ask the first place only.
    const text = s.ref.text
    const clauseStart = s.tokens[verbAt + 1]?.start ?? 0
    const clauseEnd = s.tokens[end - 1]?.end ?? 0
    const before = text.slice(clauseStart, prep.start).trim()
    const after = text.slice(s.tokens[x.m.last]?.start ?? clauseEnd, clauseEnd).trim()
    if (
      after &&
      !/^[,;]?\s*(?:on|for|with|after|before|during|to|against|by)\b/.test(after) &&
      !/^,/.test(after)
    )
      if (/^(in|of|,)/.test(after)) continue
    const rest = `${before}${after && !/^,/.test(after) ? ` ${after}` : ''}`.trim()
    return { key: x.e.key, name: x.e.name, rest, evidence: ev(s, x.m) }
  }
  return undefined
}

const ev = (s: AnnotatedSentence, m: EntityMention) => ({
  sentenceId: s.ref.id,
  start: m.start,
  end: m.end,
})

export function findEvents(sentences: AnnotatedSentence[], entities: Entity[]): EventDraft[] {
  const bySentence = new Map<number, { e: Entity; m: EntityMention }[]>()
  for (const e of entities)
    for (const m of e.mentions)
      bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), { e, m }])
  const out: EventDraft[] = []
  sentences.forEach((s, si) => {
    const toks = s.tokens
    const text = s.ref.text
    if (/^[“"]/.test(text)) return
    for (const { e, m } of bySentence.get(si) ?? []) {
      if (e.kind === 'place' && !findCountryByName(e.name)) continue
      const start = clauseStart(toks, m.first)
      const prev = toks[start - 1]
      if (prev && !CLAUSE_OPENERS.has(prev.lower)) continue
      // A speaker's words are theirs, not the article's account of a deed.
      if (insideQuote(text, m.start, m.end)) continue
      const k = skipApposition(toks, m.last)
      if (k < 0) continue
      // A possessor ("Iraq's government") or a list ("Biden and Kadhimi") is not this subject alone.
      const next = toks[k]
      if (!next || /^['’]s$/.test(next.text) || next.lower === 'and' || next.lower === 'or')
        continue
      const verbAt = (() => {
        let v = k
        while (
          v < toks.length &&
          (toks[v]?.pos === 'AUX' || toks[v]?.pos === 'ADV' || toks[v]?.pos === 'PART')
        )
          v++
        return toks[v]?.pos === 'VERB' ? v : -1
      })()
      if (verbAt < 0) continue
      // "a war that Scientology has been waging for years": a relative clause whose object is
      // the noun before it, so the verb has none of its own ("Records show that …" keeps one).
      const gap = !/^(?:DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(toks[verbAt + 1]?.pos ?? '')
      if (gap && prev?.lower === 'that' && /^(?:NOUN|PROPN)$/.test(toks[start - 2]?.pos ?? ''))
        continue
      const verb = toks[verbAt] as Token
      if (WEAK_VERBS.has(verb.lemma)) continue
      // "took place", "happened": things happen; a "who" question would ask a person.
      if (
        (verb.lemma === 'take' && toks[verbAt + 1]?.lower === 'place') ||
        /^(happen|occur)$/.test(verb.lemma)
      )
        continue
      // Reported speech is a deed too ("told the court that …"), when no quotation is in it.
      const speech = SPEECH_LEMMAS.has(verb.lemma)
      if (speech && !/[“”"]/.test(text.slice(toks[verbAt]?.start))) {
        if (!['that', 'the', 'a', 'an', 'reporters'].includes(toks[verbAt + 1]?.lower ?? ''))
          continue
      } else if (speech) continue
      if (/ing$/.test(verb.text) && verbAt === k) continue
      if (deniedClause(toks, start)) continue
      let end = predicateEnd(toks, k)
      if (end - k < 2 || end - verbAt < 2 || cutAtQuote(toks, end)) continue
      // "…, Stephen Jackson for 30 games, …": a list of other people's parts ends the clause.
      const listAt = toks
        .slice(k, end)
        .findIndex((t, i) => t.text === ',' && toks[k + i + 1]?.pos === 'PROPN')
      if (listAt > 0) end = k + listAt
      // "…the video, other sites such as Gawker": what follows a last comma with no verb of its
      // own is another subject's, cut away.
      const lastComma = toks.slice(verbAt, end).findLastIndex((t) => t.text === ',')
      if (
        lastComma > 0 &&
        !toks.slice(verbAt + lastComma + 1, end).some((t) => t.pos === 'VERB' || t.pos === 'AUX')
      )
        end = verbAt + lastComma
      const words = toks.slice(k, end)
      if (end - verbAt < 3) continue // "made a change": too thin to be one person's deed
      // "made a change", "took a step": a light verb with a bare noun says too little to ask.
      if (
        LIGHT_VERBS.has(verb.lemma) &&
        toks.slice(verbAt + 1, end).every((t) => t.pos === 'DET' || t.pos === 'NOUN')
      )
        continue
      // A clause opened inside the predicate must reach its verb ("observed that the date …" is cut).
      const sub = words.findIndex(
        (t, i) => i > 0 && /^(that|how|whether|why|what|which|who|where|when|if)$/.test(t.lower),
      )
      if (sub >= 0 && !words.slice(sub + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX'))
        continue
      if (words.some((t) => DANGLING.has(t.lower) && t.pos === 'PRON')) continue
      // "in this constituency": a pointer to something the question does not show.
      if (words.some((t) => /^(this|these|those)$/.test(t.lower) && t.pos === 'DET')) continue
      // "accused her of …": an object pronoun whose person the question does not name.
      if (
        words.some(
          (t, i) => t.lower === 'her' && !/^(NOUN|ADJ|PROPN)$/.test(words[i + 1]?.pos ?? ''),
        )
      )
        continue
      if (words.some((t) => t.text === '“' || t.text === '”' || t.text === '"')) continue
      let predicate = text.slice(toks[k]?.start, toks[end - 1]?.end).replace(/\s+/g, ' ')
      const head = predicate.split(' ')[0] ?? ''
      // "The Pacers were ruled …": a plural group does not become "was".
      if (PLURAL_TO_SINGULAR[head] && e.kind !== 'person' && /s$/.test(e.name)) continue
      if (PLURAL_TO_SINGULAR[head])
        predicate = predicate.replace(head, PLURAL_TO_SINGULAR[head] as string)
      else if (
        verbAt === k &&
        verb.text === verb.lemma &&
        verb.lemma !== 'be' &&
        !/ed$/.test(verb.text)
      )
        continue // "say", "plan": a present plural verb does not follow "Who".
      if (predicate.split(' ').length > 22) continue
      const subjectStart = toks[start]?.start ?? m.start
      const inversion = invert(toks, k, verbAt)
      const others = (bySentence.get(si) ?? []).filter((x) => x.e.key !== e.key)
      const object = inversion ? objectOf(s, others, verbAt, end) : undefined
      const place = inversion ? placeOf(s, others, verbAt, end) : undefined
      out.push({
        type: 'event',
        actorKey: e.key,
        actorName: e.name,
        actorKind: e.kind,
        predicate,
        verb: verb.lemma,
        evidence: { sentenceId: s.ref.id, start: subjectStart, end: toks[end - 1]?.end ?? m.end },
        subjectEvidence: { sentenceId: s.ref.id, start: m.start, end: m.end },
        subjectText: m.text,
        inversion,
        denied: deny(toks, k, verbAt, end, text, inversion),
        ...(object ? { object } : {}),
        ...(place ? { place } : {}),
      })
    }
  })
  return out
}
