'use server'

/**
 * Every module mutation: validated by teacherAction (session + zod), then one call into
 * lib/modules, which checks ownership in its queries. A teacher's fixable mistakes come
 * back as field errors with what they typed kept.
 */
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { type FormState, teacherAction } from '@/lib/auth/action'
import { getDb } from '@/lib/db'
import { ModuleInputError } from '@/lib/modules/errors'
import { addQuestionFormSchema, readNewQuestion } from '@/lib/modules/new-question'
import {
  editQuestionFormSchema,
  moduleTargetSchema,
  pastedArticleSchema,
  questionTargetSchema,
  toQuestionEdit,
} from '@/lib/modules/schemas'
import {
  addDraftQuestion,
  createModuleFromPaste,
  editDraftQuestion,
  publishModule,
  regenerateDraftQuestion,
  removeDraftQuestion,
} from '@/lib/modules/service'

/** Turns a fixable input error into form state, keeping the typed values. */
async function keepingInput(
  values: Record<string, unknown>,
  run: () => Promise<FormState>,
): Promise<FormState> {
  try {
    return await run()
  } catch (err) {
    if (!(err instanceof ModuleInputError)) throw err
    const kept = Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, v === undefined ? '' : String(v)]),
    )
    return { error: err.message, fieldErrors: err.fieldErrors, values: kept }
  }
}

const snippet = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text)

function refreshModule(moduleId: string) {
  revalidatePath(`/teach/modules/${moduleId}`)
  revalidatePath('/teach')
}

export const createModuleAction = teacherAction(pastedArticleSchema, async (data, teacher) =>
  keepingInput(data, async () => {
    const { moduleId } = await createModuleFromPaste(await getDb(), teacher.id, data)
    revalidatePath('/teach')
    redirect(`/teach/modules/${moduleId}`)
  }),
)

export const removeQuestionAction = teacherAction(
  questionTargetSchema,
  async ({ moduleId, questionId }, teacher) => {
    const removed = await removeDraftQuestion(await getDb(), teacher.id, moduleId, questionId)
    refreshModule(moduleId)
    return { ok: true, message: `Removed “${snippet(removed.prompt)}” from the draft.` }
  },
)

export const editQuestionAction = teacherAction(editQuestionFormSchema, async (data, teacher) =>
  keepingInput(data, async () => {
    const { moduleId, questionId, ...form } = data
    await editDraftQuestion(await getDb(), teacher.id, moduleId, questionId, toQuestionEdit(form))
    refreshModule(moduleId)
    return { ok: true, message: 'Saved. The draft changed; published versions did not.' }
  }),
)

export const regenerateQuestionAction = teacherAction(
  questionTargetSchema,
  async ({ moduleId, questionId }, teacher) =>
    keepingInput({ moduleId, questionId }, async () => {
      const next = await regenerateDraftQuestion(await getDb(), teacher.id, moduleId, questionId)
      refreshModule(moduleId)
      return { ok: true, message: `Replaced with a new question: “${snippet(next.prompt)}”.` }
    }),
)

export const addQuestionAction = teacherAction(addQuestionFormSchema, async (form, teacher) =>
  keepingInput(form, async () => {
    // The schema has already checked the form as a whole question.
    const { question } = readNewQuestion(form)
    if (!question) return { error: 'Please correct the highlighted fields.' }
    await addDraftQuestion(await getDb(), teacher.id, form.moduleId, question)
    refreshModule(form.moduleId)
    return { ok: true, message: 'Added your question at the end of the list.' }
  }),
)

export const publishModuleAction = teacherAction(
  moduleTargetSchema,
  async ({ moduleId }, teacher) =>
    keepingInput({ moduleId }, async () => {
      const { version, created } = await publishModule(await getDb(), teacher.id, moduleId)
      refreshModule(moduleId)
      return {
        ok: true,
        message: created
          ? `Published version ${version.version}. You can assign it from the list of versions.`
          : `Nothing changed since version ${version.version}; it is already published.`,
      }
    }),
)
