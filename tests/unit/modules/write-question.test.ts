/**
 * "Add a question" in each of the five formats, from the form's strings to a keyed question:
 * the schema's messages name the field to fix, and a valid form gives a question whose ids
 * hash only what students see and which the real grading marks right and wrong.
 */
import { describe, expect, test } from 'vitest'
import { type Answer, findSubmissionProblems, gradeSubmission } from '@/lib/grading'
import { randomId } from '@/lib/ids'
import { ModuleInputError } from '@/lib/modules/errors'
import { addQuestionFormSchema, readNewQuestion } from '@/lib/modules/new-question'
import { findEvidence } from '@/lib/modules/questions'
import { writeQuestion } from '@/lib/modules/write-question'
import { toPublicQuestion } from '@/lib/questions'
import { contentQuestionId } from '@/lib/questions/ids'
import type { Question } from '@/lib/questions/types'
import { findArticle, loadArticle } from '../questions/load'

const doc = loadArticle(findArticle('coalition-budget-clash'))
const moduleId = randomId()

/** Parses a form as the browser sends it (every value a string). */
const parse = (values: Record<string, string>) =>
  addQuestionFormSchema.safeParse({ moduleId, category: 'actor', explanation: '', ...values })

function write(values: Record<string, string>): Question {
  const parsed = parse(values)
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues))
  const { question } = readNewQuestion(parsed.data)
  if (!question) throw new Error('no question from a valid form')
  return writeQuestion(doc, question)
}

/** Field → message, as the form shows them beside the fields. */
function errorsOf(values: Record<string, string>): Record<string, string> {
  const parsed = parse(values)
  if (parsed.success) throw new Error('expected the form to be rejected')
  return Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]))
}

const credit = (q: Question, answer: Answer) => gradeSubmission([q], { [q.id]: answer }).score

const optionNamed = (q: Question, text: string) => {
  const options = 'options' in q ? q.options : q.format === 'order' ? q.items : []
  const found = options.find((o) => o.text === text)
  if (!found) throw new Error(`no option “${text}”`)
  return found.id
}

/** The key never reaches the public shape, and the ids are the content's own. */
function expectWellFormed(q: Question) {
  const pub = toPublicQuestion(q)
  expect(JSON.stringify(pub)).not.toContain('"key"')
  expect(pub).not.toHaveProperty('explanation')
  expect(contentQuestionId(q)).toBe(q.id)
  expect(q.quality).toBe(1)
}

describe('adding a single-choice question', () => {
  const form = {
    format: 'single',
    prompt: 'Who leads the three-party coalition?',
    option1: 'Heinrich Vogel',
    option2: 'Matthias Keller',
    option3: 'Petra Lang',
    correct: '2',
  }

  test('grades the chosen option right and another wrong, with evidence quoted', () => {
    const q = write(form)
    expectWellFormed(q)
    expect(q.format).toBe('single')
    expect(credit(q, { optionId: optionNamed(q, 'Matthias Keller') })).toBe(1)
    expect(credit(q, { optionId: optionNamed(q, 'Petra Lang') })).toBe(0)
    expect(q.evidence).toEqual(findEvidence(doc, 'Matthias Keller'))
    expect(q.explanation).toMatch(/^The article says: “.*Chancellor Matthias Keller/)
  })

  test('the ids do not depend on which option is correct', () => {
    expect(write({ ...form, correct: '3' }).id).toBe(write(form).id)
  })

  test('an answer that is not in the article still makes a question, explained in words', () => {
    const q = write({ ...form, option2: 'Angela Merkel' })
    expect(q.evidence).toEqual([])
    expect(q.explanation).toBe('The correct answer is “Angela Merkel”.')
  })

  test('no prompt, one option, an empty correct slot or a repeat: each field says why', () => {
    expect(errorsOf({ ...form, prompt: ' ' })).toEqual({
      prompt: 'Write the question students read',
    })
    expect(errorsOf({ ...form, option2: '', option3: '', correct: '1' })).toHaveProperty(
      'option1',
      'Give at least two options',
    )
    expect(errorsOf({ ...form, correct: '5' })).toEqual({
      correct: 'The correct option is empty',
    })
    expect(errorsOf({ ...form, option3: ' matthias keller ' })).toEqual({
      option3: 'This option repeats another one',
    })
    expect(errorsOf({ ...form, option1: 'x'.repeat(401) })).toHaveProperty('option1')
  })

  test('an unknown format or category is refused', () => {
    expect(errorsOf({ ...form, format: 'essay' })).toHaveProperty('format')
    expect(errorsOf({ ...form, category: 'weather' })).toEqual({ category: 'Choose a category' })
  })
})

describe('adding a true/false question', () => {
  const form = {
    format: 'true-false',
    prompt: 'True or false?',
    statement: 'Clara Brandt opposes cuts to the climate fund.',
    correct: '1',
    proof: 'she opposes any cuts to the climate fund',
  }

  test('grades True right and False wrong; the proof is the evidence', () => {
    const q = write(form)
    expectWellFormed(q)
    expect(q.format).toBe('true-false')
    expect(credit(q, { optionId: optionNamed(q, 'True') })).toBe(1)
    expect(credit(q, { optionId: optionNamed(q, 'False') })).toBe(0)
    expect(q.evidence).toEqual(findEvidence(doc, form.proof))
    expect(q.evidence).toHaveLength(1)
    expect(q.explanation).toMatch(/^The article says: “Brandt has said/)
  })

  test('a false statement has False as its answer; the ids stay the same', () => {
    const q = write({ ...form, correct: '2' })
    expect(credit(q, { optionId: optionNamed(q, 'False') })).toBe(1)
    expect(q.id).toBe(write(form).id)
  })

  test('missing statement or truth are field errors; proof not in the article is named', () => {
    expect(errorsOf({ ...form, statement: '', correct: '' })).toEqual({
      statement: 'Write the statement students judge',
      correct: 'Choose whether the statement is true or false',
    })
    const parsed = parse({ ...form, proof: 'words the article never used' })
    expect(parsed.success).toBe(true)
    const { question } = readNewQuestion(parsed.data as never)
    expect(() => writeQuestion(doc, question as never)).toThrow(ModuleInputError)
    try {
      writeQuestion(doc, question as never)
    } catch (err) {
      expect((err as ModuleInputError).fieldErrors.proof).toMatch(/not in the article/)
    }
  })
})

describe('adding a cloze question', () => {
  const form = {
    format: 'cloze',
    prompt: 'Complete the sentence from the article.',
    sentence: 'Brandt has said she opposes any cuts to the climate fund.',
    option1: 'the defence budget',
    option2: 'the climate fund',
    option3: 'pensions',
    correct: '2',
  }

  test('the correct option becomes the gap; typed and chosen answers grade', () => {
    const q = write(form)
    expectWellFormed(q)
    if (q.format !== 'cloze') throw new Error('not a cloze')
    expect(q.before).toBe('Brandt has said she opposes any cuts to ')
    expect(q.after).toBe('.')
    expect(credit(q, { optionId: optionNamed(q, 'the climate fund') })).toBe(1)
    expect(credit(q, { optionId: optionNamed(q, 'pensions') })).toBe(0)
    expect(credit(q, { text: 'The Climate Fund' })).toBe(1)
    expect(credit(q, { text: 'pensions' })).toBe(0)
    const sentence = doc.paragraphs
      .flatMap((p) => p.sentences)
      .find((s) => s.text === form.sentence)
    const evidence = q.evidence[0]
    expect(evidence?.sentenceId).toBe(sentence?.id)
    expect(sentence?.text.slice(evidence?.start, evidence?.end)).toBe('the climate fund')
  })

  test('a gap that is not in the sentence, or the whole sentence, is refused on the sentence', () => {
    expect(errorsOf({ ...form, correct: '3' }).sentence).toMatch(/must contain the correct option/)
    expect(
      errorsOf({ ...form, sentence: 'the climate fund', option2: 'the climate fund' }).sentence,
    ).toMatch(/more of the sentence/)
    expect(errorsOf({ ...form, sentence: '' })).toHaveProperty('sentence')
  })
})

describe('adding a match question', () => {
  const form = {
    format: 'match',
    prompt: 'Match each person to the post the article gives them.',
    left1: 'Heinrich Vogel',
    right1: 'Finance Minister',
    left2: 'Clara Brandt',
    right2: 'Economy Minister',
    left3: 'Stefan Roth',
    right3: 'Government spokesman',
  }

  test('all pairs right earn full credit, one swap partial, the evidence one span per pair', () => {
    const q = write(form)
    expectWellFormed(q)
    if (q.format !== 'match') throw new Error('not a match')
    const id = (side: typeof q.left, text: string) => side.find((o) => o.text === text)?.id ?? ''
    const pairs = (rights: string[]) =>
      Object.fromEntries(
        ['Heinrich Vogel', 'Clara Brandt', 'Stefan Roth'].map((l, i) => [
          id(q.left, l),
          id(q.right, rights[i] ?? ''),
        ]),
      )
    const right = pairs(['Finance Minister', 'Economy Minister', 'Government spokesman'])
    expect(credit(q, { pairs: right })).toBe(1)
    const swapped = pairs(['Economy Minister', 'Finance Minister', 'Government spokesman'])
    expect(credit(q, { pairs: swapped })).toBeCloseTo(1 / 3, 2)
    expect(findSubmissionProblems([q], { [q.id]: { pairs: right } })).toEqual([])
    expect(q.evidence).toHaveLength(3)
    // Vogel and Brandt share a sentence: it is quoted once.
    expect(q.explanation).toMatch(
      /^The article says: “German Finance Minister Heinrich Vogel and Economy Minister Clara Brandt [^”]*” It also says: “Government spokesman Stefan Roth [^”]*” The pairs: Heinrich Vogel: Finance Minister; Clara Brandt: Economy Minister; Stefan Roth: Government spokesman\.$/,
    )
  })

  test('pairs the article does not name have no evidence and are explained by the pairs alone', () => {
    const q = write({
      ...form,
      left1: 'Alpha',
      right1: 'First',
      left2: 'Beta',
      right2: 'Second',
      left3: '',
      right3: '',
    })
    expect(q.evidence).toEqual([])
    expect(q.explanation).toBe('The pairs: Alpha: First; Beta: Second.')
  })

  test('half a pair, a repeat or a single pair is refused on the field to fix', () => {
    expect(errorsOf({ ...form, right2: '' })).toEqual({
      right2: 'Fill in both sides of the pair, or neither',
    })
    expect(errorsOf({ ...form, left3: 'clara brandt' })).toEqual({
      left3: 'This repeats another item',
    })
    expect(errorsOf({ ...form, left2: '', right2: '', left3: '', right3: '' })).toEqual({
      left1: 'Give at least 2 pairs',
    })
  })
})

describe('adding an order question', () => {
  const items = [
    'A court ruling on the budget',
    'The ministers trade accusations',
    'The budget committee votes',
  ]
  const form = {
    format: 'order',
    prompt: 'Put these events from the article in order, earliest first.',
    item1: items[0] as string,
    item2: items[1] as string,
    item4: items[2] as string,
    category: 'date',
  }

  test('the right order earns full credit and the reversed one none; blanks are skipped', () => {
    const q = write(form)
    expectWellFormed(q)
    if (q.format !== 'order') throw new Error('not an order')
    expect(q.category).toBe('date')
    const ids = items.map((t) => optionNamed(q, t))
    expect(credit(q, { order: ids })).toBe(1)
    expect(credit(q, { order: [...ids].reverse() })).toBe(0)
    // Students are never shown the answer as the starting order.
    expect(q.items.map((i) => i.id)).not.toEqual(ids)
    expect(q.explanation).toMatch(/^The article says: “.*court ruling.*” It also says: “/)
    expect(q.explanation.endsWith(`In order: 1. ${items[0]} 2. ${items[1]} 3. ${items[2]}`)).toBe(
      true,
    )
  })

  test('each paraphrased event is proved by the closest sentence, or by none', () => {
    const q = write(form)
    const sentence = (id: string | undefined) =>
      doc.paragraphs.flatMap((p) => p.sentences).find((s) => s.id === id)?.text
    expect(q.evidence.map((e) => sentence(e.sentenceId))).toEqual([
      expect.stringContaining('court ruling'),
      expect.stringContaining('traded accusations'),
      expect.stringContaining('budget committee is due to vote'),
    ])
    const far = write({ ...form, item1: 'Aliens land on the moon' })
    expect(far.evidence).toHaveLength(2)
  })

  test('fewer than three events, a repeat or a sixth event are refused', () => {
    expect(errorsOf({ ...form, item4: '' })).toEqual({
      item1: 'Give at least 3 events, earliest first',
    })
    expect(errorsOf({ ...form, item2: items[0] as string })).toHaveProperty(
      'item2',
      'This repeats another event',
    )
    expect(errorsOf({ ...form, item3: 'Four', item5: 'Five', item6: 'Six' })).toEqual({
      item6: 'Give at most 5 events',
    })
  })
})
