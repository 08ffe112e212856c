import Link from 'next/link'

export default function NotFound() {
  return (
    <main id="main" className="not-found">
      <h1>Page not found</h1>
      <p>There is no article or page at this address. It may have been mistyped, or removed.</p>
      <p>
        <Link href="/">Browse the modules</Link>
      </p>
    </main>
  )
}
