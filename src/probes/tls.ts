import net from 'node:net';
import tls from 'node:tls';
import { connectLookup, isLinkLocal } from '../http/address.ts';
import { describeError, failure, type HttpFailure } from '../http/errors.ts';
import type { ProbeOf } from '../config/post-schema.ts';
import type { CheckOutcome } from '../engine/check.ts';
import type { Finding } from '../core/model.ts';
import { errorMessage } from '../util/errors.ts';
import { failedRequest, outcomeOf, type Probe } from './probe.ts';
import { plural } from '../util/text.ts';

const DAY_MS = 86_400_000;
/** TLS 1.0/1.1 are deprecated (RFC 8996). */
const MODERN = new Set(['TLSv1.2', 'TLSv1.3']);

interface Handshake {
  protocol: string | null;
  certificate: tls.PeerCertificate;
}

interface HandshakeOptions {
  host: string;
  port: number;
  ca?: string;
  allowLinkLocal: boolean;
  timeoutMs: number;
  signal: AbortSignal;
  /** Only to describe a certificate that already failed verification; never to trust it. */
  verify: boolean;
  /**
   * Offer only TLS 1.0 and 1.1, at OpenSSL security level 0: Node refuses both by default,
   * so without this a server that speaks nothing newer could not be told from a broken one.
   */
  legacy?: boolean;
}

/** The errors of a server that speaks no protocol version the client offered. */
const PROTOCOL_VERSION_ERROR = /PROTOCOL_VERSION|UNSUPPORTED_PROTOCOL|NO_PROTOCOLS_AVAILABLE/;

function handshake(options: HandshakeOptions): Promise<Handshake> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({
      host: options.host,
      port: options.port,
      ...(net.isIP(options.host) ? {} : { servername: options.host }),
      ...(options.ca ? { ca: options.ca } : {}),
      lookup: connectLookup(options.allowLinkLocal),
      rejectUnauthorized: options.verify,
      // Let an old server complete the handshake so that its protocol can be named.
      minVersion: 'TLSv1',
      ...(options.legacy ? { maxVersion: 'TLSv1.1', ciphers: 'DEFAULT:@SECLEVEL=0' } : {}),
    });
    const done = (error?: unknown) => {
      options.signal.removeEventListener('abort', onAbort);
      socket.destroy();
      if (error) reject(error instanceof Error ? error : new Error(errorMessage(error)));
    };
    const onAbort = () => done(options.signal.reason);
    options.signal.addEventListener('abort', onAbort, { once: true });
    socket.setTimeout(options.timeoutMs, () =>
      done(
        Object.assign(new Error('TLS handshake timed out'), { code: 'UND_ERR_CONNECT_TIMEOUT' }),
      ),
    );
    socket.once('secureConnect', () => {
      const result = { protocol: socket.getProtocol(), certificate: socket.getPeerCertificate() };
      done();
      resolve(result);
    });
    socket.once('error', done);
  });
}

const day = (date: Date) => date.toISOString().slice(0, 10);

const outdated = (host: string, protocol: string | null): Finding => ({
  rule: 'tls-outdated-protocol',
  severity: 'high',
  message: `${host} negotiated ${protocol ?? 'an unknown protocol'}`,
  hint: 'Allow only TLS 1.2 and 1.3.',
});

/**
 * When the handshake failed because the server offered no version the client accepts, a
 * second, unverified handshake offering only TLS 1.0/1.1 tells a server that speaks nothing
 * newer (the finding) from one that is broken otherwise (undefined).
 */
async function legacyOnly(
  error: unknown,
  base: Omit<HandshakeOptions, 'verify'>,
): Promise<Finding | undefined> {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code !== 'string' || !PROTOCOL_VERSION_ERROR.test(code)) return undefined;
  const old = await handshake({ ...base, verify: false, legacy: true }).catch(() => undefined);
  return old ? outdated(base.host, old.protocol) : undefined;
}

/** What a failed verification is called, by the error's code. */
const VERIFICATION_RULES = new Map([
  ['CERT_HAS_EXPIRED', 'tls-certificate-expired'],
  ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls-certificate-wrong-host'],
]);

/**
 * The outcome of a certificate that failed verification, described with what `certificate`
 * (read from an unverified handshake, when one succeeded) says: its expiry, or its names.
 */
export function verificationFailure(
  problem: HttpFailure,
  certificate: Pick<tls.PeerCertificate, 'valid_to' | 'subjectaltname' | 'subject'> | undefined,
  host: string,
  now: Date,
): CheckOutcome {
  const detail = !certificate
    ? ''
    : problem.code === 'CERT_HAS_EXPIRED'
      ? ` on ${day(new Date(certificate.valid_to))} (${plural(Math.floor((now.getTime() - Date.parse(certificate.valid_to)) / DAY_MS), 'day')} ago)`
      : problem.code === 'ERR_TLS_CERT_ALTNAME_INVALID'
        ? `: it names ${certificate.subjectaltname ?? String(certificate.subject?.CN ?? 'nothing')}, not ${host}`
        : '';
  return {
    status: 'fail',
    summary: problem.message,
    findings: [
      {
        rule: VERIFICATION_RULES.get(problem.code) ?? 'tls-error',
        severity: 'high',
        message: `${host}: ${problem.message}${detail}`,
      },
    ],
  };
}

/** The outcome of a verified handshake: its protocol, and the days its certificate has left against `min-days`. */
export function handshakeOutcome(
  {
    protocol,
    certificate,
  }: Pick<Handshake, 'protocol'> & {
    certificate: Pick<tls.PeerCertificate, 'valid_to'>;
  },
  host: string,
  now: Date,
  probe: Pick<ProbeOf<'tls'>, 'min-days' | 'fail-on'>,
): CheckOutcome {
  const expires = new Date(certificate.valid_to);
  const daysLeft = Math.floor((expires.getTime() - now.getTime()) / DAY_MS);
  const findings: Finding[] = [];
  if (!MODERN.has(protocol ?? '')) findings.push(outdated(host, protocol));
  if (daysLeft < probe['min-days']) {
    findings.push({
      rule: 'tls-certificate-expiring',
      severity: 'low',
      message: `the certificate expires on ${day(expires)}, in ${plural(daysLeft, 'day')} (min-days ${probe['min-days']})`,
      hint: 'Renew the certificate (check the auto-renewal job).',
    });
  }
  return outcomeOf(
    findings,
    probe['fail-on'],
    findings[0]?.message ??
      `${protocol}, certificate valid until ${day(expires)} (${plural(daysLeft, 'day')})`,
    { daysLeft },
  );
}

/**
 * Why the verified handshake failed: a server that speaks only TLS 1.0/1.1, a request that
 * failed before TLS, or a certificate that failed verification (described from a second,
 * unverified handshake).
 */
async function failedHandshake(
  error: unknown,
  base: Omit<HandshakeOptions, 'verify'>,
  { url, probe, now }: { url: URL; probe: ProbeOf<'tls'>; now: Date },
): Promise<CheckOutcome> {
  const legacy = await legacyOnly(error, base);
  if (legacy) return outcomeOf([legacy], probe['fail-on'], legacy.message);
  const problem: HttpFailure = describeError(error);
  if (!problem.tls) return failedRequest(url, problem);
  const seen = await handshake({ ...base, verify: false }).catch(() => undefined);
  return verificationFailure(problem, seen?.certificate, base.host, now);
}

/**
 * The certificate is valid for the host and not expiring within `min-days`; the protocol
 * is TLS 1.2 or newer. Verification failures are described with the certificate's dates
 * and names, read from a second, unverified handshake.
 */
export const tlsProbe: Probe<'tls'> = async ({ probe, url, target, context }) => {
  if (url.protocol !== 'https:') {
    return {
      status: 'fail',
      summary: 'the target is not https://',
      findings: [
        { rule: 'tls-not-used', severity: 'high', message: `${url.origin} is served without TLS` },
      ],
    };
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const allowLinkLocal = target.config['allow-link-local'];
  if (!allowLinkLocal && net.isIP(host) && isLinkLocal(host))
    return failedRequest(url, failure('SHIPGATE_LINK_LOCAL', host));
  const base = {
    host,
    port: Number(url.port || 443),
    ...(await target.ca(context)),
    allowLinkLocal,
    timeoutMs: target.config['connect-timeout'],
    signal: context.signal,
  };
  const now = context.now();
  let result: Handshake;
  try {
    result = await handshake({ ...base, verify: true });
  } catch (error) {
    return failedHandshake(error, base, { url, probe, now });
  }
  return handshakeOutcome(result, host, now, probe);
};
