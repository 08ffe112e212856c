import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { ActionForm } from '@/app/_components/action-form'
import { getTeacher } from '@/lib/auth/guards'
import { PASSWORD_MIN } from '@/lib/auth/server'
import { signUpAction } from '../auth-actions'

export const metadata: Metadata = { title: 'Create a teacher account' }

export default async function SignUpPage() {
  if (await getTeacher()) redirect('/teach')
  return (
    <main id="main" className="narrow">
      <h1>Create a teacher account</h1>
      <p className="lead">
        Turn news articles into quizzes, assign them with a join code, and see how your class read.
      </p>
      <ActionForm
        action={signUpAction}
        submitLabel="Create account"
        pendingLabel="Creating…"
        fields={[
          { name: 'name', label: 'Your name', autoComplete: 'name', required: true, maxLength: 80 },
          { name: 'email', label: 'Email', type: 'email', autoComplete: 'email', required: true },
          {
            name: 'password',
            label: 'Password',
            type: 'password',
            autoComplete: 'new-password',
            required: true,
            hint: `At least ${PASSWORD_MIN} characters, mixing letters with digits or symbols.`,
          },
          { name: 'next', label: '', type: 'hidden', defaultValue: '/teach' },
        ]}
      />
      <p>
        Already have an account? <Link href="/teach/sign-in">Sign in</Link>
      </p>
    </main>
  )
}
