'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import {
  createAssignment,
  getAssignableVersionOrThrow,
  setAssignmentOpen,
} from '@/lib/assignments/service'
import { parseAssignmentSettings } from '@/lib/assignments/settings'
import { teacherAction } from '@/lib/auth/action'
import { getDb } from '@/lib/db'
import { randomIdSchema } from '@/lib/ids'

// The settings are checked against the version's pool inside the handler (it needs the pool).
const createSchema = z.looseObject({ version: randomIdSchema })

export const createAssignmentAction = teacherAction(createSchema, async (data, teacher) => {
  const db = await getDb()
  const { version } = await getAssignableVersionOrThrow(db, data.version, teacher.id)
  const values = Object.fromEntries(
    Object.entries(data).filter((e): e is [string, string] => typeof e[1] === 'string'),
  )
  const parsed = parseAssignmentSettings(values, { pool: version.pool, now: new Date() })
  if (!parsed.ok)
    return {
      error: 'Please correct the highlighted fields.',
      fieldErrors: parsed.fieldErrors,
      values,
    }
  const created = await createAssignment(db, teacher.id, {
    versionId: version.id,
    ...parsed.value,
  })
  revalidatePath('/teach')
  redirect(`/teach/assignments/${created.id}`)
})

const assignmentIdSchema = z.object({ assignmentId: randomIdSchema })

export const closeAssignmentAction = teacherAction(
  assignmentIdSchema,
  async ({ assignmentId }, teacher) => {
    await setAssignmentOpen(await getDb(), assignmentId, teacher.id, false)
    revalidatePath(`/teach/assignments/${assignmentId}`)
    return { ok: true, message: 'Closed: students can no longer start or submit.' }
  },
)

export const reopenAssignmentAction = teacherAction(
  assignmentIdSchema,
  async ({ assignmentId }, teacher) => {
    await setAssignmentOpen(await getDb(), assignmentId, teacher.id, true)
    revalidatePath(`/teach/assignments/${assignmentId}`)
    return { ok: true, message: 'Reopened: students can start and submit again.' }
  },
)
