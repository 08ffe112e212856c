import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import { notFound, redirect } from 'next/navigation'
import { ArticleBody } from '@/app/_components/article-body'
import { formatJoinCode, normalizeJoinCode } from '@/lib/assignments/join-code'
import { formatDueAt, isPastDue } from '@/lib/assignments/rules'
import { decodeStudent, studentCookieName } from '@/lib/assignments/student'
import { getStudentSecret } from '@/lib/assignments/students'
import { buildArticleDoc } from '@/lib/content'
import { getDb } from '@/lib/db'
import { countStudentAttempts, getAssignmentByCode } from '@/lib/db/queries/assignments'
import { isDatabaseUnreachable } from '@/lib/errors'
import { loadVersion } from '@/lib/quiz/cache'
import { QuizPanel } from '../../read/[slug]/quiz/quiz-panel'

export const metadata: Metadata = { title: 'Assignment', robots: { index: false } }

type Props = { params: Promise<{ code: string }> }

/** Reads what the page needs; null when the database cannot be reached right now. */
async function loadAssignment(code: string) {
  try {
    const db = await getDb()
    const assignment = await getAssignmentByCode(db, code)
    const found = assignment && (await loadVersion(db, assignment.moduleVersionId))
    return { db, assignment, found }
  } catch (err) {
    if (isDatabaseUnreachable(err)) return null
    throw err
  }
}

/** The assignment for the student named by this browser's cookie: the article beside the quiz. */
export default async function AssignmentQuizPage({ params }: Props) {
  const code = normalizeJoinCode((await params).code)
  if (!code) notFound()
  const loaded = await loadAssignment(code)
  if (!loaded) {
    return (
      <main id="main" className="narrow">
        <h1>Back in a moment</h1>
        <p role="status">
          Lede cannot reach its database right now, so this assignment cannot open. Any answers you
          gave are kept in this browser. Reload this page in a minute.
        </p>
      </main>
    )
  }
  const { db, assignment, found } = loaded
  if (!assignment || !found) notFound()
  const student = decodeStudent(
    (await cookies()).get(studentCookieName(assignment.id))?.value,
    assignment.id,
    await getStudentSecret(db),
  )
  if (!student) redirect(`/join?code=${code}`)
  const doc = buildArticleDoc(found.slug, found.version.meta, found.version.body)
  // Only this student's own count: nothing about anyone else in the class.
  const used = await countStudentAttempts(db, assignment.id, student.key)
  const { settings } = assignment
  const left = Math.max(0, settings.maxAttempts - used)
  const stopped = assignment.closedAt
    ? 'Your teacher has closed this assignment.'
    : isPastDue(assignment, new Date())
      ? 'This assignment is past its due date.'
      : null
  const intro = `${settings.questionCount} questions on this article. You may make ${
    settings.maxAttempts === 1 ? 'one attempt' : `${settings.maxAttempts} attempts`
  } (${left} left).${settings.dueAt ? ` Due ${formatDueAt(settings.dueAt)}.` : ''}`
  return (
    <main id="main" className="reader">
      <ArticleBody doc={doc} />
      <aside id="quiz" className="quiz-panel" aria-labelledby="quiz-title">
        <h2 id="quiz-title">{assignment.title}</h2>
        <p className="meta">
          <span>Code {formatJoinCode(assignment.joinCode)}</span>
          <span>Joined as {student.name}</span>
        </p>
        {stopped ? (
          <p className="notice" role="status">
            {stopped} It no longer accepts answers.
          </p>
        ) : null}
        <QuizPanel
          slug={found.slug}
          questionCount={settings.questionCount}
          assignment={{ code: assignment.joinCode, id: assignment.id, intro }}
        />
        <a className="jump-link" href="#article-title">
          ↑ Back to the article
        </a>
      </aside>
    </main>
  )
}
