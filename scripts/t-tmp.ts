import { readdirSync, readFileSync } from 'node:fs'
import { parseArticle } from '@/lib/content'
import { isBoilerplate } from '@/lib/questions/extract/context'

const dirs = process.argv.slice(2)
for (const d of dirs)
  for (const f of readdirSync(d).filter((x) => x.endsWith('.md'))) {
    const doc = parseArticle(readFileSync(`${d}/${f}`, 'utf8'), f.replace('.md', ''), f)
    for (const p of doc.paragraphs)
      p.sentences.forEach((s, i) => {
        if (isBoilerplate(s.text, i === 0)) console.log(f, '|', s.text.slice(0, 120))
      })
  }
