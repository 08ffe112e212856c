/**
 * Shared by the teacher tests (end-to-end and integration): the article a teacher pastes,
 * unique accounts, and a unique client address per run so sign-in rate limits (per client
 * and minute, kept in the database) never make one test starve another.
 */
import { randomBytes } from 'node:crypto'

/** A made-up local news story (~400 words): named people with titles, dates, quotes. */
export const PASTED_ARTICLE = {
  title: 'Harbour town votes to rebuild flood wall after storm damage',
  source: 'The Elling Courier',
  publishedAt: '2025-03-12',
  standfirst: 'Councillors back an emergency repair as residents count the cost of Storm Nadia.',
  text: [
    'Councillors in Port Elling voted on Tuesday to rebuild the town\u2019s flood wall, a week after Storm Nadia pushed seawater into dozens of homes along the harbour front.',
    'Mayor Helen Okafor told the council chamber that the repairs could not wait for the spring. \u201cEvery family on Quay Street deserves to sleep without listening for the tide,\u201d Okafor said.',
    'The plan, which passed by eleven votes to four, will replace a 400-metre stretch of the wall that collapsed during the storm on March 3. Work is due to begin on April 14 and should be finished before the autumn high tides.',
    'Council treasurer Samuel Brandt warned that the project would stretch the town\u2019s budget. \u201cWe are paying for this with money we had set aside for the new library,\u201d Brandt said. He added that the council would apply for a national resilience grant in May.',
    'Opposition councillor Rosa Lindqvist voted against the plan. She said the council should first commission an independent study of the harbour. \u201cWe are about to pour concrete into the same place that failed us,\u201d Lindqvist said.',
    'Dr Amir Castell, a coastal engineer at the University of Northhaven, said both sides had a point. \u201cA higher wall buys time, but the sea will keep rising,\u201d Castell said. He has studied the Elling coastline since 2015.',
    'Residents of Quay Street welcomed the vote. Margaret Doyle, who has lived on the street for forty years, said the water had reached her kitchen for the first time. \u201cI never thought I would see boats in the road,\u201d Doyle said.',
    'The Environment Agency said on Monday that it would send engineers to inspect the remaining sections of the wall. A spokesperson for the agency, Daniel Reyes, said the inspection would take about two weeks.',
    'Okafor said the council would hold a public meeting on March 20 to explain the timetable to residents. Lindqvist said she would use the meeting to call for the study again.',
    'The storm also closed the ferry service to the island of Marrow for three days. The ferry operator, Elling Lines, said services resumed on March 6.',
    'Okafor, who was elected mayor in 2022, said the town had learned from the storm. \u201cWe were lucky that nobody was hurt, and we will not rely on luck again,\u201d she said.',
  ].join('\n\n'),
} as const

/** A random tag for names and emails that never clash between runs sharing a database. */
export const runTag = () => randomBytes(4).toString('hex')

export type TeacherAccount = { name: string; email: string; password: string }

export function newTeacherAccount(name: string): TeacherAccount {
  const tag = runTag()
  return {
    name,
    email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}.${tag}@school.test`,
    password: `harbour-${tag}-42`,
  }
}

/**
 * An address from the documentation range 198.18.0.0/15 that is (almost surely) unique to
 * this call: better-auth keys its rate limits by X-Forwarded-For, so each actor of a run
 * gets its own bucket and a deliberate lock-out never spills into another test.
 */
export function uniqueClientIp(): string {
  const [a = 0, b = 0, c = 0] = randomBytes(3)
  return `198.${18 + (a % 2)}.${b}.${1 + (c % 254)}`
}
