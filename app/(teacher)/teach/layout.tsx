import type { Metadata } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'
import { getTeacher } from '@/lib/auth/guards'
import { signOutAction } from './auth-actions'

export const metadata: Metadata = {
  title: { default: 'Teach', template: '%s · Teach · Lede' },
  robots: { index: false },
}

/** The teacher area: its own navigation; each page checks the session itself. */
export default async function TeachLayout({ children }: { children: ReactNode }) {
  const teacher = await getTeacher()
  return (
    <div className="teach">
      {teacher ? (
        <nav className="teach-nav" aria-label="Teacher">
          <Link href="/teach">Dashboard</Link>
          <Link href="/teach/modules/new">New module</Link>
          <span className="teach-who">{teacher.name}</span>
          <form action={signOutAction}>
            <button type="submit" className="link-button">
              Sign out
            </button>
          </form>
        </nav>
      ) : null}
      {children}
    </div>
  )
}
