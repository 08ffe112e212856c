/**
 * Peers of the organisations news names most: outlets, international agencies, aid groups,
 * space agencies, technology firms, web platforms, armed groups, courts. When an article names too few
 * organisations for a blank, one of these groups supplies wrong options of the answer's own
 * kind ("According to the _____": the World Food Programme beside UNICEF and the World Health
 * Organization), never one founded after the article, and written with or without "the" as
 * the answer is.
 */
import { ORG_HEADS } from '../lexicon'
import { findPhrase } from '../text'

type Member = {
  /** As written after a preposition: "the BBC", "Reuters". */
  written: string
  /** The year it was founded, where that is after 1980 (an option must exist when the article was written). */
  since?: number
}

type Group = {
  members: Member[]
  /** A last word that puts a name the list does not hold into the group ("The Sydney Morning Herald"). */
  heads?: RegExp
}

const m = (written: string, since?: number): Member => (since ? { written, since } : { written })

const GROUPS: Group[] = [
  {
    members: [
      m('the BBC'),
      m('BBC News'),
      m('CNN', 1980),
      m('Reuters'),
      m('the Associated Press'),
      m('Al Jazeera', 1996),
      m('Agence France-Presse'),
      m('the New York Times'),
      m('the Washington Post'),
      m('the Guardian'),
      m('the Times'),
      m('Sky News', 1989),
      m('the Wall Street Journal'),
      m('the Financial Times'),
    ],
    heads:
      /\b(?:News|Times|Post|Gazette|Herald|Journal|Tribune|Telegraph|Guardian|Chronicle|Television|TV|Radio|Broadcasting|Mail|Observer|Independent|Globe)$/,
  },
  {
    members: [
      m('the World Food Programme'),
      m('UNICEF'),
      m('the World Health Organization'),
      m('the UN Refugee Agency'),
      m('the UN Development Programme'),
      m('the International Labour Organization'),
      m('UNESCO'),
    ],
  },
  {
    members: [
      m('the Red Cross'),
      m('Oxfam'),
      m('Save the Children'),
      m('Médecins Sans Frontières'),
      m('World Vision'),
      m('the International Rescue Committee'),
      m('Amnesty International'),
      m('Human Rights Watch'),
    ],
  },
  {
    members: [
      m('NATO'),
      m('the European Union', 1993),
      m('the African Union', 2002),
      m('the World Bank'),
      m('the International Monetary Fund'),
      m('the World Trade Organization', 1995),
      m('the Arab League'),
      m('the United Nations'),
    ],
  },
  {
    members: [
      m('NASA'),
      m('the European Space Agency'),
      m('Roscosmos', 1992),
      m('JAXA', 2003),
      m('the Indian Space Research Organisation'),
      m('the China National Space Administration', 1993),
    ],
    heads: /\bSpace (?:Agency|Administration)$/,
  },
  {
    members: [
      m('Apple'),
      m('Microsoft'),
      m('IBM'),
      m('Intel'),
      m('Google', 1998),
      m('Amazon', 1994),
      m('Oracle'),
      m('Cisco', 1984),
      m('Sony'),
      m('Samsung'),
      m('Dell', 1984),
    ],
  },
  {
    members: [
      m('YouTube', 2005),
      m('Facebook', 2004),
      m('Twitter', 2006),
      m('MySpace', 2003),
      m('Wikipedia', 2001),
      m('Reddit', 2005),
      m('Flickr', 2004),
      m('Instagram', 2010),
    ],
  },
  {
    members: [
      m('the Taliban', 1994),
      m('al-Qaeda', 1988),
      m('Hezbollah', 1982),
      m('Hamas', 1987),
      m('Boko Haram', 2002),
      m('al-Shabaab', 2006),
      m('the Islamic State', 2014),
    ],
  },
  {
    members: [
      m('the Supreme Court'),
      m('the Constitutional Court'),
      m('the High Court'),
      m('the Court of Appeal'),
      m('the International Court of Justice'),
    ],
    heads: /\bCourt(?:\s+of\s+\p{Lu}.*)?$/u,
  },
]

const bare = (written: string) => written.replace(/^the\s+/, '')
const fold = (name: string) =>
  bare(name.trim())
    .replace(/^The\s+/, '')
    .toLowerCase()

/** Each member's folded name → its group, built once. */
const BY_NAME = new Map(GROUPS.flatMap((g) => g.members.map((x) => [fold(x.written), g] as const)))

function groupOf(name: string): Group | undefined {
  return BY_NAME.get(fold(name)) ?? GROUPS.find((g) => g.heads?.test(bare(name.trim())))
}

/** Whether the name is itself one of the well-known bodies listed ("Google", "the BBC"). */
export const isWellKnownBody = (name: string) => BY_NAME.has(fold(name))

/** Whether two organisations are of one group of peers ("YouTube" and "MySpace"). */
export function samePeerGroup(a: string, b: string): boolean {
  const g = groupOf(a)
  return !!g && g === groupOf(b)
}

/** Whether the name is in a group of peers (by name, or by its last word: "… Herald"). */
export const hasPeers = (name: string) => !!groupOf(name)

/**
 * Peers of an organisation the article names, in the form its sentence needs: after "the"
 * ("According to the _____") only those written with it, otherwise only those without. None
 * the article names, none founded after it was published; empty when the name is in no group.
 */
export function peerOrganisations(
  name: string,
  opts: { afterThe: boolean; year: number; articleText: string },
): string[] {
  const group = groupOf(name)
  if (!group) return []
  const key = fold(name)
  const text = opts.articleText.toLowerCase()
  return group.members
    .filter((x) => (x.since ?? 0) <= opts.year)
    .filter((x) => x.written.startsWith('the ') === opts.afterThe)
    .filter((x) => fold(x.written) !== key && findPhrase(text, fold(x.written)) < 0)
    .map((x) => bare(x.written))
}

/** Words that say what kind of body a name is, wherever they stand in it ("Team Estonia"). */
const KIND_WORDS = new Set([
  ...ORG_HEADS,
  'Team',
  'Squad',
  'Movement',
  'Church',
  'Program',
  'Programme',
])

/** The kind word of a body's name, singular ("Departments" → "department"), or "" for none. */
function kindWord(name: string): string {
  const words = name.split(/\s+/)
  const hit = [words.at(-1) ?? '', words[0] ?? ''].find(
    (w) => KIND_WORDS.has(w) || KIND_WORDS.has(w.replace(/s$/, '')),
  )
  return hit ? hit.replace(/s$/, '').toLowerCase() : ''
}

/**
 * Whether another organisation reads as the same kind of body: the same kind word ("Team
 * Estonia" beside "Team Morocco", "the State Department" beside "the Justice Department"), or
 * none for either ("the Taliban" beside "Hezbollah", never beside "Homeland Security Departments").
 */
export function sameKindOfBody(a: string, b: string): boolean {
  return kindWord(a) === kindWord(b)
}
