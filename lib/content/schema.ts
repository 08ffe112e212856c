/** Zod schemas for an article's front matter and for a pasted article. */
import { z } from 'zod'

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date such as 2021-02-24')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
      new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'is not a real calendar date',
  )

const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz })
    return true
  } catch {
    return false
  }
}, 'is not an IANA time zone such as Asia/Baghdad')

export const articleMetaSchema = z.strictObject({
  title: z.string().trim().min(3).max(200),
  standfirst: z.string().trim().min(1).max(600).optional(),
  source: z.string().trim().min(1).max(120),
  publishedAt: isoDate,
  timezone: timeZone.optional(),
  language: z.literal('en', { error: 'must be "en" (only English articles are supported)' }),
})
export type ArticleMeta = z.infer<typeof articleMetaSchema>

export const slugSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens')
