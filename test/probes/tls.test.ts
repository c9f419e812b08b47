import { describe, expect, it } from 'vitest';
import { failure } from '../../src/http/errors.ts';
import { handshakeOutcome, verificationFailure } from '../../src/probes/tls.ts';

const now = new Date('2026-12-01T12:00:00Z');
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000).toUTCString();

describe('verificationFailure', () => {
  it('dates an expired certificate and counts the days since', () => {
    const outcome = verificationFailure(
      failure('CERT_HAS_EXPIRED'),
      { valid_to: inDays(-10), subjectaltname: 'DNS:shop.example.com', subject: { CN: 'shop' } },
      'shop.example.com',
      now,
    );
    expect(outcome).toEqual({
      status: 'fail',
      summary: 'TLS: the certificate has expired',
      findings: [
        {
          rule: 'tls-certificate-expired',
          severity: 'high',
          message: 'shop.example.com: TLS: the certificate has expired on 2026-11-21 (10 days ago)',
        },
      ],
    });
  });

  it('counts one day as one day', () => {
    const expired = verificationFailure(
      failure('CERT_HAS_EXPIRED'),
      { valid_to: inDays(-1.5), subject: { CN: 'shop' } },
      'shop.example.com',
      now,
    );
    expect(expired.findings?.[0]?.message).toMatch(/ \(1 day ago\)$/);
    const expiring = handshakeOutcome(
      { protocol: 'TLSv1.3', certificate: { valid_to: inDays(1.5) } },
      'h',
      now,
      { 'min-days': 0, 'fail-on': 'high' },
    );
    expect(expiring.summary).toBe('TLSv1.3, certificate valid until 2026-12-03 (1 day)');
    const soon = handshakeOutcome(
      { protocol: 'TLSv1.3', certificate: { valid_to: inDays(1.5) } },
      'h',
      now,
      { 'min-days': 14, 'fail-on': 'high' },
    );
    expect(soon.findings?.[0]?.message).toBe(
      'the certificate expires on 2026-12-03, in 1 day (min-days 14)',
    );
  });

  it('names the hosts a certificate for another host is valid for, or its common name', () => {
    const wrongHost = failure('ERR_TLS_CERT_ALTNAME_INVALID');
    const withNames = verificationFailure(
      wrongHost,
      { valid_to: inDays(90), subjectaltname: 'DNS:api.example.com', subject: { CN: 'api' } },
      'shop.example.com',
      now,
    );
    expect(withNames.findings).toEqual([
      {
        rule: 'tls-certificate-wrong-host',
        severity: 'high',
        message: `shop.example.com: ${wrongHost.message}: it names DNS:api.example.com, not shop.example.com`,
      },
    ]);
    const byCommonName = verificationFailure(
      wrongHost,
      { valid_to: inDays(90), subject: { CN: 'api.example.com' } },
      'shop.example.com',
      now,
    );
    expect(byCommonName.findings?.[0]?.message).toMatch(/: it names api\.example\.com, not shop/);
  });

  it('is a plain TLS error for another code, or when no certificate could be read', () => {
    const untrusted = failure('SELF_SIGNED_CERT_IN_CHAIN');
    expect(verificationFailure(untrusted, undefined, 'shop.example.com', now).findings).toEqual([
      { rule: 'tls-error', severity: 'high', message: `shop.example.com: ${untrusted.message}` },
    ]);
    expect(
      verificationFailure(failure('CERT_HAS_EXPIRED'), undefined, 'shop.example.com', now)
        .findings?.[0]?.message,
    ).toBe('shop.example.com: TLS: the certificate has expired');
  });
});

describe('handshakeOutcome', () => {
  const probe = { 'min-days': 14, 'fail-on': 'high' } as const;

  it('passes TLS 1.3 with a certificate far from expiry, with the days left as a metric', () => {
    expect(
      handshakeOutcome(
        { protocol: 'TLSv1.3', certificate: { valid_to: inDays(60.5) } },
        'h',
        now,
        probe,
      ),
    ).toMatchObject({
      status: 'pass',
      summary: 'TLSv1.3, certificate valid until 2027-01-31 (60 days)',
      metrics: { daysLeft: 60 },
    });
  });

  it('fails an outdated protocol and warns of a certificate that expires within min-days', () => {
    const outcome = handshakeOutcome(
      { protocol: 'TLSv1.1', certificate: { valid_to: inDays(5.5) } },
      'shop.example.com',
      now,
      probe,
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.findings?.map((f) => [f.rule, f.message])).toEqual([
      ['tls-outdated-protocol', 'shop.example.com negotiated TLSv1.1'],
      [
        'tls-certificate-expiring',
        'the certificate expires on 2026-12-07, in 5 days (min-days 14)',
      ],
    ]);
    expect(outcome.summary).toBe('shop.example.com negotiated TLSv1.1');
  });
});
