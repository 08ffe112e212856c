import { expect, test } from 'vitest'
import { splitSentences } from '@/lib/content'

test('splits', () => {
  expect(splitSentences('A b. C d.')).toHaveLength(2)
})
