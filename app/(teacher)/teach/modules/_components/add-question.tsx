import Link from 'next/link'
import { ActionForm } from '@/app/_components/action-form'
import { FORMATS, type Format } from '@/lib/questions/types'
import { addQuestionAction } from '../actions'
import { FORMAT_NAME } from './labels'
import { addFields } from './question-fields'

const ABOUT: Record<Format, string> = {
  single: 'A question with two to six options, one of them right.',
  'true-false': 'A statement about the article that students judge true or false.',
  cloze: 'A sentence from the article with a gap, and options to fill it.',
  match: 'Two columns: students pair each item with the one it goes with.',
  order: 'Three to five events that students put in order, earliest first.',
}

/**
 * "Add a question": the format is chosen first, with plain links (no script needed), and
 * the page renders that format's form. Keyed by format, so switching starts a fresh form.
 */
export function AddQuestion({ moduleId, format }: { moduleId: string; format: Format }) {
  const base = `/teach/modules/${encodeURIComponent(moduleId)}`
  return (
    <section aria-labelledby="add-title" className="module-panel">
      <h2 id="add-title">Add a question</h2>
      <nav aria-label="Question format" className="format-picker">
        <p>Choose the format first:</p>
        <ul>
          {FORMATS.map((f) => (
            <li key={f}>
              <Link
                href={`${base}?add=${f}#add-title`}
                aria-current={f === format ? 'true' : undefined}
              >
                {FORMAT_NAME[f]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h3 className="add-format-title">{FORMAT_NAME[format]}</h3>
      <p>{ABOUT[format]}</p>
      <ActionForm
        key={format}
        action={addQuestionAction}
        submitLabel="Add the question"
        pendingLabel="Adding…"
        fields={addFields(moduleId, format)}
      />
    </section>
  )
}
