/** `npm run db:migrate`: applies committed migrations to the configured database. */
import { openDatabase } from '../lib/db/open'
import { getEnv } from '../lib/env'

const env = getEnv()
const started = performance.now()
const database = await openDatabase({
  url: env.DATABASE_URL,
  dataDir: env.LEDE_DATA_DIR,
  migrate: true,
})
await database.close()
const where =
  database.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${env.LEDE_DATA_DIR}`
console.log(`Migrations applied to ${where} in ${Math.round(performance.now() - started)} ms`)
