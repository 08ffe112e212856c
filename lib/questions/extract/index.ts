/**
 * Fact extraction: runs the registry, people, stance, date and place passes over the
 * body sentences and gives each fact a content-derived id.
 */
import type { ArticleDoc } from '@/lib/content'
import type { Fact } from '../facts'

type Draft = Fact extends infer F ? (F extends Fact ? Omit<F, 'id'> : never) : never

import { shortHash } from '../hash'
import { analyse } from '../nlp'
import type { Entity } from '../nlp/entities'
import { findEvents } from '../nlp/events'
import { findNumbers } from '../nlp/numbers'
import { buildRegistry, type Registry } from './actors'
import { createContext } from './context'
import { findDateFacts } from './events'
import { findPastPosts } from './past-posts'
import { findPlaceFacts } from './places'
import { findStances } from './stances'

export type Extraction = { facts: Fact[]; registry: Registry; entities: Entity[] }

function idOf(f: Draft): string {
  const e = f.evidence
  return shortHash(
    f.type,
    JSON.stringify({ ...f, evidence: undefined }),
    e.sentenceId,
    String(e.start),
    String(e.end),
  )
}

const extractions = new WeakMap<ArticleDoc, Extraction>()

/** The whole extraction of one article, made once per article version (the pool and its checks share it). */
export function extractAll(doc: ArticleDoc): Extraction {
  let done = extractions.get(doc)
  if (!done) {
    done = extractFresh(doc)
    extractions.set(doc, done)
  }
  return done
}

function extractFresh(doc: ArticleDoc): Extraction {
  const ctx = createContext(doc)
  const reg = buildRegistry(ctx)
  const drafts: Draft[] = []
  const personOf = (name: string) =>
    [...reg.actors.values()].find((a) => a.kind === 'person' && a.aliases.includes(name))
  const seenRoles = new Set<string>()
  for (const r of reg.people.roles) {
    const p = personOf(r.name)
    if (!p || seenRoles.has(`${p.key}|${r.role.toLowerCase()}`)) continue
    seenRoles.add(`${p.key}|${r.role.toLowerCase()}`)
    drafts.push({
      type: 'role',
      actorKey: p.key,
      actorName: p.name,
      role: r.role,
      evidence: r.roleEvidence,
      ...(r.ownerEvidence ? { ownerEvidence: r.ownerEvidence } : {}),
    })
  }
  for (const r of findPastPosts(ctx, reg)) {
    if (seenRoles.has(`${r.key}|${r.role.toLowerCase()}`)) continue
    seenRoles.add(`${r.key}|${r.role.toLowerCase()}`)
    drafts.push({
      type: 'role',
      actorKey: r.key,
      actorName: r.name,
      role: r.role,
      evidence: r.evidence,
    })
  }
  for (const a of reg.people.affiliations) {
    const p = personOf(a.name)
    const org = [...reg.actors.values()].find((x) => x.aliases.includes(a.org))
    if (p)
      drafts.push({
        type: 'affiliation',
        actorKey: p.key,
        actorName: p.name,
        orgKey: org?.key ?? `organisation:${a.org.toLowerCase()}`,
        org: a.org,
        evidence: a.orgEvidence,
      })
  }
  drafts.push(...findStances(ctx, reg))
  drafts.push(...findDateFacts(ctx, reg), ...findPlaceFacts(ctx, reg))
  const nlp = analyse(doc, ctx)
  drafts.push(...findEvents(nlp.sentences, nlp.entities), ...findNumbers(nlp.sentences))
  for (const a of reg.actors.values())
    drafts.push({ type: 'actor', actor: a, evidence: a.evidence })
  const facts = drafts.map((d) => ({ ...d, id: idOf(d) }) as Fact)
  return { facts, registry: reg, entities: nlp.entities }
}

/** Every fact found in the article's body, each with its evidence. */
export function extractFacts(doc: ArticleDoc): Fact[] {
  return extractAll(doc).facts
}
