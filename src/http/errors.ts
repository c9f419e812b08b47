import { errorMessage } from '../util/errors.ts';
import { redactText } from '../util/redact.ts';

/** Why a request produced no usable response, in words a reviewer can act on. */
export interface HttpFailure {
  /** The undici/Node/TLS code (UND_ERR_HEADERS_TIMEOUT, ECONNREFUSED, CERT_HAS_EXPIRED…) or a Shipgate one. */
  code: string;
  message: string;
  /** Worth another attempt: a transient network condition, never a verdict about the target. */
  transient: boolean;
  /** A certificate problem: reported as a TLS finding, not as a network error. */
  tls: boolean;
}

interface Meaning {
  text: string;
  transient?: boolean;
  tls?: boolean;
}

/**
 * What each code means. Only EAI_AGAIN among DNS errors is transient (a resolver hiccup);
 * ENOTFOUND is an answer. Resets and refusals are transient because a deployment that is
 * still starting produces them; the wait and the retry policy bound how long that lasts.
 */
const MEANINGS: Record<string, Meaning> = {
  UND_ERR_CONNECT_TIMEOUT: { text: 'timed out connecting', transient: true },
  UND_ERR_HEADERS_TIMEOUT: { text: 'timed out awaiting response headers' },
  UND_ERR_BODY_TIMEOUT: { text: 'timed out reading the response body (it stalled)' },
  UND_ERR_SOCKET: { text: 'the connection was closed unexpectedly', transient: true },
  UND_ERR_HEADERS_OVERFLOW: { text: 'the response headers are too large' },
  UND_ERR_RES_EXCEEDED_MAX_SIZE: { text: 'the response body is too large' },
  UND_ERR_ABORTED: { text: 'the request was cancelled' },
  ABORT_ERR: { text: 'the request was cancelled' },
  ECONNREFUSED: { text: 'connection refused', transient: true },
  ECONNRESET: { text: 'connection reset by the server', transient: true },
  EPIPE: { text: 'connection closed while sending', transient: true },
  ETIMEDOUT: { text: 'timed out connecting', transient: true },
  EHOSTUNREACH: { text: 'host unreachable' },
  ENETUNREACH: { text: 'network unreachable' },
  ENOTFOUND: { text: 'DNS: no such host' },
  EAI_AGAIN: { text: 'DNS lookup failed temporarily', transient: true },
  CERT_HAS_EXPIRED: { text: 'TLS: the certificate has expired', tls: true },
  CERT_NOT_YET_VALID: { text: 'TLS: the certificate is not yet valid', tls: true },
  ERR_TLS_CERT_ALTNAME_INVALID: {
    text: 'TLS: the certificate is not valid for this host name',
    tls: true,
  },
  DEPTH_ZERO_SELF_SIGNED_CERT: { text: 'TLS: self-signed certificate', tls: true },
  SELF_SIGNED_CERT_IN_CHAIN: { text: 'TLS: self-signed certificate in the chain', tls: true },
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: {
    text: 'TLS: the certificate chain is incomplete (cannot verify the leaf)',
    tls: true,
  },
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: {
    text: 'TLS: the issuer is not trusted (unknown CA)',
    tls: true,
  },
  ERR_SSL_WRONG_VERSION_NUMBER: {
    text: 'TLS: the server did not answer with TLS (plain HTTP on an https:// URL?)',
    tls: true,
  },
  ERR_SSL_UNSUPPORTED_PROTOCOL: {
    text: 'TLS: the server only offers an outdated protocol version',
    tls: true,
  },
  ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION: { text: 'TLS: no common protocol version', tls: true },
  SHIPGATE_LINK_LOCAL: {
    text: 'refused: link-local/cloud-metadata address (set allow-link-local: true to allow)',
  },
  SHIPGATE_BODY_TOO_LARGE: { text: 'body too large' },
  SHIPGATE_INSECURE_REDIRECT: { text: 'redirect leaves HTTPS for plain HTTP' },
  SHIPGATE_REDIRECT_LOOP: { text: 'redirect loop' },
  SHIPGATE_TOO_MANY_REDIRECTS: { text: 'more than 10 redirects' },
  SHIPGATE_BAD_REDIRECT: { text: 'redirect not followed' },
  SHIPGATE_DEADLINE: { text: "timed out (the probe's time budget ran out)" },
};

/** Walks `cause` chains (fetch-style wrapping, AggregateError from happy-eyeballs) to the code. */
function codeOf(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== 'object') return undefined;
    const { code, errors, cause } = current as {
      code?: unknown;
      errors?: unknown;
      cause?: unknown;
    };
    if (typeof code === 'string') return code;
    if (Array.isArray(errors) && errors.length > 0) current = errors[0];
    else current = cause;
  }
  return undefined;
}

/** Turns anything a request threw into an HttpFailure; credentials in URLs are redacted. */
export function describeError(error: unknown): HttpFailure {
  const code =
    codeOf(error) ??
    (error instanceof Error && error.name === 'AbortError' ? 'ABORT_ERR' : 'UNKNOWN');
  const meaning = MEANINGS[code];
  const detail = redactText(errorMessage(error));
  const message = meaning
    ? meaning.text === detail || code.startsWith('UND_ERR') || code === 'ABORT_ERR'
      ? meaning.text
      : `${meaning.text} (${detail})`
    : `${detail || 'request failed'}${code === 'UNKNOWN' ? '' : ` [${code}]`}`;
  return { code, message, transient: meaning?.transient ?? false, tls: meaning?.tls ?? false };
}

/** A failure Shipgate itself decides on (a limit it enforces), in the same shape. */
export function failure(code: keyof typeof MEANINGS, detail?: string): HttpFailure {
  const meaning = MEANINGS[code]!;
  return {
    code,
    message: detail ? `${meaning.text}: ${detail}` : meaning.text,
    transient: meaning.transient ?? false,
    tls: meaning.tls ?? false,
  };
}
