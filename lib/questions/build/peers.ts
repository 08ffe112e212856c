/**
 * People offered beside a person, in order of how alike the article makes them: first those it
 * gives a post of the same kind ("English captain" beside "Swedish captain", one justice beside
 * another), then people it gives no post, and only then holders of posts of another kind. A
 * coach or a referee offered as a team's captain is ruled out by anyone who skimmed.
 */
import { ROLE_NOUNS } from '../nlp/words'
import type { BuildContext } from './context'
import { postOf } from './posts'

/** The kind of post: its head noun, one word for one job ("Panama coach", "Coach" → coach). */
export function postHead(role: string): string {
  const post = postOf(role)
    .toLowerCase()
    .replace(/\s+(?:of|for|at|to|in|on)\s.*$/, '')
    .replace(/[^\p{L}\s-]/gu, '')
  const head = post.trim().split(/\s+/).at(-1) ?? ''
  return head
    .replace(/^spokes(?:wo)?m[ae]n$|^spokesperson$/, 'spokesperson')
    .replace(/^chair(?:wo)?m[ae]n$|^chairperson$/, 'chair')
    .replace(/^(\p{L}+?)(?:wo)?m[ae]n$/u, '$1man')
}

/** Forms of address, not posts: "Mr. Hale" says nothing of what Hale does. */
const ADDRESS = /^(?:Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Lord|Lady)\.?$/

const cache = new WeakMap<BuildContext, Map<string, Set<string>>>()

/** Each person's post kinds, under every name the article calls them by. */
function headsByName(ctx: BuildContext): Map<string, Set<string>> {
  const known = cache.get(ctx)
  if (known) return known
  const heads = new Map<string, Set<string>>()
  const add = (names: string[], role: string) => {
    const head = postHead(role)
    if (!head) return
    for (const name of names) heads.set(name, (heads.get(name) ?? new Set()).add(head))
  }
  for (const f of ctx.facts)
    if (f.type === 'role')
      add([f.actorName, ...(ctx.registry.actors.get(f.actorKey)?.aliases ?? [])], f.role)
  for (const e of ctx.entities) {
    if (e.kind !== 'person') continue
    for (const title of e.titles) if (!ADDRESS.test(title)) add([e.name], title)
    // "musician Nick Rhodes", "photographers Nat Finkelstein and …": a job noun before the name.
    for (const m of e.mentions) {
      const word = /(\p{Ll}+)\s+$/u.exec(ctx.sentence(m.sentenceId).slice(0, m.start))?.[1] ?? ''
      const noun = ROLE_NOUNS.has(word) ? word : word.replace(/s$/, '')
      if (ROLE_NOUNS.has(noun)) add([e.name], noun)
    }
  }
  cache.set(ctx, heads)
  return heads
}

/**
 * How far a candidate is from the answer's sort: 0 for a post of the answer's kind (or no post
 * for either), 1 for no post beside a posted answer, 2 for a post of another kind.
 */
export function peerRank(ctx: BuildContext, answer: string, candidate: string): number {
  const heads = headsByName(ctx)
  const own = heads.get(answer)
  const theirs = heads.get(candidate)
  if (!own?.size) return theirs?.size ? 1 : 0
  if (!theirs?.size) return 1
  return [...theirs].some((h) => own.has(h)) ? 0 : 2
}
