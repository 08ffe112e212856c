import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { ActionForm } from '@/app/_components/action-form'
import { getTeacher } from '@/lib/auth/guards'
import { signInAction } from '../auth-actions'

export const metadata: Metadata = { title: 'Sign in' }

type Props = { searchParams: Promise<{ next?: string }> }

export default async function SignInPage({ searchParams }: Props) {
  if (await getTeacher()) redirect('/teach')
  const { next } = await searchParams
  return (
    <main id="main" className="narrow">
      <h1>Sign in to teach</h1>
      <ActionForm
        action={signInAction}
        submitLabel="Sign in"
        pendingLabel="Signing in…"
        fields={[
          { name: 'email', label: 'Email', type: 'email', autoComplete: 'email', required: true },
          {
            name: 'password',
            label: 'Password',
            type: 'password',
            autoComplete: 'current-password',
            required: true,
          },
          { name: 'next', label: '', type: 'hidden', defaultValue: next ?? '/teach' },
        ]}
      />
      <p>
        New to Lede? <Link href="/teach/sign-up">Create a teacher account</Link>
      </p>
    </main>
  )
}
