import { readFileSync } from 'node:fs'
import { parseArticle } from '@/lib/content'
import { generateQuestionPool } from '@/lib/questions'

let total = 0,
  rep = 0
for (const f of process.argv.slice(2)) {
  const doc = parseArticle(readFileSync(f, 'utf8'), 'x', f)
  const pool = generateQuestionPool(doc)
  const by = new Map<string, string[]>()
  for (const q of pool.questions) {
    const k = q.evidence[0]?.sentenceId ?? ''
    by.set(k, [...(by.get(k) ?? []), `${q.format}:${q.prompt.slice(0, 70)}`])
  }
  for (const [k, v] of by) {
    total++
    if (v.length > 1) {
      rep++
      if (process.env.SHOW) console.log(f.split('/').pop(), k, v.length, v.join(' | '))
    }
  }
}
console.log({ total, rep })
