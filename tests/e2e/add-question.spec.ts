/**
 * Issue 13, item 10: "Add a question" offers every format the generator makes. A teacher,
 * with the keyboard alone, chooses a format, fills its form (a mistake is explained beside
 * its field and what was typed stays), and finds an order and a cloze question at the end
 * of the draft's list; axe finds nothing on the page in either state. Without JavaScript the
 * format links and the form work all the same.
 */
import { type BrowserContext, expect, type Page, test } from '@playwright/test'
import { newTeacherAccount, PASTED_ARTICLE, runTag } from '../support/teacher'
import { expectNoAxeViolations } from './pages/reader-page'
import { newActor, signUpViaApi } from './pages/teacher-account'
import { AddQuestionSection, ModuleReviewPage, NewModulePage } from './pages/teacher-module'

let teacher: { context: BrowserContext; page: Page; ip: string }
let moduleId: string

test.beforeAll(async ({ browser }, testInfo) => {
  const base = testInfo.project.use.baseURL as string
  teacher = await newActor(browser, base)
  await signUpViaApi(teacher.context, base, newTeacherAccount('Mr Formats'))
  const create = new NewModulePage(teacher.page)
  await create.goto()
  moduleId = await create.create({ ...PASTED_ARTICLE, title: `Flood wall ${runTag()}` })
})

test.afterAll(async () => {
  await teacher?.context.close()
})

const EVENTS = [
  'Storm Nadia damages the flood wall',
  'Councillors vote to rebuild the flood wall',
  'A public meeting explains the timetable',
  'Work on the wall begins',
]

test('a teacher adds an order and a cloze question with the keyboard and sees them listed', async () => {
  // Every step is Tab presses, each checked: slower than clicks.
  test.setTimeout(120_000)
  const page = teacher.page
  const review = new ModuleReviewPage(page)
  await review.goto(moduleId)
  const before = await review.items.count()
  const add = new AddQuestionSection(page)
  await expect(add.section.getByRole('heading', { level: 3, name: 'Single choice' })).toBeVisible()

  // Order: two events are too few; the message sits beside the first event, nothing is lost.
  await add.chooseFormat('Order events')
  await expect(add.field('Category')).toHaveValue('date')
  await add.type({ 'Event 1 (the earliest)': EVENTS[0] ?? '', 'Event 2': EVENTS[1] ?? '' })
  await add.submit()
  const tooFew = add.form.locator('.field-error')
  await expect(tooFew).toHaveText('Give at least 3 events, earliest first')
  await expect(add.field('Event 1 (the earliest)')).toHaveAttribute('aria-invalid', 'true')
  await expect(add.field('Event 2')).toHaveValue(EVENTS[1] ?? '')
  await expectNoAxeViolations(page)
  await add.type({ 'Event 3': EVENTS[2] ?? '', 'Event 4': EVENTS[3] ?? '' })
  await add.submit()
  await expect(add.form.getByRole('status')).toHaveText(
    'Added your question at the end of the list.',
  )
  await expect(review.items).toHaveCount(before + 1)
  const order = review.item(before + 1)
  await expect(order.locator('.question-meta')).toContainText('Order events')
  await expect(order.locator('.question-meta')).toContainText('Date')
  await expect(order.locator('.review-order li')).toHaveText(EVENTS)

  // Cloze: the correct option (the first) becomes the gap in the copied sentence.
  await add.chooseFormat('Fill the gap')
  await add.type({
    'Sentence from the article':
      'The ferry operator, Elling Lines, said services resumed on March 6.',
    'Option 1': 'March 6',
    'Option 2': 'March 3',
    'Option 3': 'April 14',
  })
  await add.submit()
  await expect(add.form.getByRole('status')).toHaveText(
    'Added your question at the end of the list.',
  )
  await expect(review.items).toHaveCount(before + 2)
  const cloze = review.item(before + 2)
  await expect(cloze.locator('.question-meta')).toContainText('Fill the gap')
  await expect(cloze.locator('.cloze-sentence')).toHaveText(
    'The ferry operator, Elling Lines, said services resumed on _____ .',
  )
  await expect(cloze.locator('.review-options li.is-correct')).toContainText('March 6')
  await expect(cloze.locator('.review-explanation')).toContainText(
    'The article says: “The ferry operator, Elling Lines, said services resumed on March 6.”',
  )
  // The form is fresh for the next question.
  await expect(add.field('Option 1')).toHaveValue('')
  await expectNoAxeViolations(page)
})

test('without JavaScript the format links and the form still add a question', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    baseURL,
    // The teacher's session in a browser that runs no script, from the same address.
    extraHTTPHeaders: { 'x-forwarded-for': teacher.ip },
  })
  await context.addCookies(await teacher.context.cookies())
  const page = await context.newPage()
  const review = new ModuleReviewPage(page)
  await review.goto(moduleId)
  const before = await review.items.count()
  const add = new AddQuestionSection(page)
  await add.section.getByRole('link', { name: 'True or false', exact: true }).click()
  await expect(add.section.getByRole('heading', { level: 3, name: 'True or false' })).toBeVisible()
  await add.field('Statement').fill('Rosa Lindqvist voted against the plan.')
  await add.form.getByRole('button', { name: 'Add the question' }).click()
  await expect(review.items).toHaveCount(before + 1)
  const added = review.item(before + 1)
  await expect(added.locator('.statement')).toHaveText('Rosa Lindqvist voted against the plan.')
  await expect(added.locator('.review-explanation')).toContainText(
    '“Opposition councillor Rosa Lindqvist voted against the plan.”',
  )
  await context.close()
})
