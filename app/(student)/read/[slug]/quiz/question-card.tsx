'use client'

import { CATEGORY_LABEL } from '@/lib/format'
import type { Answer } from '@/lib/grading/submission'
import type { PublicQuestion } from '@/lib/questions/types'
import type { QuestionFeedback } from '@/lib/quiz/feedback'
import { ProofQuote } from './proof-quote'
import { ClozeField, MatchField, OrderField, type Review, SingleField } from './question-fields'

const STATUS_ICON: Record<QuestionFeedback['status'], string> = {
  correct: '✓',
  partial: '◐',
  incorrect: '✗',
  unanswered: '–',
}

const STATUS_LABEL: Record<QuestionFeedback['status'], string> = {
  correct: 'Correct',
  partial: 'Partly right',
  incorrect: 'Not quite',
  unanswered: 'Not answered',
}

type Props = {
  index: number
  question: PublicQuestion
  answer: Answer | undefined
  onAnswer: (answer: Answer) => void
  feedback?: QuestionFeedback | undefined
  onShowEvidence: (sentenceIds: string[], from: HTMLElement, questionNumber: number) => void
}

/** Partial credit in words a child can read: how much of a point, and why. */
function partialNote(question: PublicQuestion, feedback: QuestionFeedback, answer?: Answer) {
  const worth = Math.round(feedback.credit * 10) / 10
  const points = `${worth} of a point`
  if (question.format === 'match' && answer && 'pairs' in answer && feedback.correctPairs) {
    const right = question.left.filter(
      (l) => answer.pairs[l.id] === feedback.correctPairs?.[l.id],
    ).length
    return `${right} of ${question.left.length} matched correctly, so you earn ${points}.`
  }
  if (question.format === 'order') {
    const n = question.items.length
    const pairs = (n * (n - 1)) / 2
    const right = Math.round(feedback.credit * pairs)
    return `${right} of the ${pairs} pairs of events are the right way round, so you earn ${points}.`
  }
  return `You earn ${points}.`
}

function Fields({
  question,
  answer,
  onAnswer,
  disabled,
  review,
}: {
  question: PublicQuestion
  answer: Answer | undefined
  onAnswer: (a: Answer) => void
  disabled: boolean
  review?: Review | undefined
}) {
  const shared = { answer, onAnswer, disabled, review }
  switch (question.format) {
    case 'single':
    case 'true-false':
      return <SingleField question={question} {...shared} />
    case 'cloze':
      return <ClozeField question={question} {...shared} />
    case 'match':
      return <MatchField question={question} {...shared} />
    case 'order':
      return <OrderField question={question} {...shared} />
  }
}

export function QuestionCard({
  index,
  question,
  answer,
  onAnswer,
  feedback,
  onShowEvidence,
}: Props) {
  const headingId = `q-${question.id}`
  return (
    <li className={`question${feedback ? ` is-${feedback.status}` : ''}`}>
      <fieldset aria-labelledby={headingId}>
        <p className="question-meta">
          <span>Question {index + 1}</span>
          <span>{CATEGORY_LABEL[question.category]}</span>
        </p>
        <h3 id={headingId} className="question-prompt" tabIndex={-1}>
          {question.prompt}
        </h3>
        <Fields
          question={question}
          answer={answer}
          onAnswer={onAnswer}
          disabled={feedback !== undefined}
          review={feedback}
        />
      </fieldset>
      {feedback ? (
        <div className="feedback">
          <p className={`verdict verdict-${feedback.status}`}>
            <span aria-hidden="true">{STATUS_ICON[feedback.status]} </span>
            {STATUS_LABEL[feedback.status]}
          </p>
          {feedback.status === 'partial' ? (
            <p className="partial-note">{partialNote(question, feedback, answer)}</p>
          ) : null}
          {answer && 'text' in answer ? (
            <p>
              <strong>You typed:</strong> {answer.text}
            </p>
          ) : null}
          {feedback.correctAnswer &&
          feedback.status !== 'correct' &&
          question.format === 'cloze' &&
          answer &&
          'text' in answer ? (
            <p>
              <strong>Correct answer:</strong> {feedback.correctAnswer}
            </p>
          ) : null}
          {feedback.proof ? (
            <ProofQuote proof={feedback.proof} fallback={feedback.explanation} />
          ) : null}
          {feedback.evidence && feedback.evidence.length > 0 ? (
            <button
              type="button"
              className="button secondary small show-evidence"
              onClick={(e) => onShowEvidence(feedback.evidence ?? [], e.currentTarget, index + 1)}
            >
              Show in the article
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  )
}
