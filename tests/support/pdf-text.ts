/**
 * The text on each page of a PDF that Chromium prints (`page.pdf()`), read without external
 * tools: Skia writes plain objects (no object streams), Flate-compressed content streams,
 * Type0 fonts with Identity-H encoding and a ToUnicode CMap each. Enough for tests to ask
 * "which page is this on?", not a general PDF reader: text comes in painting order, one
 * space between text objects, ligatures folded (NFKC).
 */
import { inflateSync } from 'node:zlib'

type PdfObject = { dict: string; stream: Buffer | null }

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1')
  const objects = new Map<number, PdfObject>()
  const header = /(\d+) 0 obj\b/g
  let match = header.exec(text)
  while (match) {
    const start = match.index + match[0].length
    const end = text.indexOf('endobj', start)
    const streamAt = text.indexOf('stream', start)
    let dict = text.slice(start, end)
    let stream: Buffer | null = null
    let next = end
    if (streamAt >= 0 && streamAt < end) {
      dict = text.slice(start, streamAt)
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0)
      const dataStart = streamAt + 6 + (text[streamAt + 6] === '\r' ? 2 : 1)
      const raw = pdf.subarray(dataStart, dataStart + length)
      stream = dict.includes('/FlateDecode') ? inflateSync(raw) : raw
      next = text.indexOf('endobj', dataStart + length)
    }
    objects.set(Number(match[1]), { dict, stream })
    header.lastIndex = next
    match = header.exec(text)
  }
  return objects
}

const utf16 = (hex: string) => {
  let out = ''
  for (let i = 0; i + 4 <= hex.length; i += 4)
    out += String.fromCharCode(Number.parseInt(hex.slice(i, i + 4), 16))
  return out
}

/** A ToUnicode CMap as a map from a 2-byte glyph code to its text. */
function readCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>()
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, code, dst] of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      map.set(Number.parseInt(code ?? '', 16), utf16(dst ?? ''))
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, lo, hi, dst, list] of (block[1] ?? '').matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]+)>|\[([^\]]*)\])/g,
    )) {
      const from = Number.parseInt(lo ?? '', 16)
      const to = Number.parseInt(hi ?? '', 16)
      const items = list ? [...list.matchAll(/<([0-9A-Fa-f]+)>/g)].map((m) => m[1] ?? '') : []
      for (let code = from; code <= to; code++) {
        if (list) map.set(code, utf16(items[code - from] ?? ''))
        else {
          const base = utf16(dst ?? '')
          const last = base.charCodeAt(base.length - 1) + (code - from)
          map.set(code, base.slice(0, -1) + String.fromCharCode(last))
        }
      }
    }
  return map
}

const ref = (dict: string, key: string) => {
  const m = new RegExp(`/${key} (\\d+) 0 R`).exec(dict)
  return m ? Number(m[1]) : null
}

/** The pages' object numbers in reading order, from the page tree. */
function pageOrder(objects: Map<number, PdfObject>): number[] {
  const catalog = [...objects.values()].find((o) => /\/Type \/Catalog\b/.test(o.dict))
  const walk = (n: number): number[] => {
    const dict = objects.get(n)?.dict ?? ''
    if (/\/Type \/Page\b/.test(dict)) return [n]
    const kids = /\/Kids \[([^\]]*)\]/.exec(dict)?.[1] ?? ''
    return [...kids.matchAll(/(\d+) 0 R/g)].flatMap((m) => walk(Number(m[1])))
  }
  const root = catalog ? ref(catalog.dict, 'Pages') : null
  return root === null ? [] : walk(root)
}

/** Each page's text, in order. */
export function pdfPageTexts(pdf: Buffer): string[] {
  const objects = readObjects(pdf)
  const cmaps = new Map<number, Map<number, string>>()
  const fontMap = (fontObject: number) => {
    let cmap = cmaps.get(fontObject)
    if (!cmap) {
      const unicode = ref(objects.get(fontObject)?.dict ?? '', 'ToUnicode')
      cmap = readCMap(
        unicode === null ? '' : (objects.get(unicode)?.stream?.toString('latin1') ?? ''),
      )
      cmaps.set(fontObject, cmap)
    }
    return cmap
  }
  return pageOrder(objects).map((n) => {
    const dict = objects.get(n)?.dict ?? ''
    const fonts = new Map<string, number>()
    const fontDict = /\/Font <<([^>]*)>>/.exec(dict)?.[1] ?? ''
    for (const [, name, obj] of fontDict.matchAll(/\/(\w+) (\d+) 0 R/g))
      fonts.set(name ?? '', Number(obj))
    const contents = ref(dict, 'Contents')
    const ops = contents === null ? '' : (objects.get(contents)?.stream?.toString('latin1') ?? '')
    let cmap = new Map<number, string>()
    const out: string[] = []
    // One text object (BT … ET) is one run of text: its glyphs join up, runs join with a space.
    for (const [, run] of ops.matchAll(/\bBT\b([\s\S]*?)\bET\b/g)) {
      let s = ''
      for (const [, font, shown] of (run ?? '').matchAll(
        /\/(\w+) [\d.]+ Tf|(\[[^\]]*\]\s*TJ|<[0-9A-Fa-f]*>\s*Tj)/g,
      )) {
        if (font) {
          const obj = fonts.get(font)
          cmap = obj === undefined ? new Map() : fontMap(obj)
          continue
        }
        for (const [, hex = ''] of (shown ?? '').matchAll(/<([0-9A-Fa-f]*)>/g))
          for (let i = 0; i + 4 <= hex.length; i += 4)
            s += cmap.get(Number.parseInt(hex.slice(i, i + 4), 16)) ?? ''
      }
      out.push(s)
    }
    return out.join(' ').normalize('NFKC')
  })
}
