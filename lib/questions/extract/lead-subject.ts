/**
 * Profile and obituary leads whose subject is a name with a long apposition:
 * "Marguerite Olander, the former mayor … who led …, died on Sunday aged 84" → "When did
 * Marguerite Olander die?"; "Born in 1941 in Eskdale, Olander trained as a nurse" → "When
 * was Olander born?". The apposition is skipped whole, so its own words never reach the stem.
 */
import { FULL_NAME, NAME_TOKEN, type SentenceRef } from './context'
import { baseForm } from './grammar'

type Stem = { event: string; stem: string }

const NAME_THEN_APPOSITION = new RegExp(`^(${FULL_NAME}),\\s+[^"]{3,200}?,\\s+([a-z]+)\\s+$`, 'u')
// After the date, nothing the verb could act on: an age, a place phrase, a comma, the end.
const INTRANSITIVE_TAIL =
  /^(?:\s+aged\s+\d{1,3}|\s+at\s+(?:the\s+age\s+of\s+\d{1,3}|\w+(?:\s+\w+){0,3}))?\s*(?:[,.;]|$)/
const BORN = new RegExp(
  `^\\s*(?:,?\\s+(?:in|at)\\s+(?:the\\s+)?[^,]{2,60})?,\\s+(${NAME_TOKEN}(?:\\s${NAME_TOKEN}){0,3})\\s+[a-z]+`,
  'u',
)

/** `fullName` turns a surname into the name the registry knows ("Olander" → "Marguerite Olander"). */
export function leadSubjectStem(
  s: SentenceRef,
  start: number,
  end: number,
  fullName: (name: string, at: number) => string | null,
): Stem | null {
  const before = s.folded.slice(0, start)
  const after = s.folded.slice(end)
  if (/^Born\s+$/.test(before)) {
    const m = BORN.exec(after)
    const name = m?.[1] && fullName(m[1], end + after.indexOf(m[1]))
    return name ? { event: `${name} was born`, stem: `When was ${name} born?` } : null
  }
  const m = NAME_THEN_APPOSITION.exec(before)
  const name = m?.[1]
  const verb = m?.[2] ?? ''
  const base = baseForm(verb)
  if (!name || !base || !INTRANSITIVE_TAIL.test(after)) return null
  return { event: `${name} ${verb}`, stem: `When did ${name} ${base}?` }
}
