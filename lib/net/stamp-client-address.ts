/**
 * Next.js keeps a client's own X-Forwarded-For and gives route handlers no socket. So before
 * Next sees a request, this replaces X-Forwarded-For with the one address worked out from the
 * socket and the trusted proxies (and drops X-Real-IP): everything after — our limits and
 * better-auth's — reads an address the client cannot choose. Installed once at start-up.
 */
import 'server-only'
import http from 'node:http'
import type { BlockList } from 'node:net'
import { resolveClientAddress } from './client-address'

const installed = Symbol.for('lede.clientAddressStamp')

export function installClientAddressStamp(trusted: BlockList): void {
  const proto = http.Server.prototype as unknown as Record<symbol, unknown> & {
    emit: (event: string, ...args: unknown[]) => boolean
  }
  if (proto[installed]) return
  proto[installed] = true
  const emit = proto.emit
  proto.emit = function (this: unknown, event: string, ...args: unknown[]) {
    if (event === 'request') {
      const req = args[0] as http.IncomingMessage
      const address = resolveClientAddress(
        req.socket?.remoteAddress,
        req.headers['x-forwarded-for'],
        trusted,
      )
      delete req.headers['x-real-ip']
      if (address) req.headers['x-forwarded-for'] = address
      else delete req.headers['x-forwarded-for']
    }
    return emit.call(this, event, ...args)
  }
}
