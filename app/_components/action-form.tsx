'use client'

import { type ComponentProps, useActionState, useId, useState } from 'react'
import type { FormState } from '@/lib/auth/action'

type Choice = { value: string; label: string }

export type FieldSpec = {
  name: string
  label: string
  type?:
    | 'text'
    | 'email'
    | 'password'
    | 'date'
    | 'datetime-local'
    | 'number'
    | 'textarea'
    | 'select'
    | 'checkbox'
    | 'checkboxes'
    | 'hidden'
  autoComplete?: string
  required?: boolean
  hint?: string
  rows?: number
  min?: number
  max?: number
  maxLength?: number
  /** A textarea with a maxLength: show a live count of characters against it. */
  counter?: boolean
  defaultValue?: string
  /** For select and checkboxes. */
  choices?: Choice[]
}

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>
  fields: FieldSpec[]
  submitLabel: string
  pendingLabel?: string
  className?: string
  /** The submit button's look: `secondary` when another control is the next step. */
  buttonClassName?: string
}

/** A validated form: server errors next to their fields, the typed values kept on error. */
export function ActionForm({
  action,
  fields,
  submitLabel,
  pendingLabel = 'Working…',
  className,
  buttonClassName,
}: Props) {
  const [state, formAction, pending] = useActionState(action, {})
  const id = useId()
  return (
    <form action={formAction} className={`stack-form ${className ?? ''}`} noValidate>
      {state.error ? (
        <p className="alert" role="alert">
          {state.error}
        </p>
      ) : null}
      {state.message ? (
        <p className="notice" role="status">
          {state.message}
        </p>
      ) : null}
      {fields.map((field) => (
        <Field key={field.name} field={field} id={`${id}-${field.name}`} state={state} />
      ))}
      <button type="submit" className={`button ${buttonClassName ?? ''}`} disabled={pending}>
        {pending ? pendingLabel : submitLabel}
      </button>
    </form>
  )
}

function Field({ field, id, state }: { field: FieldSpec; id: string; state: FormState }) {
  const error = state.fieldErrors?.[field.name]
  const value = state.values?.[field.name] ?? field.defaultValue ?? ''
  const describedBy =
    [field.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') ||
    undefined
  const common = {
    id,
    name: field.name,
    required: field.required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  }
  if (field.type === 'hidden') return <input type="hidden" name={field.name} value={value} />
  const hint = field.hint ? (
    <span id={`${id}-hint`} className="field-hint">
      {field.hint}
    </span>
  ) : null
  const message = error ? (
    <span id={`${id}-error`} className="field-error">
      {error}
    </span>
  ) : null

  if (field.type === 'checkbox') {
    return (
      <div className="field">
        <label className="check">
          <input
            type="checkbox"
            {...common}
            value="on"
            defaultChecked={value === 'on' || value === 'true'}
            key={value}
          />
          <span>{field.label}</span>
        </label>
        {hint}
        {message}
      </div>
    )
  }
  if (field.type === 'checkboxes') {
    const selected = new Set(value.split(','))
    return (
      <fieldset className="field" aria-describedby={describedBy}>
        <legend>{field.label}</legend>
        {field.choices?.map((c) => (
          <label key={c.value} className="check">
            <input
              type="checkbox"
              name={field.name}
              value={c.value}
              defaultChecked={selected.has(c.value)}
            />
            <span>{c.label}</span>
          </label>
        ))}
        {hint}
        {message}
      </fieldset>
    )
  }
  return (
    <div className="field">
      <label htmlFor={id}>{field.label}</label>
      {hint}
      {field.type === 'textarea' && field.counter && field.maxLength ? (
        <CountedTextarea common={common} rows={field.rows} max={field.maxLength} value={value} />
      ) : field.type === 'textarea' ? (
        <textarea
          {...common}
          rows={field.rows ?? 8}
          maxLength={field.maxLength}
          defaultValue={value}
          key={value}
        />
      ) : field.type === 'select' ? (
        <select {...common} defaultValue={value} key={value}>
          {field.choices?.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      ) : field.type === 'password' ? (
        // Kept in the browser across a failed submission (the server never sends it back).
        <PasswordInput {...common} autoComplete={field.autoComplete} maxLength={field.maxLength} />
      ) : (
        <input
          {...common}
          type={field.type ?? 'text'}
          autoComplete={field.autoComplete}
          min={field.min}
          max={field.max}
          maxLength={field.maxLength}
          defaultValue={value}
          key={value}
        />
      )}
      {message}
    </div>
  )
}

const grouped = (n: number) => n.toLocaleString('en-GB')

/** A textarea capped at `max` characters with a live count; the count is announced only near the cap. */
function CountedTextarea({
  common,
  rows,
  max,
  value,
}: {
  common: { id: string; 'aria-describedby': string | undefined } & Record<string, unknown>
  rows: number | undefined
  max: number
  value: string
}) {
  const [length, setLength] = useState(value.length)
  const countId = `${common.id}-count`
  const near = length >= max * 0.9
  return (
    <>
      <textarea
        {...common}
        aria-describedby={[common['aria-describedby'], countId].filter(Boolean).join(' ')}
        rows={rows ?? 8}
        maxLength={max}
        defaultValue={value}
        key={value}
        onInput={(e) => setLength(e.currentTarget.value.length)}
      />
      <span id={countId} className="field-hint" aria-live={near ? 'polite' : 'off'}>
        {grouped(length)} of {grouped(max)} characters
        {length >= max ? ' — the limit: text beyond it was not pasted' : ''}
      </span>
    </>
  )
}

function PasswordInput(props: Omit<ComponentProps<'input'>, 'type' | 'value' | 'onChange'>) {
  const [password, setPassword] = useState('')
  return (
    <input
      {...props}
      type="password"
      value={password}
      onChange={(e) => setPassword(e.target.value)}
    />
  )
}
