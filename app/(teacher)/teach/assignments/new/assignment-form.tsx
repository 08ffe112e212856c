'use client'

import { useActionState, useEffect, useId, useState } from 'react'
import { availabilityFor, poolWarning } from '@/lib/assignments/availability'
import type { FormState } from '@/lib/auth/action'

type Choice = { value: string; label: string }

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>
  versionId: string
  defaults: { title: string; questionCount: number }
  maxQuestions: number
  /**
   * Questions that can go in one quiz for each choice of categories and formats (see
   * lib/assignments/availability): retakes beyond them repeat questions.
   */
  availability: number[]
  categories: Choice[]
  formats: Choice[]
}

/** Local date-time → the browser's UTC offset at that moment (DST-aware), in minutes. */
const offsetAt = (local: string) => {
  const date = new Date(local)
  return Number.isNaN(date.getTime()) ? new Date().getTimezoneOffset() : date.getTimezoneOffset()
}

/** The assignment settings form: server errors beside their fields, typed values kept. */
export function AssignmentForm({
  action,
  versionId,
  defaults,
  maxQuestions,
  availability,
  categories,
  formats,
}: Props) {
  const [state, formAction, pending] = useActionState(action, {})
  const id = useId()
  const v = state.values
  const value = (name: string, fallback: string) => v?.[name] ?? fallback
  const checked = (name: string, fallback: boolean) => (v ? v[name] === 'on' : fallback)
  const selected = (name: string, all: Choice[]) =>
    new Set(v ? (v[name] ?? '').split(',') : all.map((c) => c.value))
  const [dueAt, setDueAt] = useState(value('dueAt', ''))
  const [tzOffset, setTzOffset] = useState(0)
  useEffect(() => setTzOffset(offsetAt(dueAt)), [dueAt])
  const [count, setCount] = useState(Number(value('questionCount', String(defaults.questionCount))))
  const [attempts, setAttempts] = useState(Number(value('maxAttempts', '1')))
  const [chosen, setChosen] = useState(() => ({
    categories: selected('categories', categories),
    formats: selected('formats', formats),
  }))
  const toggle = (name: 'categories' | 'formats', choice: string, on: boolean) =>
    setChosen((c) => {
      const next = new Set(c[name])
      if (on) next.add(choice)
      else next.delete(choice)
      return { ...c, [name]: next }
    })
  const lists = { categories: categories.map((c) => c.value), formats: formats.map((f) => f.value) }
  const available = availabilityFor(availability, lists, chosen)
  const narrowed =
    chosen.categories.size < categories.length || chosen.formats.size < formats.length
  const warning = poolWarning({ available, count, attempts, narrowed })

  const errorOf = (name: string) => state.fieldErrors?.[name]
  const describedBy = (name: string, hint?: boolean) =>
    [hint ? `${id}-${name}-hint` : null, errorOf(name) ? `${id}-${name}-error` : null]
      .filter(Boolean)
      .join(' ') || undefined
  const message = (name: string) =>
    errorOf(name) ? (
      <span id={`${id}-${name}-error`} className="field-error">
        {errorOf(name)}
      </span>
    ) : null
  const invalid = (name: string) => (errorOf(name) ? true : undefined)

  const group = (
    name: 'categories' | 'formats',
    legend: string,
    hint: string,
    choices: Choice[],
  ) => {
    const ticked = selected(name, choices)
    return (
      <fieldset className="field" aria-describedby={describedBy(name, true)}>
        <legend>{legend}</legend>
        <span id={`${id}-${name}-hint`} className="field-hint">
          {hint}
        </span>
        {choices.map((c) => (
          <label key={`${c.value}-${ticked.has(c.value)}`} className="check">
            <input
              type="checkbox"
              name={name}
              value={c.value}
              defaultChecked={ticked.has(c.value)}
              onChange={(e) => toggle(name, c.value, e.target.checked)}
            />
            <span>{c.label}</span>
          </label>
        ))}
        {message(name)}
      </fieldset>
    )
  }

  return (
    <form action={formAction} className="stack-form assignment-form" noValidate>
      {state.error ? (
        <p className="alert" role="alert">
          {state.error}
        </p>
      ) : null}
      <input type="hidden" name="version" value={versionId} />
      <input type="hidden" name="tzOffset" value={tzOffset} />
      <div className="field">
        <label htmlFor={`${id}-title`}>Title</label>
        <input
          id={`${id}-title`}
          name="title"
          type="text"
          required
          maxLength={120}
          defaultValue={value('title', defaults.title)}
          key={value('title', defaults.title)}
          aria-invalid={invalid('title')}
          aria-describedby={describedBy('title')}
        />
        {message('title')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-questionCount`}>Number of questions</label>
        <span id={`${id}-questionCount-hint`} className="field-hint">
          Between 3 and {maxQuestions} for this module.
        </span>
        <input
          id={`${id}-questionCount`}
          name="questionCount"
          type="number"
          min={3}
          max={maxQuestions}
          required
          defaultValue={value('questionCount', String(defaults.questionCount))}
          key={value('questionCount', '')}
          aria-invalid={invalid('questionCount')}
          aria-describedby={describedBy('questionCount', true)}
          onChange={(e) => setCount(Number(e.target.value))}
        />
        {message('questionCount')}
      </div>
      {group(
        'categories',
        'Categories',
        'Only categories this module has questions for.',
        categories,
      )}
      {group('formats', 'Question formats', 'Only formats this module has questions in.', formats)}
      <div className="field">
        <label htmlFor={`${id}-maxAttempts`}>Attempts allowed per student</label>
        <span id={`${id}-maxAttempts-hint`} className="field-hint">
          1 means no retakes; at most 10.
        </span>
        <input
          id={`${id}-maxAttempts`}
          name="maxAttempts"
          type="number"
          min={1}
          max={10}
          required
          defaultValue={value('maxAttempts', '1')}
          key={value('maxAttempts', '')}
          aria-invalid={invalid('maxAttempts')}
          aria-describedby={describedBy('maxAttempts', true)}
          onChange={(e) => setAttempts(Number(e.target.value))}
        />
        {message('maxAttempts')}
        <p className="field-warning" role="status">
          {warning}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-dueAt`}>Due (optional)</label>
        <span id={`${id}-dueAt-hint`} className="field-hint">
          Your local time. Submissions after it are refused.
        </span>
        <input
          id={`${id}-dueAt`}
          name="dueAt"
          type="datetime-local"
          value={dueAt}
          onChange={(e) => setDueAt(e.target.value)}
          aria-invalid={invalid('dueAt')}
          aria-describedby={describedBy('dueAt', true)}
        />
        {message('dueAt')}
      </div>
      <div className="field">
        <label className="check">
          <input
            type="checkbox"
            name="revealAnswers"
            value="on"
            defaultChecked={checked('revealAnswers', true)}
            key={`reveal-${checked('revealAnswers', true)}`}
          />
          <span>Show correct answers and explanations after a student submits</span>
        </label>
      </div>
      <div className="field">
        <label className="check">
          <input
            type="checkbox"
            name="allowSharing"
            value="on"
            defaultChecked={checked('allowSharing', true)}
            key={`share-${checked('allowSharing', true)}`}
          />
          <span>Let students share a result card</span>
        </label>
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? 'Creating…' : 'Create the assignment'}
      </button>
    </form>
  )
}
