/** Strips a keyed question to the only shape a browser may see before submitting. */
import { type PublicQuestion, publicQuestionSchema, type Question } from './types'

export function toPublicQuestion(q: Question): PublicQuestion {
  const {
    key: _key,
    explanation: _explanation,
    evidence: _evidence,
    quality: _quality,
    ...rest
  } = q
  // The strict schema rejects any field that is not part of the public shape.
  return publicQuestionSchema.parse(rest)
}
