/**
 * The assignment form's pool-size warning, worked out in the browser as the teacher changes
 * the settings. No imports: this ships to the form.
 */

/**
 * Reads the table `availabilityTable` (./settings) builds: entry `c * 2 ** formats.length + f`
 * holds how many questions a quiz can have for the categories whose bits are set in `c` and
 * the formats whose bits are set in `f` (bit i: the i-th of the lists the table was built
 * for); 0 when nothing is chosen.
 */
export function availabilityFor(
  table: readonly number[],
  lists: { categories: readonly string[]; formats: readonly string[] },
  chosen: { categories: ReadonlySet<string>; formats: ReadonlySet<string> },
): number {
  const mask = (all: readonly string[], picked: ReadonlySet<string>) =>
    all.reduce((m, value, i) => (picked.has(value) ? m | (1 << i) : m), 0)
  const index =
    mask(lists.categories, chosen.categories) * 2 ** lists.formats.length +
    mask(lists.formats, chosen.formats)
  return table[index] ?? 0
}

/**
 * Why the chosen settings will repeat questions or cannot be met, or '' when they are fine.
 * `available` counts the questions of the chosen categories and formats.
 */
export function poolWarning(p: {
  available: number
  count: number
  attempts: number
  narrowed: boolean
}): string {
  const { available, count, attempts, narrowed } = p
  const these = narrowed ? ' in these categories and formats' : ''
  if (count <= 0) return ''
  if (available < count)
    return narrowed
      ? `Only ${available} question${available === 1 ? '' : 's'} can go in one quiz${these}: ask at most ${available}, or tick more categories or formats.`
      : ''
  const fresh = Math.floor(available / count)
  if (attempts <= 1 || fresh >= attempts) return ''
  return `The pool is too small for ${attempts} attempts of ${count} questions: it has ${available}${these}, so ${
    fresh <= 1 ? 'a second attempt' : `attempt ${fresh + 1}`
  } will repeat questions a student has seen. Ask fewer questions or allow fewer attempts.`
}
