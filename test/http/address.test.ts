import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { connectLookup, isLinkLocal, type Resolver } from '../../src/http/address.ts';

describe('isLinkLocal', () => {
  it('classifies link-local and cloud-metadata addresses in every spelling, and only those', () => {
    expect(isLinkLocal('169.254.169.254')).toBe(true);
    expect(isLinkLocal('fe80::1')).toBe(true);
    expect(isLinkLocal('fd00:ec2::254')).toBe(true);
    expect(isLinkLocal('::ffff:169.254.169.254')).toBe(true);
    expect(isLinkLocal('::ffff:a9fe:a9fe')).toBe(true);
    expect(isLinkLocal('64:ff9b::a9fe:a9fe')).toBe(true);
    expect(isLinkLocal('64:ff9b::169.254.169.254')).toBe(true);
    expect(isLinkLocal('FD00:EC2:0::254')).toBe(true);
    expect(isLinkLocal('100.100.100.200')).toBe(true);
    expect(isLinkLocal('::ffff:100.100.100.200')).toBe(true);
    expect(isLinkLocal('64:ff9b::6464:64c8')).toBe(true);
    expect(isLinkLocal('100.100.100.201')).toBe(false);
    expect(isLinkLocal('64:ff9b::a00:1')).toBe(false);
    expect(isLinkLocal('::ffff:10.0.0.1')).toBe(false);
    expect(isLinkLocal('10.0.0.1')).toBe(false);
    expect(isLinkLocal('127.0.0.1')).toBe(false);
    expect(isLinkLocal('::1')).toBe(false);
  });
});

describe('connectLookup', () => {
  /** A resolver that answers every name with `addresses`. */
  const answering =
    (addresses: LookupAddress[]): Resolver =>
    (_hostname, _options, callback) =>
      callback(null, addresses);
  /** What the lookup hands net.connect for `hostname`. */
  const lookUp = (lookup: ReturnType<typeof connectLookup>, all = false) =>
    new Promise<{ error: NodeJS.ErrnoException | null; address: unknown; family?: number }>(
      (resolve) =>
        lookup('api.test', { all }, (error, address, family) =>
          resolve({ error, address, ...(family === undefined ? {} : { family }) }),
        ),
    );
  const metadata = [
    { address: '10.0.0.5', family: 4 },
    { address: '169.254.169.254', family: 4 },
  ];

  it('refuses a name with any link-local answer, naming the address', async () => {
    const { error } = await lookUp(connectLookup(false, answering(metadata)));
    expect(error).toMatchObject({
      code: 'SHIPGATE_LINK_LOCAL',
      message: 'api.test resolves to 169.254.169.254, a link-local/cloud-metadata address',
    });
  });

  it('connects to a link-local answer when the target allows it', async () => {
    const { error, address } = await lookUp(connectLookup(true, answering(metadata)), true);
    expect(error).toBeNull();
    expect(address).toEqual(metadata);
  });

  it('gives the first address, or every one when asked for all', async () => {
    const answers = [
      { address: '127.0.0.1', family: 4 },
      { address: '::1', family: 6 },
    ];
    expect(await lookUp(connectLookup(false, answering(answers)))).toEqual({
      error: null,
      address: '127.0.0.1',
      family: 4,
    });
    expect((await lookUp(connectLookup(false, answering(answers)), true)).address).toEqual(answers);
  });

  it('fails with ENOTFOUND on an empty answer, and passes a resolver error on', async () => {
    expect((await lookUp(connectLookup(false, answering([])))).error).toMatchObject({
      code: 'ENOTFOUND',
      message: 'no address for api.test',
    });
    const failing: Resolver = (_hostname, _options, callback) =>
      callback(
        Object.assign(new Error('getaddrinfo EAI_AGAIN api.test'), { code: 'EAI_AGAIN' }),
        [],
      );
    expect((await lookUp(connectLookup(false, failing))).error).toMatchObject({
      code: 'EAI_AGAIN',
    });
  });
});
