import 'server-only'
import { cache } from 'react'
import { getSharedResult } from '@/lib/cards/share'
import { getDbOrUnavailable } from '@/lib/db'
import { randomIdSchema } from '@/lib/ids'

/** The shared result for a share id from the URL, or null (malformed, unknown, unsubmitted, sharing off). */
export const loadSharedResult = cache(async (rawShareId: string) => {
  const shareId = randomIdSchema.safeParse(rawShareId)
  if (!shareId.success) return null
  return getSharedResult(await getDbOrUnavailable(), shareId.data)
})
