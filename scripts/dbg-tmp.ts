import { readFileSync } from 'node:fs'
import { parseArticle } from '@/lib/content/parse'
import { extractAll } from '@/lib/questions/extract'
const doc = parseArticle(readFileSync(process.argv[2] as string, 'utf8'), 'x')
const { registry, facts } = extractAll(doc)
for (const a of registry.actors.values()) console.log(a.kind, JSON.stringify(a.aliases))
for (const f of facts) if (f.type === 'date' || f.type==='place') console.log(f.type, JSON.stringify((f as any).stem), (f as any).event ?? '')
