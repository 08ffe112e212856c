import { readFileSync } from 'node:fs'
import { parseArticle } from '@/lib/content'
import { extractFacts } from '@/lib/questions'

const f = process.argv[2] as string
const doc = parseArticle(readFileSync(f, 'utf8'), 'x', f)
const type = process.argv[3]
for (const fact of extractFacts(doc))
  if (!type || fact.type === type) console.log(JSON.stringify(fact).slice(0, 300))
for (const p of doc.paragraphs)
  for (const s of p.sentences) if (process.argv[4]) console.log(s.id, s.text)
