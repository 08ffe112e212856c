import { describe, expect, test } from 'vitest'
import { resolveClientAddress, trustedProxyList } from '@/lib/net/client-address'

const none = trustedProxyList([])
const proxies = trustedProxyList(['10.0.0.1', '192.168.0.0/16', 'fd00::/8'])

describe('resolveClientAddress', () => {
  test.each([
    [
      'no trusted proxy: the socket, whatever the header says',
      '203.0.113.5',
      '1.2.3.4',
      none,
      '203.0.113.5',
    ],
    ['an untrusted peer cannot name an address', '203.0.113.5', '10.0.0.1', proxies, '203.0.113.5'],
    ['a trusted proxy: the last hop it saw', '10.0.0.1', '198.51.100.7', proxies, '198.51.100.7'],
    [
      'a prepended address is ignored',
      '10.0.0.1',
      '6.6.6.6, 198.51.100.7',
      proxies,
      '198.51.100.7',
    ],
    [
      'trusted hops are skipped from the right',
      '10.0.0.1',
      '198.51.100.7, 192.168.3.4',
      proxies,
      '198.51.100.7',
    ],
    [
      'IPv4-mapped socket addresses are plain IPv4',
      '::ffff:10.0.0.1',
      '198.51.100.8',
      proxies,
      '198.51.100.8',
    ],
    ['IPv6 proxy range', 'fd00::5', '2001:db8::1', proxies, '2001:db8::1'],
    ['junk in the header is skipped', '10.0.0.1', 'evil, 198.51.100.9', proxies, '198.51.100.9'],
    ['a trusted proxy with no header: itself', '10.0.0.1', undefined, proxies, '10.0.0.1'],
  ])('%s', (_name, socket, header, list, expected) => {
    expect(resolveClientAddress(socket, header, list)).toBe(expected)
  })
})
