import net from 'node:net';

const loopback = new net.BlockList();
// BlockList also matches the IPv4-mapped spellings (::ffff:127.0.0.1, ::ffff:7f00:1).
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

/**
 * A host name that never leaves this machine: `localhost` and its subdomains (RFC 6761),
 * 127.0.0.0/8 and ::1, as a URL spells them (any case, IPv6 in brackets).
 */
export function isLoopbackHost(host: string): boolean {
  const name = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  const family = net.isIPv4(name) ? 'ipv4' : net.isIPv6(name) ? 'ipv6' : undefined;
  return family !== undefined && loopback.check(name, family);
}
