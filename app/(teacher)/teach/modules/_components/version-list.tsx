import Link from 'next/link'

type Version = { id: string; version: number; questionCount: number; createdAt: Date }

const dateTime = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
})

/**
 * Published versions, newest first, each with a link to assign it (except the one the page
 * already offers as its main button). A list, not a table: it wraps on a phone.
 */
export function VersionList({
  versions,
  assignedAbove,
}: {
  versions: Version[]
  /** The version whose Assign link is the page's main button. */
  assignedAbove?: string | undefined
}) {
  if (versions.length === 0)
    return <p className="empty-state">Nothing published yet. Publish the draft to assign it.</p>
  return (
    <ul className="version-list">
      {versions.map((v) => (
        <li key={v.id}>
          <span className="version-name">Version {v.version}</span>
          <span>
            published{' '}
            <time dateTime={v.createdAt.toISOString()}>{dateTime.format(v.createdAt)}</time> UTC
          </span>
          <span>
            {v.questionCount} question{v.questionCount === 1 ? '' : 's'}
          </span>
          {v.id === assignedAbove ? (
            <span className="hint">assign it with the button above</span>
          ) : (
            <Link href={`/teach/assignments/new?version=${encodeURIComponent(v.id)}`}>
              Assign version {v.version}
            </Link>
          )}
        </li>
      ))}
    </ul>
  )
}
