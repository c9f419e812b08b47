import dns from 'node:dns';
import net from 'node:net';

/**
 * Link-local and cloud-metadata addresses: 169.254.0.0/16 holds the AWS/GCP/Azure metadata
 * service (169.254.169.254), 100.100.100.200 is Alibaba Cloud's, fe80::/10 is IPv6
 * link-local and fd00:ec2::254 the AWS IPv6 endpoint. A probe that follows a redirect or a
 * DNS answer there could read instance credentials (SSRF), so they are refused unless a
 * target allows them. Loopback and private ranges stay allowed: self-hosted runners, local
 * previews and tests use them.
 */
const METADATA_IPV4: readonly (readonly [string, number])[] = [
  ['169.254.0.0', 16],
  ['100.100.100.200', 32],
];
const METADATA_IPV6: readonly (readonly [string, number])[] = [
  ['fe80::', 10],
  ['fd00:ec2::254', 128],
];

const blocked = new net.BlockList();
for (const [address, bits] of METADATA_IPV4) {
  // BlockList also matches the IPv4-mapped spellings (::ffff:169.254.169.254, ::ffff:a9fe:a9fe).
  blocked.addSubnet(address, bits, 'ipv4');
  // NAT64 (RFC 6052, 64:ff9b::/96) translates 64:ff9b::a9fe:a9fe to 169.254.169.254 on the way out.
  blocked.addSubnet(`64:ff9b::${address}`, 96 + bits, 'ipv6');
}
for (const [address, bits] of METADATA_IPV6) blocked.addSubnet(address, bits, 'ipv6');

/** True for an address a probe must not connect to unless the target allows link-local. */
export function isLinkLocal(address: string): boolean {
  const family = net.isIPv4(address) ? 'ipv4' : net.isIPv6(address) ? 'ipv6' : undefined;
  return family !== undefined && blocked.check(address, family);
}

/** The error a refused address produces; its code is mapped to a message in errors.ts. */
class LinkLocalError extends Error {
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
