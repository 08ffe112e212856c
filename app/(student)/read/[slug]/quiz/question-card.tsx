'use client'

import { CATEGORY_LABEL } from '@/lib/format'
import type { Answer } from '@/lib/grading/submission'
import type { PublicQuestion } from '@/lib/questions/types'
import type { QuestionFeedback } from '@/lib/quiz/feedback'
import { ClozeField, MatchField, OrderField, SingleField } from './question-fields'

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
  onShowEvidence: (sentenceIds: string[]) => void
}

function Fields({
  question,
  answer,
  onAnswer,
  disabled,
}: {
  question: PublicQuestion
  answer: Answer | undefined
  onAnswer: (a: Answer) => void
  disabled: boolean
}) {
  switch (question.format) {
    case 'single':
    case 'true-false':
      return (
        <SingleField question={question} answer={answer} onAnswer={onAnswer} disabled={disabled} />
      )
    case 'cloze':
      return (
        <ClozeField question={question} answer={answer} onAnswer={onAnswer} disabled={disabled} />
      )
    case 'match':
      return (
        <MatchField question={question} answer={answer} onAnswer={onAnswer} disabled={disabled} />
      )
    case 'order':
      return (
        <OrderField question={question} answer={answer} onAnswer={onAnswer} disabled={disabled} />
      )
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
        />
      </fieldset>
      {feedback ? (
        <div className="feedback">
          <p className={`verdict verdict-${feedback.status}`}>
            {STATUS_LABEL[feedback.status]}
            {feedback.status === 'partial' ? ` (${Math.round(feedback.credit * 100)}%)` : ''}
          </p>
          {feedback.yourAnswer !== null ? (
            <p>
              <strong>Your answer:</strong> {feedback.yourAnswer}
            </p>
          ) : null}
          {feedback.correctAnswer && feedback.status !== 'correct' ? (
            <p>
              <strong>Correct answer:</strong> {feedback.correctAnswer}
            </p>
          ) : null}
          {feedback.explanation ? <p className="explanation">{feedback.explanation}</p> : null}
          {feedback.evidence && feedback.evidence.length > 0 ? (
            <button
              type="button"
              className="button secondary small"
              onClick={() => onShowEvidence(feedback.evidence ?? [])}
            >
              Show in the article
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  )
}
