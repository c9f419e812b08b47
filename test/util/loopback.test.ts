import { describe, expect, it } from 'vitest';
import { isLoopbackHost } from '../../src/util/loopback.ts';

describe('isLoopbackHost', () => {
  it.each(['localhost', 'LocalHost', 'app.localhost', '127.0.0.1', '127.255.0.9', '[::1]', '::1'])(
    '%s is this machine',
    (host) => expect(isLoopbackHost(host)).toBe(true),
  );

  it.each(['[::ffff:7f00:1]', '::ffff:127.0.0.1'])('%s, IPv4-mapped, is this machine', (host) =>
    expect(isLoopbackHost(host)).toBe(true),
  );

  it.each([
    '',
    'localhost.example.com',
    '127.0.0.1.nip.io',
    '128.0.0.1',
    '10.0.0.1',
    '0.0.0.0',
    '[::2]',
    'db',
  ])('%s is another machine', (host) => expect(isLoopbackHost(host)).toBe(false));
});
