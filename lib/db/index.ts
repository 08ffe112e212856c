/** The data-access layer's entry point for the app: server-only. */
import 'server-only'

export { getDatabase, getDb, getDbOrUnavailable } from './client'
export type { Database, Db } from './open'
