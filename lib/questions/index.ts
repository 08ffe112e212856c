/**
 * Lede's question generator: article → facts → a ranked pool of fair questions with
 * evidence → seeded quiz variants. Pure and deterministic; no I/O.
 */
export { extractFacts } from './extract'
export type * from './facts'
export { droppedIssues, generateQuestionPool } from './pool'
export { toPublicQuestion } from './public'
export { checkPool, type QualityIssue } from './quality'
export * from './types'
export { type DrawOptions, drawVariant, MAX_START_CREDIT, orderCredit } from './variant'
