/**
 * Lede's question generator: article → facts → a ranked pool of fair questions with
 * evidence → seeded quiz variants. Pure and deterministic; no I/O.
 */
export { extractFacts } from './extract'
export type * from './facts'
export { generateQuestionPool } from './pool'
export { checkPool, type QualityIssue } from './quality'
export { toPublicQuestion } from './public'
export * from './types'
export { type DrawOptions, drawVariant } from './variant'
