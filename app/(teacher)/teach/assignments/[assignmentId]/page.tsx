import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ActionForm } from '@/app/_components/action-form'
import { formatJoinCode } from '@/lib/assignments/join-code'
import { joinUrl, qrCodeDataUrl } from '@/lib/assignments/links'
import { formatDueAt } from '@/lib/assignments/rules'
import { FORMAT_LABEL } from '@/lib/assignments/settings'
import { requireTeacherOrRedirect } from '@/lib/auth/guards'
import { getDb } from '@/lib/db'
import { getOwnedAssignment } from '@/lib/db/queries/assignments'
import { CATEGORY_LABEL } from '@/lib/format'
import { randomIdSchema } from '@/lib/ids'
import { closeAssignmentAction, reopenAssignmentAction } from '../actions'
import { JoinTools } from './join-tools'
import '../assignments.css'

export const metadata: Metadata = { title: 'Assignment' }

type Props = { params: Promise<{ assignmentId: string }> }

export default async function AssignmentPage({ params }: Props) {
  const { assignmentId } = await params
  const teacher = await requireTeacherOrRedirect(`/teach/assignments/${assignmentId}`)
  const id = randomIdSchema.safeParse(assignmentId)
  const row = id.success ? await getOwnedAssignment(await getDb(), id.data, teacher.id) : undefined
  if (!row) notFound()
  const { assignment, version } = row
  const { settings } = assignment
  const link = joinUrl(assignment.joinCode)
  const qr = await qrCodeDataUrl(link)
  const base = `/teach/assignments/${assignment.id}`
  const closed = assignment.closedAt !== null
  return (
    <main id="main" className="assignment-page">
      <h1>{assignment.title}</h1>
      <p className="meta">
        <span>{version.meta.title}</span>
        <span>Version {version.version}</span>
        <span>{closed ? 'Closed' : 'Open'}</span>
      </p>

      <p className="next-step no-print">
        <Link className="button" href={`${base}/results`}>
          Results
        </Link>
      </p>

      {closed ? (
        <p className="notice">
          This assignment is closed: students can no longer join, start or submit. Reopen it (below)
          to show its join code again.
        </p>
      ) : (
        <section id="join-sheet" className="join-sheet" aria-labelledby="join-title">
          <h2 id="join-title">Join this assignment</h2>
          <p className="join-step">
            Go to <strong>{link.replace(/\?.*$/, '')}</strong> and type the code:
          </p>
          <p className="join-code">{formatJoinCode(assignment.joinCode)}</p>
          {/* biome-ignore lint/performance/noImgElement: a data: URL SVG; next/image adds nothing here. */}
          <img
            className="join-qr"
            src={qr}
            alt={`QR code of the join link ${link}`}
            width={240}
            height={240}
          />
          <p className="join-link">
            <a href={link}>{link}</a>
          </p>
          <p className="join-title-print">{assignment.title}</p>
          <JoinTools link={link} targetId="join-sheet" />
        </section>
      )}

      <div className="section-head no-print">
        <h2>Settings</h2>
      </div>
      <dl className="settings-list">
        <dt>Questions</dt>
        <dd>{settings.questionCount} per attempt</dd>
        <dt>Categories</dt>
        <dd>{settings.categories.map((c) => CATEGORY_LABEL[c] ?? c).join(', ')}</dd>
        <dt>Formats</dt>
        <dd>{settings.formats.map((f) => FORMAT_LABEL[f]).join(', ')}</dd>
        <dt>Attempts per student</dt>
        <dd>{settings.maxAttempts === 1 ? '1 (no retakes)' : settings.maxAttempts}</dd>
        <dt>Due</dt>
        <dd>{settings.dueAt ? formatDueAt(settings.dueAt) : 'No due date'}</dd>
        <dt>After submitting</dt>
        <dd>
          {settings.revealAnswers
            ? 'Students see the correct answers and explanations'
            : 'Students see their score only, not the correct answers'}
        </dd>
        <dt>Result cards</dt>
        <dd>{settings.allowSharing ? 'Students may share them' : 'Sharing is switched off'}</dd>
      </dl>

      <div className="section-head no-print">
        <h2>Class and print</h2>
      </div>
      <ul className="plain-list no-print">
        <li>
          <Link href={`${base}/worksheet`}>Printable worksheet</Link>
        </li>
        <li>
          <Link href={`${base}/answer-key`}>Answer key</Link>
        </li>
      </ul>
      <p className="hint no-print">Print this page for a handout with the code and QR code.</p>

      <div className="no-print">
        <ActionForm
          key={closed ? 'reopen' : 'close'}
          action={closed ? reopenAssignmentAction : closeAssignmentAction}
          submitLabel={closed ? 'Reopen the assignment' : 'Close the assignment'}
          buttonClassName="secondary"
          pendingLabel={closed ? 'Reopening…' : 'Closing…'}
          fields={[
            { name: 'assignmentId', label: '', type: 'hidden', defaultValue: assignment.id },
          ]}
        />
      </div>
    </main>
  )
}
