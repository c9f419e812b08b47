import dns from 'node:dns';
import net from 'node:net';

/**
 * Link-local and cloud-metadata addresses (169.254.0.0/16 holds the AWS/GCP/Azure metadata
 * service, fe80::/10 its IPv6 link-local range, fd00:ec2::254 the AWS IPv6 endpoint). A
 * probe that follows a redirect or a DNS answer there could read instance credentials
 * (SSRF), so they are refused unless a target allows them. Loopback and private ranges
 * stay allowed: self-hosted runners, local previews and tests use them.
 */
const blocked = new net.BlockList();
blocked.addSubnet('169.254.0.0', 16, 'ipv4');
blocked.addSubnet('fe80::', 10, 'ipv6');
blocked.addAddress('fd00:ec2::254', 'ipv6');

/** True for an address a probe must not connect to unless the target allows link-local. */
export function isLinkLocal(address: string): boolean {
  const family = net.isIPv4(address) ? 'ipv4' : net.isIPv6(address) ? 'ipv6' : undefined;
  if (!family) return false;
  // IPv4-mapped IPv6 (::ffff:169.254.169.254) reaches the same IPv4 host.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return blocked.check(mapped, 'ipv4');
  return blocked.check(address, family);
}

/** The error a refused address produces; its code is mapped to a message in errors.ts. */
export class LinkLocalError extends Error {
  override name = 'LinkLocalError';
  readonly code = 'SHIPGATE_LINK_LOCAL';
  readonly address: string;
  constructor(host: string, address: string) {
    super(`${host} resolves to ${address}, a link-local/cloud-metadata address`);
    this.address = address;
  }
}

/**
 * Resolves a host name to all of its addresses: `dns.lookup` with `all: true` is one, and the
 * default. Injectable so that names the system resolver cannot answer (a test's, a
 * split-horizon resolver's) still go through the link-local check.
 */
export type Resolver = (
  hostname: string,
  options: dns.LookupAllOptions,
  callback: (error: NodeJS.ErrnoException | null, addresses: dns.LookupAddress[]) => void,
) => void;

/**
 * A `lookup` for net/tls.connect that resolves with `resolver` and then, unless link-local
 * is allowed, refuses link-local answers: checking the address actually connected to closes
 * the DNS-rebinding gap that a check before the request would leave open.
 */
export function connectLookup(
  allowLinkLocal: boolean,
  resolver: Resolver = dns.lookup,
): net.LookupFunction {
  return (hostname, options, callback) => {
    resolver(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const bad = allowLinkLocal ? undefined : addresses.find((a) => isLinkLocal(a.address));
      if (bad) return callback(new LinkLocalError(hostname, bad.address), []);
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first)
        return callback(
          Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }),
          [],
        );
      callback(null, first.address, first.family);
    });
  };
}
