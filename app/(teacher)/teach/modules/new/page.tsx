import type { Metadata } from 'next'
import Link from 'next/link'
import { ActionForm } from '@/app/_components/action-form'
import { requireTeacherOrRedirect } from '@/lib/auth/guards'
import { latestToday, TEXT_MAX, TEXT_MIN } from '@/lib/modules/schemas'
import { createModuleAction } from '../actions'
import '../modules.css'

export const metadata: Metadata = { title: 'New module' }

const grouped = (n: number) => n.toLocaleString('en-GB')

export default async function NewModulePage() {
  await requireTeacherOrRedirect('/teach/modules/new')
  return (
    <main id="main" className="module-new">
      <p className="back-link">
        <Link href="/teach">← Dashboard</Link>
      </p>
      <h1>New module from an article</h1>
      <p className="lead">
        Paste a news article. We generate questions from it; you review them, change what you like,
        then publish a version to assign to a class.
      </p>
      <ActionForm
        action={createModuleAction}
        submitLabel="Create module and generate questions"
        pendingLabel="Generating questions…"
        fields={[
          { name: 'title', label: 'Headline', required: true },
          {
            name: 'source',
            label: 'Source',
            hint: 'The newspaper or site, e.g. The Guardian. May be left empty if the text ends with a “Source: …” line.',
          },
          {
            name: 'publishedAt',
            label: 'Publication date',
            type: 'date',
            required: true,
            hint: 'Questions about dates are worked out from it (“last Tuesday”).',
          },
          {
            name: 'standfirst',
            label: 'Standfirst (optional)',
            type: 'textarea',
            rows: 2,
            hint: 'The short summary under the headline.',
          },
          {
            name: 'text',
            label: 'Article text',
            type: 'textarea',
            rows: 18,
            required: true,
            maxLength: TEXT_MAX,
            counter: true,
            hint: `Plain text, ${grouped(TEXT_MIN)} to ${grouped(TEXT_MAX)} characters, paragraphs separated by line breaks. Photo captions ending in a [credit], short subheadings and a closing “Source:” line are recognised and never asked about.`,
          },
        ]}
      />
      <p className="field-hint">Latest allowed publication date: today ({latestToday()}).</p>
    </main>
  )
}
