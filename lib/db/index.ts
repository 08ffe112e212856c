/** The data-access layer's entry point for the app: server-only. */
import 'server-only'

export { getDatabase, getDb } from './client'
export type { Database, Db } from './open'
