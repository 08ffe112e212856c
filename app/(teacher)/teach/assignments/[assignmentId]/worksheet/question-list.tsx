import { FORMAT_LABEL } from '@/lib/assignments/settings'
import { CATEGORY_LABEL } from '@/lib/format'
import type { Question } from '@/lib/questions/types'

/** Which questions this printout contains (the same every time it is printed). */
export function QuestionList({
  questions,
  joinCode,
  forTeacher = true,
}: {
  questions: Question[]
  joinCode: string
  /** The student's worksheet says only how many questions there are: no teacher wording. */
  forTeacher?: boolean
}) {
  if (!forTeacher)
    return (
      <p className="print-contents">
        {questions.length} questions, after the article. Read it first, then answer on this sheet.
      </p>
    )
  const byCategory = new Map<string, number>()
  for (const q of questions) byCategory.set(q.category, (byCategory.get(q.category) ?? 0) + 1)
  return (
    <p className="print-contents">
      {questions.length} questions (
      {[...byCategory].map(([c, n]) => `${n} ${CATEGORY_LABEL[c] ?? c}`).join(', ')}):{' '}
      {questions.map((q, i) => `${i + 1}. ${FORMAT_LABEL[q.format]}`).join(' · ')}. Fixed set for
      assignment {joinCode}; online, each student draws their own.
    </p>
  )
}
