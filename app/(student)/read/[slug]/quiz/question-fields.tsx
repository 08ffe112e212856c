'use client'

import { useState } from 'react'
import type { Answer } from '@/lib/grading/submission'
import type { Option, PublicQuestion } from '@/lib/questions/types'

type FieldProps<F extends PublicQuestion['format']> = {
  question: Extract<PublicQuestion, { format: F }>
  answer: Answer | undefined
  onAnswer: (answer: Answer) => void
  disabled: boolean
}

function Choices({
  name,
  options,
  selected,
  onSelect,
  disabled,
}: {
  name: string
  options: Option[]
  selected: string | undefined
  onSelect: (id: string) => void
  disabled: boolean
}) {
  return (
    <div className="choices">
      {options.map((o) => (
        <label key={o.id} className="choice">
          <input
            type="radio"
            name={name}
            value={o.id}
            checked={selected === o.id}
            onChange={() => onSelect(o.id)}
            disabled={disabled}
          />
          <span>{o.text}</span>
        </label>
      ))}
    </div>
  )
}

export function SingleField({
  question,
  answer,
  onAnswer,
  disabled,
}: FieldProps<'single' | 'true-false'>) {
  const selected = answer && 'optionId' in answer ? answer.optionId : undefined
  return (
    <>
      {question.format === 'true-false' ? (
        <blockquote className="statement">{question.statement}</blockquote>
      ) : null}
      <Choices
        name={question.id}
        options={question.options}
        selected={selected}
        onSelect={(optionId) => onAnswer({ optionId })}
        disabled={disabled}
      />
    </>
  )
}

export function ClozeField({ question, answer, onAnswer, disabled }: FieldProps<'cloze'>) {
  const selected = answer && 'optionId' in answer ? answer.optionId : undefined
  const typed = answer && 'text' in answer ? answer.text : ''
  return (
    <>
      <p className="cloze-sentence">
        {question.before}
        <span className="blank">
          <span className="visually-hidden">(blank)</span>
        </span>
        {question.after}
      </p>
      <Choices
        name={question.id}
        options={question.options}
        selected={selected}
        onSelect={(optionId) => onAnswer({ optionId })}
        disabled={disabled}
      />
      <label className="typed-answer">
        <span>Or type the missing words</span>
        <input
          type="text"
          value={typed}
          maxLength={200}
          autoComplete="off"
          spellCheck={false}
          disabled={disabled}
          onChange={(e) => onAnswer({ text: e.target.value })}
        />
      </label>
    </>
  )
}

export function MatchField({ question, answer, onAnswer, disabled }: FieldProps<'match'>) {
  const pairs = answer && 'pairs' in answer ? answer.pairs : {}
  return (
    <div className="match-rows">
      {question.left.map((left) => {
        const selectId = `${question.id}-${left.id}`
        return (
          <div key={left.id} className="match-row">
            <label htmlFor={selectId}>{left.text}</label>
            <select
              id={selectId}
              value={pairs[left.id] ?? ''}
              disabled={disabled}
              onChange={(e) => {
                const next = { ...pairs }
                if (e.target.value) next[left.id] = e.target.value
                else delete next[left.id]
                onAnswer({ pairs: next })
              }}
            >
              <option value="">Choose…</option>
              {question.right.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.text}
                </option>
              ))}
            </select>
          </div>
        )
      })}
    </div>
  )
}

export function OrderField({ question, answer, onAnswer, disabled }: FieldProps<'order'>) {
  const order = answer && 'order' in answer ? answer.order : question.items.map((i) => i.id)
  const [announcement, setAnnouncement] = useState('')
  const textOf = (id: string) => question.items.find((i) => i.id === id)?.text ?? ''

  const move = (index: number, delta: -1 | 1) => {
    const target = index + delta
    const next = [...order]
    const [item] = next.splice(index, 1)
    if (item === undefined || target < 0 || target >= order.length) return
    next.splice(target, 0, item)
    onAnswer({ order: next })
    setAnnouncement(`“${textOf(item)}” is now number ${target + 1} of ${order.length}.`)
  }

  return (
    <>
      <ol className="order-list">
        {order.map((id, index) => (
          <li key={id} className="order-item">
            <span className="order-text">{textOf(id)}</span>
            <span className="order-buttons">
              <button
                type="button"
                className="icon-button"
                onClick={() => move(index, -1)}
                disabled={disabled || index === 0}
                aria-label={`Move “${textOf(id)}” earlier`}
              >
                ↑
              </button>
              <button
                type="button"
                className="icon-button"
                onClick={() => move(index, 1)}
                disabled={disabled || index === order.length - 1}
                aria-label={`Move “${textOf(id)}” later`}
              >
                ↓
              </button>
            </span>
          </li>
        ))}
      </ol>
      {!answer && !disabled ? (
        <button
          type="button"
          className="button secondary small"
          onClick={() => onAnswer({ order })}
        >
          This order is my answer
        </button>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  )
}
