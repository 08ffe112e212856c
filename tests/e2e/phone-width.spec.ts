/**
 * Issue 13, item 7: no page, student's or teacher's, signed in or out, is wider than a
 * 390 px phone screen. With SCREENSHOTS=<dir>, every page is also photographed at 390×844
 * and 1366×900 (full page) for a person to look at.
 */
import { mkdirSync } from 'node:fs'
import { type BrowserContext, expect, type Page, test } from '@playwright/test'
import { newTeacherAccount, PASTED_ARTICLE, runTag, uniqueClientIp } from '../support/teacher'
import { QUIZ_SLUG } from './pages/quiz-panel'
import { AssignmentQuiz, JoinPage } from './pages/student-quiz'
import { signUpViaApi } from './pages/teacher-account'
import { AssignmentPage, NewAssignmentPage } from './pages/teacher-assignment'
import { ModuleReviewPage, NewModulePage } from './pages/teacher-module'

test.describe.configure({ mode: 'serial' })
test.setTimeout(180_000)

const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1366, height: 900 }
const shots = process.env.SCREENSHOTS

async function contextAt(
  browser: import('@playwright/test').Browser,
  baseURL: string,
  viewport: { width: number; height: number },
) {
  return browser.newContext({
    baseURL,
    viewport,
    extraHTTPHeaders: { 'x-forwarded-for': uniqueClientIp() },
  })
}

async function expectFits(page: Page, name: string) {
  await page.waitForLoadState('networkidle')
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(width, `${name} is ${width} px wide at 390 px`).toBeLessThanOrEqual(PHONE.width)
}

async function shoot(page: Page, name: string, size: string) {
  if (!shots) return
  mkdirSync(shots, { recursive: true })
  await page.screenshot({ path: `${shots}/${size}-${name}.png`, fullPage: true })
}

/** Visits each path at phone size (and, for screenshots, at desktop size too). */
async function visitAll(
  contexts: { phone: BrowserContext; desktop?: BrowserContext },
  pages: [string, string][],
) {
  const phone = await contexts.phone.newPage()
  for (const [name, path] of pages) {
    await phone.goto(path)
    await expectFits(phone, name)
    await shoot(phone, name, 'phone')
  }
  await phone.close()
  if (shots && contexts.desktop) {
    const desktop = await contexts.desktop.newPage()
    for (const [name, path] of pages) {
      await desktop.goto(path)
      await desktop.waitForLoadState('networkidle')
      await shoot(desktop, name, 'desktop')
    }
    await desktop.close()
  }
}

test('every page fits a 390 px screen, signed in and out @phone', async ({ browser }, info) => {
  const base = info.project.use.baseURL as string
  const teacherPhone = await contextAt(browser, base, PHONE)
  const teacherDesktop = await contextAt(browser, base, DESKTOP)
  const account = newTeacherAccount('Ms Phone')
  await signUpViaApi(teacherPhone, base, account)
  // The same session in the desktop context.
  await teacherDesktop.addCookies(await teacherPhone.cookies())
  const setup = await teacherPhone.newPage()
  const create = new NewModulePage(setup)
  await create.goto()
  const moduleId = await create.create({ ...PASTED_ARTICLE, title: `Flood wall ${runTag()}` })
  const versionId = await new ModuleReviewPage(setup).publish(1)
  await expectFits(setup, 'module review after publishing')
  const form = new NewAssignmentPage(setup)
  await form.goto(versionId)
  const title = `Class of 390 ${runTag()}`
  const assignmentId = await form.create({
    title,
    questionCount: 4,
    maxAttempts: 2,
    revealAnswers: true,
    allowSharing: true,
  })
  const code = await new AssignmentPage(setup).readJoinCode()

  // A student joins, answers and submits on a phone: the feedback state must fit too.
  const student = await contextAt(browser, base, PHONE)
  const sp = await student.newPage()
  const join = new JoinPage(sp)
  await join.goto()
  await expectFits(sp, 'join')
  await join.join(code, 'Leo')
  const quiz = new AssignmentQuiz(sp, title)
  await expectFits(sp, 'assignment before start')
  await quiz.start()
  await expectFits(sp, 'assignment answering')
  await shoot(sp, 'assignment-answering', 'phone')
  await quiz.submit()
  await expect(quiz.score).toBeVisible()
  await expectFits(sp, 'assignment feedback')
  await shoot(sp, 'assignment-feedback', 'phone')

  // Signed out: the public pages, the built-in quiz with its feedback, a share page.
  const visitor = await contextAt(browser, base, PHONE)
  const vp = await visitor.newPage()
  await vp.goto(`/read/${QUIZ_SLUG}`)
  const panel = vp.getByRole('complementary', { name: 'Quiz' })
  await panel.getByRole('button', { name: 'Start the quiz' }).click()
  await expect(panel.locator('li.question').first()).toBeVisible()
  await expectFits(vp, 'reader answering')
  const submitted = vp.waitForResponse((r) => r.url().endsWith('/submission'))
  await panel.getByRole('button', { name: 'Submit answers' }).click()
  const result = (await (await submitted).json()) as { share?: { pageUrl: string } | null }
  await expect(panel.getByRole('heading', { name: /^You scored/ })).toBeVisible()
  await expectFits(vp, 'reader feedback')
  await shoot(vp, 'reader-feedback', 'phone')
  const share = new URL(result.share?.pageUrl ?? `${base}/r/none`).pathname
  await vp.close()

  const visitorDesktop = await contextAt(browser, base, DESKTOP)
  await visitAll({ phone: visitor, desktop: visitorDesktop }, [
    ['home', '/'],
    ['reader', `/read/${QUIZ_SLUG}`],
    ['join', '/join'],
    ['join-with-code', `/join?code=${code}`],
    ['sign-in', '/teach/sign-in'],
    ['sign-up', '/teach/sign-up'],
    ['share', share],
    ['not-found', '/no-such-page'],
    ['assignment-not-joined', `/a/${code}`],
  ])

  const a = `/teach/assignments/${assignmentId}`
  await visitAll({ phone: teacherPhone, desktop: teacherDesktop }, [
    ['dashboard', '/teach'],
    ['new-module', '/teach/modules/new'],
    ['module-review', `/teach/modules/${moduleId}`],
    ['built-in-module', `/teach/modules/built-in/${QUIZ_SLUG}`],
    ['new-assignment', `/teach/assignments/new?version=${versionId}`],
    ['assignment', a],
    ['results', `${a}/results`],
    ['worksheet', `${a}/worksheet`],
    ['answer-key', `${a}/answer-key`],
  ])

  for (const c of [teacherPhone, teacherDesktop, student, visitor, visitorDesktop]) await c.close()
})
