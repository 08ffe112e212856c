import type { Metadata } from 'next'
import Link from 'next/link'
import { requireTeacherOrRedirect } from '@/lib/auth/guards'
import { listArticles } from '@/lib/content/repository'
import { getDb } from '@/lib/db'
import { listOwnedAssignments, listOwnedModules } from '@/lib/db/queries/teacher'
import { formatIsoDate } from '@/lib/format'

export const metadata: Metadata = { title: 'Dashboard' }

export default async function TeachDashboard() {
  const teacher = await requireTeacherOrRedirect('/teach')
  const db = await getDb()
  const [modules, assignments] = await Promise.all([
    listOwnedModules(db, teacher.id),
    listOwnedAssignments(db, teacher.id),
  ])
  return (
    <main id="main">
      <h1>Hello, {teacher.name}</h1>

      <div className="section-head">
        <h2>Your assignments</h2>
      </div>
      {assignments.length === 0 ? (
        <p className="empty-state">
          No assignments yet. Pick a module below and assign it to a class.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Assignment</th>
                <th scope="col">Join code</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">
                  Submissions
                </th>
              </tr>
            </thead>
            <tbody>
              {assignments.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link href={`/teach/assignments/${a.id}`}>{a.title}</Link>
                  </td>
                  <td>
                    <code>{a.joinCode}</code>
                  </td>
                  <td>{a.closedAt ? 'Closed' : 'Open'}</td>
                  <td className="num">{a.submissions}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <div className="section-head">
        <h2>Your modules</h2>
        <Link className="button small" href="/teach/modules/new">
          New module from an article
        </Link>
      </div>
      {modules.length === 0 ? (
        <p className="empty-state">
          Paste a news article to turn it into a module you can review and assign.
        </p>
      ) : (
        <ul className="plain-list">
          {modules.map((m) => (
            <li key={m.id}>
              <Link href={`/teach/modules/${m.id}`}>{m.title}</Link>{' '}
              <span className="meta">
                <span>
                  {m.publishedVersions > 0
                    ? `${m.publishedVersions} published version(s)`
                    : 'Draft'}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}

      <div className="section-head">
        <h2>Built-in modules</h2>
      </div>
      <ul className="plain-list">
        {listArticles().map((doc) => (
          <li key={doc.slug}>
            <Link href={`/teach/modules/built-in/${doc.slug}`}>{doc.meta.title}</Link>{' '}
            <span className="meta">
              <span>{doc.meta.source}</span>
              <span>{formatIsoDate(doc.meta.publishedAt)}</span>
            </span>
          </li>
        ))}
      </ul>
    </main>
  )
}
