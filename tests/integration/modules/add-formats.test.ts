/**
 * "Add a question" in all five formats on a real database (PGlite, or PostgreSQL with
 * TEST_DATABASE_URL): the teacher's forms become draft questions like generated ones, which
 * can be edited and removed, publish as a version, and grade a student's attempt by what
 * the teacher said is right — while the student is only ever sent public questions.
 */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createAssignment } from '@/lib/assignments/service'
import { parseArticle } from '@/lib/content'
import type { Database } from '@/lib/db/open'
import { getModuleVersion } from '@/lib/db/queries/modules'
import { user } from '@/lib/db/schema'
import type { Answer } from '@/lib/grading'
import { randomId } from '@/lib/ids'
import { ModuleInputError } from '@/lib/modules/errors'
import { addQuestionFormSchema, readNewQuestion } from '@/lib/modules/new-question'
import { matchPairs, orderedItems } from '@/lib/modules/questions'
import { MAX_OPTIONS, pastedArticleSchema } from '@/lib/modules/schemas'
import {
  addDraftQuestion,
  createModuleFromPaste,
  editDraftQuestion,
  getModuleReview,
  publishModule,
  removeDraftQuestion,
} from '@/lib/modules/service'
import { FORMATS, type PublicQuestion, publicQuestionSchema } from '@/lib/questions/types'
import { startAssignmentAttempt } from '@/lib/quiz/assignment'
import { submitAttempt } from '@/lib/quiz/service'
import { newSubmissionKey } from '../../support/quiz'
import { createTestDatabase, testDatabaseKind } from '../../support/test-db'

const fixture = parseArticle(
  readFileSync('tests/fixtures/articles/coalition-budget-clash.md', 'utf8'),
  'coalition-budget-clash',
)

let database: Database
const db = () => database.db
const teacher = { id: randomId(), name: 'Wanjiru', email: 'wanjiru@school.test' }

beforeAll(async () => {
  database = await createTestDatabase()
  await db().insert(user).values(teacher)
})
afterAll(async () => {
  await database?.close()
})

/** One form per format, as the browser posts it; each asks about a different sentence. */
const FORMS: Record<string, Record<string, string>> = {
  single: {
    format: 'single',
    category: 'actor',
    prompt: 'Who leads the three-party coalition?',
    option1: 'Heinrich Vogel',
    option2: 'Matthias Keller',
    option3: 'Petra Lang',
    correct: '2',
  },
  'true-false': {
    format: 'true-false',
    category: 'position',
    prompt: 'True or false?',
    statement: 'Petra Lang called for a vote of confidence.',
    correct: '1',
    proof: 'called for a vote of confidence',
  },
  cloze: {
    format: 'cloze',
    category: 'position',
    prompt: 'Complete the sentence from the article.',
    sentence: 'Brandt has said she opposes any cuts to the climate fund.',
    option1: 'the climate fund',
    option2: 'the defence budget',
    option3: 'pensions',
    correct: '1',
  },
  match: {
    format: 'match',
    category: 'position',
    prompt: 'Match each person to the post the article gives them.',
    left1: 'Stefan Roth',
    right1: 'Government spokesman',
    left2: 'Markus Feld',
    right2: 'political scientist',
    left3: 'Petra Lang',
    right3: 'Opposition leader',
  },
  order: {
    format: 'order',
    category: 'date',
    prompt: 'Put these events from the article in order, earliest first.',
    item1: 'A court ruling on spending',
    item2: 'The ministers trade accusations',
    item3: 'The budget committee votes',
  },
}

/** What the add action does with a form: the schema, then the service. */
async function addFromForm(moduleId: string, values: Record<string, string>) {
  const parsed = addQuestionFormSchema.safeParse({ moduleId, explanation: '', ...values })
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues))
  const { question } = readNewQuestion(parsed.data)
  if (!question) throw new Error('a valid form gave no question')
  return addDraftQuestion(db(), teacher.id, moduleId, question)
}

const idOf = (options: { id: string; text: string }[], text: string) => {
  const found = options.find((o) => o.text === text)
  if (!found) throw new Error(`no option “${text}”`)
  return found.id
}

/** What a student who follows the teacher's forms answers, from the public questions only. */
function rightAnswer(q: PublicQuestion): Answer {
  switch (q.format) {
    case 'single':
      return { optionId: idOf(q.options, 'Matthias Keller') }
    case 'true-false':
      return { optionId: idOf(q.options, 'True') }
    case 'cloze':
      return { text: 'The climate fund' }
    case 'match':
      return {
        pairs: Object.fromEntries(
          [1, 2, 3].map((i) => [
            idOf(q.left, FORMS.match?.[`left${i}`] ?? ''),
            idOf(q.right, FORMS.match?.[`right${i}`] ?? ''),
          ]),
        ),
      }
    case 'order':
      return { order: [1, 2, 3].map((i) => idOf(q.items, FORMS.order?.[`item${i}`] ?? '')) }
  }
}

describe(`adding every format on ${testDatabaseKind}`, () => {
  let moduleId: string
  let versionId: string

  test('each format is added to the draft and listed like generated questions', async () => {
    ;({ moduleId } = await createModuleFromPaste(
      db(),
      teacher.id,
      pastedArticleSchema.parse({
        title: fixture.meta.title,
        source: 'Wire Services',
        publishedAt: fixture.meta.publishedAt,
        text: [fixture.meta.title, ...fixture.paragraphs.map((p) => p.text)].join('\n'),
      }),
    ))
    // Only the teacher's questions stay, so the student's quiz is exactly them.
    const generated = (await getModuleReview(db(), teacher.id, moduleId))?.pool ?? []
    for (const q of generated) await removeDraftQuestion(db(), teacher.id, moduleId, q.id)
    for (const format of FORMATS) await addFromForm(moduleId, FORMS[format] ?? {})
    const review = await getModuleReview(db(), teacher.id, moduleId)
    expect(review?.pool.map((q) => q.format)).toEqual([...FORMATS])
    for (const q of review?.pool ?? []) {
      expect(q.evidence.length, `${q.format} has evidence in the article`).toBeGreaterThan(0)
      // Evidence in body text that holds the answer, and an explanation quoting it.
      const hints = review?.issues.filter((i) => i.questionId === q.id) ?? []
      expect(
        hints.filter((i) => ['evidence', 'unsupported', 'explanation', 'schema'].includes(i.code)),
      ).toEqual([])
    }
    const match = review?.pool.find((q) => q.format === 'match')
    expect(match && matchPairs(match).sort()).toEqual([
      ['Markus Feld', 'political scientist'],
      ['Petra Lang', 'Opposition leader'],
      ['Stefan Roth', 'Government spokesman'],
    ])
  })

  test('adding the same question twice is refused; a bad proof keeps the draft unchanged', async () => {
    const err = await addFromForm(moduleId, FORMS.order ?? {}).catch((e: unknown) => e)
    expect((err as Error).message).toMatch(/already asks exactly this/)
    const bad = await addFromForm(moduleId, {
      ...FORMS['true-false'],
      statement: 'Vogel resigned.',
      proof: 'Vogel resigned on Friday',
    }).catch((e: unknown) => e)
    expect(bad).toBeInstanceOf(ModuleInputError)
    expect((bad as ModuleInputError).fieldErrors).toHaveProperty('proof')
    expect((await getModuleReview(db(), teacher.id, moduleId))?.pool).toHaveLength(5)
  })

  test('an added question can be edited and removed like a generated one', async () => {
    const extra = await addFromForm(moduleId, {
      ...FORMS.order,
      item3: 'Talks continue through the weekend',
      item4: 'The budget committee votes',
    })
    const blank = Array.from({ length: MAX_OPTIONS }, () => '')
    const items = [...orderedItems(extra), ...blank].slice(0, MAX_OPTIONS)
    items[0] = 'A court ruling on the budget'
    const edited = await editDraftQuestion(db(), teacher.id, moduleId, extra.id, {
      prompt: extra.prompt,
      statement: '',
      before: '',
      after: '',
      explanation: '',
      correct: 0,
      options: blank,
      left: blank,
      right: blank,
      items,
    })
    expect(orderedItems(edited)[0]).toBe('A court ruling on the budget')
    await removeDraftQuestion(db(), teacher.id, moduleId, edited.id)
    expect((await getModuleReview(db(), teacher.id, moduleId))?.pool).toHaveLength(5)
  })

  test('the draft publishes with every added question and its key', async () => {
    const { version } = await publishModule(db(), teacher.id, moduleId)
    versionId = version.id
    const stored = await getModuleVersion(db(), version.id)
    expect(stored?.pool.map((q) => q.format)).toEqual([...FORMATS])
    expect(stored?.pool.every((q) => q.key.format === q.format)).toBe(true)
  })

  test('a student gets only public questions and is graded by what the teacher wrote', async () => {
    const assignment = await createAssignment(db(), teacher.id, {
      versionId,
      title: 'Budget clash',
      settings: {
        questionCount: 5,
        categories: ['actor', 'date', 'position'],
        formats: [...FORMATS],
        maxAttempts: 2,
        dueAt: null,
        revealAnswers: true,
        allowSharing: false,
      },
    })
    const students = new Map([[assignment.id, { key: randomId(), name: 'Ife' }]])
    const first = await startAssignmentAttempt(db(), assignment.joinCode, students)
    expect(first.questions.map((q) => q.format).sort()).toEqual([...FORMATS].sort())
    for (const q of first.questions) publicQuestionSchema.parse(q)
    expect(JSON.stringify(first)).not.toMatch(/"key"|explanation|evidence/)
    const right = await submitAttempt(
      db(),
      first.attemptId,
      {
        submissionKey: newSubmissionKey(),
        answers: Object.fromEntries(first.questions.map((q) => [q.id, rightAnswer(q)])),
      },
      students,
    )
    expect(right.result?.score).toBe(5)

    // Second attempt: every answer wrong earns nothing.
    const second = await startAssignmentAttempt(db(), assignment.joinCode, students)
    const wrong = (q: PublicQuestion): Answer => {
      switch (q.format) {
        case 'single':
          return { optionId: idOf(q.options, 'Petra Lang') }
        case 'true-false':
          return { optionId: idOf(q.options, 'False') }
        case 'cloze':
          return { optionId: idOf(q.options, 'pensions') }
        case 'match': {
          const r = rightAnswer(q) as { pairs: Record<string, string> }
          const [a, b, c] = Object.keys(r.pairs)
          return {
            pairs: {
              [a ?? '']: r.pairs[b ?? ''] ?? '',
              [b ?? '']: r.pairs[c ?? ''] ?? '',
              [c ?? '']: r.pairs[a ?? ''] ?? '',
            },
          }
        }
        case 'order':
          return { order: [...(rightAnswer(q) as { order: string[] }).order].reverse() }
      }
    }
    const wrongResult = await submitAttempt(
      db(),
      second.attemptId,
      {
        submissionKey: newSubmissionKey(),
        answers: Object.fromEntries(second.questions.map((q) => [q.id, wrong(q)])),
      },
      students,
    )
    expect(wrongResult.result?.score).toBe(0)
    expect(wrongResult.result?.feedback.every((f) => f.status === 'incorrect')).toBe(true)
  })
})
