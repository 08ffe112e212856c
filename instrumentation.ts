/** Opens the database (and applies migrations) when the server starts, not on the first request. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { getEnv } = await import('./lib/env')
  const { trustedProxyList } = await import('./lib/net/client-address')
  const { installClientAddressStamp } = await import('./lib/net/stamp-client-address')
  installClientAddressStamp(trustedProxyList(getEnv().LEDE_TRUSTED_PROXIES))
  const { getDatabase } = await import('./lib/db/client')
  try {
    const { kind } = await getDatabase()
    console.log(
      `Lede: ${kind === 'postgres' ? 'PostgreSQL' : 'embedded PGlite'} ready, migrations applied`,
    )
  } catch (err) {
    // Reading articles works without a database; quiz routes answer 503 until it is back.
    console.error(`Lede: database unavailable at start-up: ${(err as Error).message}`)
  }
}
