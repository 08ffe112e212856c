/**
 * Which address a request comes from. X-Forwarded-For is believed only when the socket's
 * peer is a proxy the operator named (LEDE_TRUSTED_PROXIES); the chain is then read from the
 * right, skipping further trusted hops, so a client cannot prepend an address of its choice.
 * Anything else is the socket's own address. Pure.
 */
import { BlockList, isIP } from 'node:net'

export function trustedProxyList(entries: readonly string[]): BlockList {
  const list = new BlockList()
  for (const entry of entries) {
    const [address = '', bits] = entry.split('/')
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4'
    if (bits === undefined) list.addAddress(address, family)
    else list.addSubnet(address, Number(bits), family)
  }
  return list
}

const bare = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '')

function isTrusted(list: BlockList, address: string): boolean {
  const a = bare(address)
  const family = isIP(a)
  if (family === 0) return false
  return list.check(a, family === 6 ? 'ipv6' : 'ipv4')
}

export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: BlockList,
): string | undefined {
  if (!socketAddress) return undefined
  if (!isTrusted(trusted, socketAddress)) return bare(socketAddress)
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter((s) => isIP(bare(s)) !== 0)
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i] as string
    if (!isTrusted(trusted, hop)) return bare(hop)
  }
  return bare(hops[0] ?? socketAddress)
}
