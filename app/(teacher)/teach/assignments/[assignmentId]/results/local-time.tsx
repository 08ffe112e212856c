'use client'

import { useSyncExternalStore } from 'react'

const subscribe = () => () => {}

const formats = {
  time: { hour: '2-digit', minute: '2-digit', second: '2-digit' },
  dateTime: { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' },
} satisfies Record<string, Intl.DateTimeFormatOptions>

/**
 * A moment in the teacher's own time zone. The server does not know that zone, so it
 * renders UTC (labelled) and the browser swaps in local time right after hydration.
 */
export function LocalTime({ iso, format }: { iso: string; format: keyof typeof formats }) {
  const text = useSyncExternalStore(
    subscribe,
    () => new Intl.DateTimeFormat(undefined, formats[format]).format(new Date(iso)),
    () =>
      `${new Intl.DateTimeFormat('en-GB', { ...formats[format], timeZone: 'UTC' }).format(new Date(iso))} UTC`,
  )
  return <time dateTime={iso}>{text}</time>
}
