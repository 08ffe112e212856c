// Creates a fresh, empty database on the PostgreSQL server named by the URL argument
// and prints its URL: each test run gets its own database and leaves others alone.
import { randomBytes } from 'node:crypto'
import pg from 'pg'

const base = process.argv[2]
if (!base) {
  console.error('usage: node tests/support/create-database.mjs postgres://…')
  process.exit(2)
}
const name = `lede_${process.argv[3] ?? 'test'}_${randomBytes(4).toString('hex')}`
const client = new pg.Client({ connectionString: base })
await client.connect()
await client.query(`create database ${name}`)
await client.end()
const url = new URL(base)
url.pathname = `/${name}`
console.log(url.toString())
