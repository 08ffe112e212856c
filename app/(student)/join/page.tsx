import type { Metadata } from 'next'
import { ActionForm } from '@/app/_components/action-form'
import { formatJoinCode, normalizeJoinCode } from '@/lib/assignments/join-code'
import { joinAction } from './actions'

export const metadata: Metadata = {
  title: 'Join an assignment',
  robots: { index: false },
}

type Props = { searchParams: Promise<{ code?: string | string[] }> }

export default async function JoinPage({ searchParams }: Props) {
  const { code } = await searchParams
  const given = typeof code === 'string' ? normalizeJoinCode(code) : null
  return (
    <main id="main" className="narrow">
      <h1>Join an assignment</h1>
      <p className="lead">
        Type the code your teacher gave you and the name they will see next to your score.
      </p>
      <ActionForm
        action={joinAction}
        submitLabel="Join"
        pendingLabel="Joining…"
        fields={[
          {
            name: 'code',
            label: 'Join code',
            hint: 'Six letters and digits, such as KQ7 M4P',
            autoComplete: 'off',
            required: true,
            maxLength: 40,
            defaultValue: given ? formatJoinCode(given) : '',
          },
          {
            name: 'displayName',
            label: 'Your name',
            hint: 'Up to 40 letters, digits, spaces, dots, hyphens or apostrophes',
            autoComplete: 'nickname',
            required: true,
            maxLength: 40,
          },
        ]}
      />
    </main>
  )
}
