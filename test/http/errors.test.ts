import { describe, expect, it } from 'vitest';
import { describeError, failure } from '../../src/http/errors.ts';

const coded = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('describeError', () => {
  it('says what a code means, with the detail, and redacts credentials in URLs', () => {
    expect(
      describeError(
        coded('ECONNREFUSED', 'connect ECONNREFUSED for https://bob:hunter2@db.example/x'),
      ),
    ).toEqual({
      code: 'ECONNREFUSED',
      message: 'connection refused (connect ECONNREFUSED for https://***@db.example/x)',
      transient: true,
      tls: false,
    });
  });

  it("finds the code in a fetch error's cause and the first of an AggregateError", () => {
    const wrapped = new TypeError('fetch failed', {
      cause: new AggregateError([
        coded('ETIMEDOUT', 'connect ETIMEDOUT'),
        coded('ENETUNREACH', 'x'),
      ]),
    });
    expect(describeError(wrapped)).toMatchObject({ code: 'ETIMEDOUT', transient: true });
  });

  it("gives undici's own errors and cancellations in Shipgate's words only", () => {
    expect(describeError(coded('UND_ERR_HEADERS_TIMEOUT', 'Headers Timeout Error')).message).toBe(
      'timed out awaiting response headers',
    );
    const aborted = Object.assign(new Error('This operation was aborted'), { name: 'AbortError' });
    expect(describeError(aborted)).toMatchObject({
      code: 'ABORT_ERR',
      message: 'the request was cancelled',
    });
  });

  it('marks certificate problems as TLS, not as transient', () => {
    expect(describeError(coded('CERT_HAS_EXPIRED', 'certificate has expired'))).toEqual({
      code: 'CERT_HAS_EXPIRED',
      message: 'TLS: the certificate has expired (certificate has expired)',
      transient: false,
      tls: true,
    });
  });

  it('takes only a temporary DNS failure as transient: no such host is an answer', () => {
    expect(describeError(coded('EAI_AGAIN', 'getaddrinfo EAI_AGAIN')).transient).toBe(true);
    expect(describeError(coded('ENOTFOUND', 'getaddrinfo ENOTFOUND')).transient).toBe(false);
  });

  it('keeps the message and code of an error it does not know', () => {
    expect(describeError(coded('EWHAT', 'boom')).message).toBe('boom [EWHAT]');
    expect(describeError('weird')).toEqual({
      code: 'UNKNOWN',
      message: 'weird',
      transient: false,
      tls: false,
    });
  });
});

describe('failure', () => {
  it('words a limit Shipgate enforces, with the detail when given', () => {
    expect(failure('SHIPGATE_BODY_TOO_LARGE', 'over 10 MB')).toEqual({
      code: 'SHIPGATE_BODY_TOO_LARGE',
      message: 'body too large: over 10 MB',
      transient: false,
      tls: false,
    });
    expect(failure('SHIPGATE_REDIRECT_LOOP').message).toBe('redirect loop');
  });
});
