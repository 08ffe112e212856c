/**
 * Turns a plain-text article (as pasted, or a .txt file) into Lede's Markdown body.
 * Recognises the furniture of news pages so it never becomes body text:
 * photo captions ending in a bracketed credit, short subheadings, and a closing "Source: …" line.
 */

export type PlainTextArticle = {
  body: string
  /** From a closing "Source: …" line, when present. */
  source: string | null
}

const CAPTION_WITH_CREDIT = /^(.*\S)\s*\[([^\]]{2,120})\]\s*$/
const SOURCE_LINE = /^source:\s*(.{2,120})$/i
const TERMINAL = /[.!?…:;,”"’')\]]$/

function isSubheading(line: string, next: string | undefined): boolean {
  // A quoted subheading (‘Same style of attacks’) may end in a closing quote.
  const bare = /^[‘“"']/.test(line) ? line.slice(1, -1) : line
  const words = bare.split(/\s+/).length
  return words <= 8 && !TERMINAL.test(bare) && next !== undefined && next.length > line.length
}

/**
 * `dropLeading` removes lines that repeat the title or standfirst at the top of the text.
 */
export function plainTextToMarkdown(text: string, dropLeading: string[] = []): PlainTextArticle {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n/)
    .map((l) => l.trim())
  const lines = blocks.filter((l) => l.length > 0)
  const drop = new Set(dropLeading.map((d) => d.trim()))
  while (lines.length > 0 && drop.has(lines[0] ?? '')) lines.shift()

  let source: string | null = null
  const last = lines.at(-1)
  const sourceMatch = last ? SOURCE_LINE.exec(last) : null
  if (sourceMatch) {
    source = sourceMatch[1]?.trim() ?? null
    lines.pop()
  }

  const out: string[] = []
  lines.forEach((line, i) => {
    const caption = CAPTION_WITH_CREDIT.exec(line)
    if (caption) {
      const credit = (caption[2] ?? '').replace(/"/g, '”')
      out.push(`:::figure{credit="${credit}"}\n${caption[1]}\n:::`)
    } else if (isSubheading(line, lines[i + 1])) {
      out.push(`## ${line}`)
    } else {
      out.push(line)
    }
  })
  return { body: out.join('\n\n'), source }
}
