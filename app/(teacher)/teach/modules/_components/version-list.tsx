import Link from 'next/link'

type Version = { id: string; version: number; questionCount: number; createdAt: Date }

const dateTime = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
})

/** Published versions, newest first, each with a link to assign it. */
export function VersionList({ versions }: { versions: Version[] }) {
  if (versions.length === 0)
    return <p className="empty-state">Nothing published yet. Publish the draft to assign it.</p>
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">Version</th>
          <th scope="col">Published (UTC)</th>
          <th scope="col" className="num">
            Questions
          </th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {versions.map((v) => (
          <tr key={v.id}>
            <td>Version {v.version}</td>
            <td>
              <time dateTime={v.createdAt.toISOString()}>{dateTime.format(v.createdAt)}</time>
            </td>
            <td className="num">{v.questionCount}</td>
            <td>
              <Link href={`/teach/assignments/new?version=${encodeURIComponent(v.id)}`}>
                Assign version {v.version}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
