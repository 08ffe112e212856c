'use client'

import { useState } from 'react'
import type { Answer } from '@/lib/grading/submission'
import type { Option, PublicQuestion } from '@/lib/questions/types'

/** After submission: what is right (when the assignment reveals it), to mark in the fields. */
export type Review = {
  correctOptionId?: string | undefined
  correctOrder?: string[] | undefined
  correctPairs?: Record<string, string> | undefined
}

type FieldProps<F extends PublicQuestion['format']> = {
  question: Extract<PublicQuestion, { format: F }>
  answer: Answer | undefined
  onAnswer: (answer: Answer) => void
  disabled: boolean
  review?: Review | undefined
}

/** A long text cut at a word, for a select's option (the full text is listed beside it). */
export function shortenAtWord(text: string, max = 42): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`
}

/** A mark beside an option after submission: a symbol and words, never colour alone. */
function Mark({ kind, children }: { kind: 'right' | 'wrong' | 'mine'; children: string }) {
  return (
    <span className={`mark mark-${kind}`}>
      <span aria-hidden="true">{kind === 'right' ? '✓ ' : kind === 'wrong' ? '✗ ' : '● '}</span>
      {children}
    </span>
  )
}

function Choices({
  name,
  options,
  selected,
  onSelect,
  disabled,
  review,
}: {
  name: string
  options: Option[]
  selected: string | undefined
  onSelect: (id: string) => void
  disabled: boolean
  review?: Review | undefined
}) {
  const correct = review?.correctOptionId
  return (
    <div className="choices">
      {options.map((o) => {
        const mine = selected === o.id
        const right = correct !== undefined && o.id === correct
        const state = right ? ' is-right' : mine && correct !== undefined ? ' is-wrong' : ''
        return (
          <label key={o.id} className={`choice${state}`}>
            <input
              type="radio"
              name={name}
              value={o.id}
              checked={mine}
              onChange={() => onSelect(o.id)}
              disabled={disabled}
            />
            <span className="choice-text">{o.text}</span>
            {disabled && right ? (
              <Mark kind="right">{mine ? 'Your answer: right' : 'Correct answer'}</Mark>
            ) : disabled && mine ? (
              <Mark kind={correct === undefined ? 'mine' : 'wrong'}>Your answer</Mark>
            ) : null}
          </label>
        )
      })}
    </div>
  )
}

export function SingleField({
  question,
  answer,
  onAnswer,
  disabled,
  review,
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
        review={review}
      />
    </>
  )
}

export function ClozeField({ question, answer, onAnswer, disabled, review }: FieldProps<'cloze'>) {
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
        review={review}
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

export function MatchField({ question, answer, onAnswer, disabled, review }: FieldProps<'match'>) {
  const pairs = answer && 'pairs' in answer ? answer.pairs : {}
  // Long options (quotes) are listed in full with a letter; the dropdowns show the letter and
  // the start of the text, cut at a word.
  const long = question.right.some((r) => r.text.length > 42)
  const letter = (i: number) => String.fromCharCode(65 + i)
  const listId = `${question.id}-choices`
  const textOf = (id: string | undefined) => question.right.find((r) => r.id === id)?.text
  return (
    <>
      {long ? (
        <div className="match-choices">
          <p className="hint">Choose from:</p>
          <ol id={listId} type="A">
            {question.right.map((r) => (
              <li key={r.id}>{r.text}</li>
            ))}
          </ol>
        </div>
      ) : null}
      <div className="match-rows">
        {question.left.map((left) => {
          const selectId = `${question.id}-${left.id}`
          const chosen = pairs[left.id]
          const correct = review?.correctPairs?.[left.id]
          return (
            <div key={left.id} className="match-row">
              <label htmlFor={selectId}>{left.text}</label>
              <select
                id={selectId}
                value={chosen ?? ''}
                disabled={disabled}
                aria-describedby={long ? listId : undefined}
                onChange={(e) => {
                  const next = { ...pairs }
                  if (e.target.value) next[left.id] = e.target.value
                  else delete next[left.id]
                  onAnswer({ pairs: next })
                }}
              >
                <option value="">Choose…</option>
                {question.right.map((r, i) => (
                  <option key={r.id} value={r.id}>
                    {long ? `${letter(i)}. ${shortenAtWord(r.text)}` : r.text}
                  </option>
                ))}
              </select>
              {long && chosen && !disabled ? (
                <p className="match-chosen">{textOf(chosen)}</p>
              ) : null}
              {disabled && correct !== undefined ? (
                chosen === correct ? (
                  <Mark kind="right">{`Right: ${textOf(correct) ?? ''}`}</Mark>
                ) : (
                  <Mark kind="wrong">{`${chosen ? `Not “${textOf(chosen)}”. ` : 'Not answered. '}The answer is “${textOf(correct) ?? ''}”`}</Mark>
                )
              ) : null}
            </div>
          )
        })}
      </div>
    </>
  )
}

export function OrderField({ question, answer, onAnswer, disabled, review }: FieldProps<'order'>) {
  const correctOrder = review?.correctOrder
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
            {disabled && correctOrder && answer ? (
              correctOrder[index] === id ? (
                <Mark kind="right">In the right place</Mark>
              ) : (
                <Mark kind="wrong">{`Belongs at number ${correctOrder.indexOf(id) + 1}`}</Mark>
              )
            ) : null}
            <span className="order-buttons" hidden={disabled}>
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
      {disabled && correctOrder ? (
        <div className="correct-order">
          <p>
            <strong>The right order, earliest first:</strong>
          </p>
          <ol>
            {correctOrder.map((id) => (
              <li key={id}>{textOf(id)}</li>
            ))}
          </ol>
        </div>
      ) : null}
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
