/**
 * People and the posts they hold: "US President Joe Biden" (title before the name),
 * "Jane Roe, the chief executive of Acme," (apposition), "Aniseh Bassiri of the Royal
 * United Service Institute" (affiliation), and people only cued by speech or relation
 * words ("said Jane Roe", "predecessor Donald Trump").
 */
import { findCountry, ORG_HEADS, RELATIVE_WORDS, SPEECH_VERBS, STOP_CAPS, TITLES } from '../lexicon'
import { capitalise, normaliseName } from '../text'
import type { Evidence } from '../types'
import {
  type Context,
  ciPattern,
  FULL_NAME,
  makeEvidence,
  NAME_TOKEN,
  type SentenceRef,
} from './context'

export type PersonHit = { name: string; sentence: SentenceRef; start: number; end: number }
/** `owner`: "its"/"their" before the post, resolved later to the organisation just named. */
export type RoleHit = PersonHit & { role: string; roleEvidence: Evidence; owner?: 'its' }
/** "The operator, Calder Metro,": an organisation introduced by a common noun. */
export type OrgHit = { name: string; sentence: SentenceRef; start: number; end: number }
export type AffiliationHit = PersonHit & { org: string; orgEvidence: Evidence }

const TITLE_ALT = TITLES.map(ciPattern).join('|')
/** Lower-case words that qualify a post: "Union regional secretary", "deputy general secretary". */
const LOWER_QUAL =
  'former|acting|interim|senior|deputy|assistant|associate|executive|managing|regional|national|local|general|international|foreign|chief|principal|junior|vice|lead|district|area|branch|state|federal|county|city'
const QUAL = `(?:(?:${LOWER_QUAL}|${NAME_TOKEN}|[A-Z][A-Za-z.]*)\\s+)*`
const END = "(?![\\p{L}\\p{N}-]|'[\\p{Lu}])"

// Title before the name: "US State Department spokesman Ned Price".
const TITLED = new RegExp(
  `(?<![\\p{L}-])(${QUAL})(${TITLE_ALT})\\s+(${NAME_TOKEN}(?:\\s${NAME_TOKEN}){0,3})${END}`,
  'gu',
)
// Apposition: "Jane Roe, the chief executive of Acme Corp," / "Jane Roe, Acme's chief executive,".
const APPOSITION = new RegExp(
  `(${FULL_NAME}),\\s+(?:(?:the|a|an)\\s+)?((?:[\\p{Lu}][\\p{L}.&-]*\\s+|(?:former|acting|interim|senior|deputy)\\s+|[a-z]{3,}\\s+(?=[a-z]))*?(?:${NAME_TOKEN}(?:\\s${NAME_TOKEN})*'s\\s+)?(?:${TITLE_ALT})(?:\\s+(?:of|at|for)\\s+(?:the\\s+)?${NAME_TOKEN}(?:\\s+(?:of\\s+)?${NAME_TOKEN}){0,5})?)(?=[,.;]|\\s+(?:said|says|told|added))`,
  'gu',
)
/** A capitalised organisation name, allowing "of"/"for" inside: "Swiss Federal Institute of Technology". */
const ORG_NAME = `${NAME_TOKEN}(?:\\s(?:(?:of|for)\\s)?${NAME_TOKEN}){0,6}`
const AFFILIATION = new RegExp(
  `(${FULL_NAME})\\s+(?:of|from|at)\\s+the\\s+(${ORG_NAME})${END}`,
  'gu',
)
const HONORIFIC = '(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms)\\.?\\s+)'
/** Role nouns written in lower case before a name: "glaciologist Dr Elena Brunner". */
const ROLE_NOUN =
  '(?:[a-z]+(?:ologist|ist|ian|eon)|[a-z]{3,}(?:er|or)|nurse|doctor|co-author|author)'
const NOT_ROLE =
  /^(?:after|other|under|over|never|ever|however|whether|either|neither|rather|later|former|together|order|for|per|her|their|our|your|member|number|power|water|paper|letter|matter|further|earlier|major|minor|prior|error|floor|door|anchor|mirror|sector|factor|favour|labour|honour|colour|rumour|humour|border|corner|winter|summer|quarter|center|centre|register|chapter|cluster|dinner|tenor|terror|horror|interior|exterior|junior|senior|superior|inferior)$/
// "led by glaciologist Dr Elena Brunner of the X Institute"; "by co-author Paolo Ricci".
const ROLE_NOUN_NAME = new RegExp(
  `(?:^|\\b(?:by|with|to|from|said|says|and|the|a|an)\\s+|[,;]\\s+)(${ROLE_NOUN})\\s+${HONORIFIC}?(${FULL_NAME})(?:\\s+(?:of|at|from)\\s+(?:the\\s+)?(${ORG_NAME}))?${END}`,
  'gu',
)
// "The charity's chair, Linda Moss," / "the company's founder, Jane Roe,": the post before the name.
// "The city's transport commissioner, Priya Natarajan," / "Britain's foreign secretary, David Lammy,".
const POST_COMMA_NAME = new RegExp(
  `(?:^|[,;]\\s+|\\b(?:and|but|while)\\s+)(?:([Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)\\s+|(?=${NAME_TOKEN}'s\\s))((?:[\\w'-]+\\s+){0,3}?(?:${TITLE_ALT})(?:\\s+(?:for|of|at)\\s+(?:the\\s+)?[\\w'-]+(?:\\s[\\w'-]+){0,3}?)?),\\s+(${FULL_NAME}),`,
  'gu',
)
const ORG_NOUNS =
  'operator|company|firm|group|club|charity|regulator|airline|bank|union|retailer|carrier|insurer|broadcaster|publisher|developer|manufacturer|agency|supplier|contractor|landlord|lender|team|party|organisation|organization|utility|network|chain|owner|maker|insurer|trust|council'
const ORG_APPOSITION = new RegExp(
  `(?:^|[,;]\\s+|\\b(?:and|but|while)\\s+)[Tt]he\\s+(?:[a-z]+\\s+){0,2}(?:${ORG_NOUNS}),\\s+(${NAME_TOKEN}(?:\\s${NAME_TOKEN}){0,4}),`,
  'gu',
)
const CUED = new RegExp(
  `(?:(?:${SPEECH_VERBS})\\s+(${FULL_NAME})${END}|(${FULL_NAME})\\s+(?:${SPEECH_VERBS}|has said|had said)\\b|\\b(?:${[...RELATIVE_WORDS].join('|')}|Mr|Mrs|Ms|Dr)\\.?\\s+(${FULL_NAME})${END})`,
  'gu',
)

/** Drops leading capitalised function words ("On Monday US …") from a qualifier. */
function cleanQualifier(q: string): string {
  const words = q.trim().split(/\s+/).filter(Boolean)
  while (words.length > 0 && STOP_CAPS.has(words[0] ?? '')) words.shift()
  return words.join(' ')
}

function isPlausibleName(name: string): boolean {
  const tokens = name.split(/\s+/)
  const last = tokens.at(-1) ?? ''
  if (ORG_HEADS.has(last) || findCountry(name)) return false
  if (tokens.some((t) => STOP_CAPS.has(t) || /^[A-Z]{2,}$/.test(t))) return false
  return tokens.every((t) => !new RegExp(`^(?:${TITLE_ALT})$`, 'u').test(t))
}

/** "chief executive of Acme" → "Acme chief executive"; keeps capitalised titles as written. */
export function normaliseRole(role: string): string {
  const r = role.replace(/\s+/g, ' ').trim()
  const of = /^(.*?)\s+(?:of|at|for)\s+(?:the\s+)?(.+)$/.exec(r)
  if (of?.[1] && of[2] && !/^secretary$/i.test(of[1]) && of[2].split(' ').length <= 5) {
    const lead = /^(former|acting|interim|deputy)\s+(.+)$/i.exec(of[1])
    if (lead?.[1] && lead[2])
      return capitalise(`${lead[1].toLowerCase()} ${of[2]} ${lead[2].toLowerCase()}`)
    return capitalise(`${of[2]} ${of[1].toLowerCase()}`)
  }
  const poss = /^(.+?)'s\s+(.+)$/.exec(r)
  if (poss?.[1] && poss[2]) return capitalise(`${poss[1]} ${poss[2]}`)
  return capitalise(r)
}

export function findPeople(ctx: Context) {
  const roles: RoleHit[] = []
  const affiliations: AffiliationHit[] = []
  const cued: PersonHit[] = []
  const orgs: OrgHit[] = []
  for (const s of ctx.sentences) {
    for (const m of s.folded.matchAll(TITLED)) {
      const qual = cleanQualifier(m[1] ?? '')
      const title = m[2] ?? ''
      const name = m[3] ?? ''
      if (!isPlausibleName(name) && name.split(' ').length > 1) continue
      if (name.split(' ').length === 1 && !/^\p{Lu}\p{Ll}+$/u.test(name)) continue
      // "Hartley General Hospital": a title word inside an organisation's name, not a person.
      if (ORG_HEADS.has(name.split(' ').at(-1) ?? '')) continue
      const nameStart = (m.index ?? 0) + m[0].length - name.length
      const roleText = qual ? `${qual} ${title}` : title
      const roleStart = s.folded.indexOf(roleText, m.index ?? 0)
      roles.push({
        name,
        sentence: s,
        start: nameStart,
        end: nameStart + name.length,
        role: normaliseRole(roleText),
        roleEvidence: makeEvidence(s, roleStart, nameStart + name.length),
      })
    }
    for (const m of s.folded.matchAll(APPOSITION)) {
      // "Dr Amir Castell, a coastal engineer at …": the honorific is not part of the name.
      const honorific = new RegExp(`^${HONORIFIC}`).exec(m[1] ?? '')?.[0] ?? ''
      const name = (m[1] ?? '').slice(honorific.length)
      if (!isPlausibleName(name)) continue
      const start = (m.index ?? 0) + honorific.length
      roles.push({
        name,
        sentence: s,
        start,
        end: start + name.length,
        role: normaliseRole(m[2] ?? ''),
        roleEvidence: makeEvidence(s, start, start + m[0].length),
      })
    }
    for (const m of s.folded.matchAll(ROLE_NOUN_NAME)) {
      const noun = m[1] ?? ''
      const name = m[2] ?? ''
      if (NOT_ROLE.test(noun) || RELATIVE_WORDS.has(noun) || !isPlausibleName(name)) continue
      const nounAt = s.folded.indexOf(noun, m.index ?? 0)
      const nameStart = s.folded.indexOf(name, nounAt + noun.length)
      const role = normaliseRole(m[3] ? `${noun} of the ${m[3]}` : noun)
      roles.push({
        name,
        sentence: s,
        start: nameStart,
        end: nameStart + name.length,
        role,
        roleEvidence: makeEvidence(s, nounAt, (m.index ?? 0) + m[0].length),
      })
    }
    for (const m of s.folded.matchAll(POST_COMMA_NAME)) {
      const det = (m[1] ?? '').toLowerCase()
      const post = m[2] ?? ''
      const name = m[3] ?? ''
      if (!isPlausibleName(name)) continue
      const postAt = s.folded.indexOf(post, m.index ?? 0)
      const nameStart = s.folded.indexOf(name, postAt + post.length)
      roles.push({
        name,
        sentence: s,
        start: nameStart,
        end: nameStart + name.length,
        role: normaliseRole(post),
        roleEvidence: makeEvidence(s, postAt, nameStart + name.length),
        ...(det === 'its' || det === 'their' ? { owner: 'its' as const } : {}),
      })
    }
    for (const m of s.folded.matchAll(ORG_APPOSITION)) {
      const name = m[1] ?? ''
      if (findCountry(name) || name.split(' ').some((t) => STOP_CAPS.has(t))) continue
      const start = (m.index ?? 0) + m[0].length - name.length - 1
      orgs.push({ name, sentence: s, start, end: start + name.length })
    }
    for (const m of s.folded.matchAll(AFFILIATION)) {
      const name = m[1] ?? ''
      const org = m[2] ?? ''
      if (!isPlausibleName(name) || findCountry(org)) continue
      const start = m.index ?? 0
      affiliations.push({
        name,
        sentence: s,
        start,
        end: start + name.length,
        org,
        orgEvidence: makeEvidence(s, start, start + m[0].length),
      })
    }
    for (const m of s.folded.matchAll(CUED)) {
      const name = m[1] ?? m[2] ?? m[3] ?? ''
      if (!isPlausibleName(name)) continue
      const start = s.folded.indexOf(name, m.index ?? 0)
      cued.push({ name, sentence: s, start, end: start + name.length })
    }
  }
  return { roles, affiliations, cued, orgs }
}

/** Surname forms of a full name: "Mustafa al-Kadhimi" → ["al-Kadhimi", "Kadhimi"]. */
export function surnameAliases(name: string): string[] {
  const tokens = name.split(/\s+/)
  if (tokens.length < 2) return []
  const last = tokens.at(-1) ?? ''
  const particle = /^(?:al|el|bin|ibn|van|von|de|der|da|du)$/.exec(tokens.at(-2) ?? '')
  const out = particle ? [`${particle[0]} ${last}`, last] : [last]
  const hyph = /^(?:al|el)-(.+)$/.exec(last)
  if (hyph?.[1]) out.push(hyph[1])
  return out
}

export function personKey(name: string): string {
  return `person:${normaliseName(name)}`
}
