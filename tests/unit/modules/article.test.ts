import { describe, expect, test } from 'vitest'
import { slugSchema } from '@/lib/content/schema'
import { articleFromPaste } from '@/lib/modules/article'
import { ModuleInputError } from '@/lib/modules/errors'
import { latestToday, pastedArticleSchema, TEXT_MAX, toQuestionEdit } from '@/lib/modules/schemas'
import { newModuleSlug } from '@/lib/modules/service'

const paragraph =
  'The city council voted on Tuesday to close the old bridge for repairs, Mayor Ana Ruiz said.'
const text = [
  'Council closes old bridge',
  paragraph,
  'Workers inspect the bridge [Photo: J. Doe/City News]',
  'Repairs ahead',
  `${paragraph} The work will take six months and cost $4m, officials said in a statement.`,
  'Source: City News',
].join('\n')

const valid = {
  title: 'Council closes old bridge',
  source: '',
  publishedAt: '2024-03-18',
  standfirst: '',
  text,
}

const issuesOf = (input: Record<string, string>) => {
  const r = pastedArticleSchema.safeParse(input)
  return r.success
    ? {}
    : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]))
}

describe('pastedArticleSchema', () => {
  test('accepts a valid paste, normalising line endings', () => {
    const r = pastedArticleSchema.parse({ ...valid, text: text.replace(/\n/g, '\r\n') })
    expect(r.text).toBe(text)
    expect(r.standfirst).toBeUndefined()
  })

  test('names the limits: title, date, text length', () => {
    expect(issuesOf({ ...valid, title: 'ab' })).toHaveProperty('title')
    expect(issuesOf({ ...valid, title: 'x'.repeat(201) })).toHaveProperty('title')
    expect(issuesOf({ ...valid, source: 'x'.repeat(121) })).toHaveProperty('source')
    expect(issuesOf({ ...valid, publishedAt: '2023-02-30' }).publishedAt).toBe(
      'That is not a real calendar date',
    )
    expect(issuesOf({ ...valid, publishedAt: '18/03/2024' })).toHaveProperty('publishedAt')
    expect(issuesOf({ ...valid, publishedAt: '2999-01-01' }).publishedAt).toBe(
      'The publication date cannot be in the future',
    )
    expect(issuesOf({ ...valid, text: 'Too short.' }).text).toMatch(/at least 200 characters/)
    expect(issuesOf({ ...valid, text: 'a'.repeat(TEXT_MAX + 1) }).text).toBe(
      'The article is too long: the limit is 40,000 characters and this is 40,001. Cut it or paste a shorter article.',
    )
    expect(issuesOf({ ...valid, text: 'a'.repeat(TEXT_MAX) })).toEqual({})
  })

  test('today is allowed in every time zone', () => {
    const now = new Date('2024-06-01T23:30:00Z')
    expect(latestToday(now)).toBe('2024-06-02')
  })
})

describe('articleFromPaste', () => {
  test('captions, subheadings and the Source line are furniture, not body text', () => {
    const doc = articleFromPaste('m-test', pastedArticleSchema.parse(valid))
    expect(doc.meta.source).toBe('City News')
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'figure', 'heading', 'paragraph'])
    expect(doc.meta.title).toBe(valid.title)
  })

  test('a form source wins over the Source line; none at all is a field error', () => {
    expect(
      articleFromPaste('m-test', pastedArticleSchema.parse({ ...valid, source: 'Daily Post' })).meta
        .source,
    ).toBe('Daily Post')
    const noSource = text.replace(/\nSource: City News$/, '')
    try {
      articleFromPaste('m-test', pastedArticleSchema.parse({ ...valid, text: noSource }))
      expect.unreachable()
    } catch (err) {
      expect(err).toBeInstanceOf(ModuleInputError)
      expect((err as ModuleInputError).fieldErrors).toHaveProperty('source')
    }
  })

  test('markup-looking text stays text', () => {
    const html = `<script>alert("x")</script> ${paragraph} <b>bold</b> & more. ${paragraph}`
    const doc = articleFromPaste(
      'm-test',
      pastedArticleSchema.parse({ ...valid, source: 'Daily Post', text: html }),
    )
    expect(doc.paragraphs[0]?.text).toContain('<script>alert("x")</script>')
    expect(doc.body).toContain('<b>bold</b> & more.')
  })

  test('text with no body paragraphs is a clear error on the text field', () => {
    const onlyCaptions = Array.from(
      { length: 5 },
      (_, i) => `A caption number ${i} with enough words in it to count [Photo: Agency ${i}]`,
    ).join('\n')
    try {
      articleFromPaste(
        'm-test',
        pastedArticleSchema.parse({ ...valid, source: 'X', text: onlyCaptions }),
      )
      expect.unreachable()
    } catch (err) {
      expect((err as ModuleInputError).fieldErrors.text).toMatch(/no paragraphs/)
    }
  })
})

describe('ids and forms', () => {
  test('module slugs satisfy slugSchema and differ', () => {
    const a = newModuleSlug()
    expect(slugSchema.safeParse(a).success).toBe(true)
    expect(a).toMatch(/^m-[a-z0-9]{16,}$/)
    expect(newModuleSlug()).not.toBe(a)
  })

  test('toQuestionEdit reads option slots by position and the correct slot', () => {
    const edit = toQuestionEdit({
      prompt: 'Q',
      statement: '',
      before: '',
      after: '',
      explanation: '',
      correct: '3',
      option1: 'A',
      option2: '',
      option3: 'C',
      option4: '',
      option5: '',
      option6: '',
    } as never)
    expect(edit.options).toEqual(['A', '', 'C', '', '', ''])
    expect(edit.correct).toBe(3)
    expect(toQuestionEdit({ correct: '9' } as never).correct).toBe(0)
  })
})
