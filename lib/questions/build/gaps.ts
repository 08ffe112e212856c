/**
 * Sentences no other question asks about: a named person, organisation or place in
 * them is blanked, with options of the same kind and form (surnames beside a surname,
 * countries of the same subregion beside a country), so a short article still gets a
 * question from each sentence that names someone — never two from one sentence.
 */
import { pickDistractors } from '../distractors'
import { shortHash } from '../hash'
import type { AnnotatedSentence } from '../nlp/annotate'
import type { Entity, EntityMention } from '../nlp/entities'
import { findCountryByName, neighbourCountries, neighbourPlaces } from '../nlp/places'
import { type Built, makeCloze } from './common'
import { type BuildContext, explain } from './context'

const KIND_ORDER: Entity['kind'][] = ['person', 'organisation', 'place']

/** The mention's own form: a surname alone is matched by other surnames. */
function formOf(e: Entity, mention: EntityMention): (other: Entity) => string {
  const words = mention.text.split(' ').length
  if (e.kind === 'person' && words === 1) return (o) => o.name.split(' ').at(-1) ?? o.name
  return (o) => o.name
}

function optionsFor(
  ctx: BuildContext,
  e: Entity,
  mention: EntityMention,
  sentence: string,
): string[] {
  const country = e.kind === 'place' && !!findCountryByName(e.name)
  const form = formOf(e, mention)
  const others = ctx.entities
    .filter((o) => o.key !== e.key && o.kind === e.kind)
    .filter((o) => e.kind !== 'place' || !!findCountryByName(o.name) === country)
    // "Brasil" beside "Brazil": one country under two spellings is no wrong answer.
    .filter((o) => !country || findCountryByName(o.name)?.name !== findCountryByName(e.name)?.name)
    .filter((o) => !sentence.includes(o.name) && !sentence.includes(form(o)))
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
    .map((o) => ({ text: form(o) }))
  // Cities and provinces are asked against others of the same country ("Aceh": Papua, Bali).
  const near = (
    country ? neighbourCountries(e.name) : e.kind === 'place' ? neighbourPlaces(e.name) : []
  )
    .filter((n) => !sentence.includes(n))
    .map((text) => ({ text }))
  const banned = e.mentions.map((m) => m.text)
  return pickDistractors(mention.text, banned, [...others, ...near.slice(0, 6)])
}

/** Portfolios of a government post: "Minister of Agriculture" is asked against other ministries. */
const PORTFOLIOS = [
  'Agriculture',
  'Defence',
  'Education',
  'Energy',
  'Environment',
  'Finance',
  'Foreign Affairs',
  'Health',
  'Home Affairs',
  'Homeland Security',
  'Justice',
  'Labour',
  'Trade',
  'Transport',
  'Interior',
]
const POST_OF = new RegExp(
  `\\b(?:Minister|Ministry|Secretary|Department|Minister-designate) (?:of|for) (?:the )?(${PORTFOLIOS.join('|')})\\b`,
)
const POST_BEFORE = new RegExp(
  `\\b(${PORTFOLIOS.join('|')}) (?:Minister|Ministry|Secretary|Department)\\b`,
)

/** "… by the country's Minister of _____, Mr. Mundia Sikatana": the portfolio, against others. */
function portfolioQuestion(ctx: BuildContext, id: string, text: string): Built | null {
  const m = POST_OF.exec(text) ?? POST_BEFORE.exec(text)
  const word = m?.[1]
  if (!m || !word) return null
  const start = (m.index ?? 0) + m[0].indexOf(word)
  const others = PORTFOLIOS.filter((p) => p !== word && !text.includes(p))
  const picks = pickDistractors(
    word,
    [],
    others.map((text) => ({ text })),
  )
  if (picks.length < 3) return null
  const evidence = { sentenceId: id, start, end: start + word.length }
  return makeCloze(
    {
      category: 'position',
      prompt: 'Complete the sentence from the article.',
      explanation: explain(ctx, [evidence]),
      evidence: [evidence],
      quality: 0.6,
      factIds: [shortHash('gap-post', id, String(start))],
    },
    text.slice(0, start),
    text.slice(start + word.length),
    word,
    picks,
    [],
  )
}

export function buildGapQuestions(
  ctx: BuildContext,
  sentences: AnnotatedSentence[],
  asked: Set<string>,
): Built[] {
  const bySentence = new Map<string, { e: Entity; m: EntityMention }[]>()
  for (const e of ctx.entities)
    for (const m of e.mentions)
      bySentence.set(m.sentenceId, [...(bySentence.get(m.sentenceId) ?? []), { e, m }])
  const out: Built[] = []
  for (const s of sentences) {
    const id = s.ref.id
    if (asked.has(id) || s.tokens.length > 40 || s.tokens.length < 6) continue
    const text = s.ref.text
    if (/^[“"‘]/.test(text) || text.endsWith('?')) continue
    const quoted = (m: EntityMention) => {
      const before = text.slice(0, m.start)
      return (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length
    }
    const mentions = (bySentence.get(id) ?? [])
      .filter(({ m }) => !quoted(m) && text.indexOf(m.text) === text.lastIndexOf(m.text))
      .sort(
        (a, b) =>
          KIND_ORDER.indexOf(a.e.kind) - KIND_ORDER.indexOf(b.e.kind) || a.m.start - b.m.start,
      )
    const post = portfolioQuestion(ctx, id, text)
    if (post) {
      out.push(post)
      continue
    }
    for (const { e, m } of mentions) {
      const picks = optionsFor(ctx, e, m, text)
      if (picks.length < 3) continue
      const evidence = { sentenceId: id, start: m.start, end: m.end }
      out.push(
        makeCloze(
          {
            category: e.kind === 'place' ? 'place' : 'actor',
            prompt: 'Complete the sentence from the article.',
            explanation: explain(ctx, [evidence]),
            evidence: [evidence],
            quality: 0.6,
            factIds: [shortHash('gap', id, String(m.start))],
          },
          text.slice(0, m.start),
          text.slice(m.end),
          m.text,
          picks,
          e.mentions.map((x) => x.text),
        ),
      )
      break
    }
  }
  return out
}
