import net from 'node:net';
import { Agent, request, type Dispatcher } from 'undici';
import { backoffDelay, retryAfterMs, sleep } from './backoff.ts';
import { connectLookup, isLinkLocal, type Resolver } from './address.ts';
import { describeError, failure, type HttpFailure } from './errors.ts';
import { REDIRECT_STATUSES, RedirectChain, type Hop } from './redirect.ts';
import { redactUrl } from '../util/redact.ts';

/** Limits and trust for every request of one client; all are required so none is forgotten. */
export interface HttpClientOptions {
  connectTimeoutMs: number;
  /** undici's default is 300 s: a server that never answers would hold a probe for minutes. */
  headersTimeoutMs: number;
  /** Idle time allowed between body chunks. */
  bodyTimeoutMs: number;
  /** Whole exchange per hop, so that a body trickled one byte at a time still ends. */
  requestTimeoutMs: number;
  /** Bytes read before the body is abandoned as "too large"; never buffered beyond this. */
  maxBodyBytes: number;
  /** Extra trusted CA certificates (PEM), e.g. for an internal or test deployment. */
  ca?: string;
  allowLinkLocal: boolean;
  /** Resolves host names (default: the system's, dns.lookup); link-local answers are refused all the same. */
  resolver?: Resolver;
  /** Sent with every request to the target's own origin (auth, bypass tokens), never to a redirect elsewhere. */
  headers?: Record<string, string>;
  /** Parallel connections per origin in the keep-alive pool. */
  connections?: number;
}

/** One request; a redirect is followed only with `redirect: 'follow'`. */
export interface HttpRequest {
  /** POST (a login) is sent once and never redirected: give it `redirect: 'manual'` and no retries. */
  method?: 'GET' | 'HEAD' | 'OPTIONS' | 'POST';
  headers?: Record<string, string>;
  /** The request body (POST), sent with the first hop only. */
  body?: string;
  redirect?: 'follow' | 'manual';
  /** Read and keep the body (default); `false` drains it, for latency samples. */
  readBody?: boolean;
  /** Attempts for transient failures and 429/503 (default 1: no retry). */
  attempts?: number;
  signal?: AbortSignal;
}

/** A response as the analysers see it: lower-case header names, repeated headers as arrays. */
export interface HttpResponse {
  url: string;
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** From sending the first request to the end of the body, redirects included. */
  timeMs: number;
}

type Exchange =
  | { ok: true; response: HttpResponse; redirects: Hop[] }
  | { ok: false; url: string; error: HttpFailure; redirects: Hop[] };

/** A response or a failure, never a throw; with the redirects followed and the attempts made. */
export type HttpOutcome = Exchange & { attempts: number };

const RETRY_STATUSES = new Set([429, 503]);
const RETRY_BASE_MS = 250;
/** Retry-After beyond this is not waited for: a probe must end in its budget. */
const RETRY_CAP_MS = 5_000;

/** The value of a header, repeated values joined as HTTP allows (", "). */
export function header(response: Pick<HttpResponse, 'headers'>, name: string): string | undefined {
  const value = response.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** Every value of a header that must not be joined (Set-Cookie). */
export function headerValues(response: Pick<HttpResponse, 'headers'>, name: string): string[] {
  const value = response.headers[name.toLowerCase()];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/**
 * The one HTTP client of the probes: an undici keep-alive pool with every limit set
 * (connect, headers, body, whole-request, body size, redirects), redirects followed by hand
 * so that the chain is recorded and checked hop by hop (no HTTPS→HTTP, no loop, no
 * link-local address), and failures returned as values with a clear message.
 */
export class HttpClient {
  readonly #agent: Agent;
  readonly #options: HttpClientOptions;

  constructor(options: HttpClientOptions) {
    this.#options = options;
    this.#agent = new Agent({
      connect: {
        timeout: options.connectTimeoutMs,
        ...(options.ca ? { ca: options.ca } : {}),
        lookup: connectLookup(options.allowLinkLocal, options.resolver),
      },
      headersTimeout: options.headersTimeoutMs,
      bodyTimeout: options.bodyTimeoutMs,
      // Short, so that an idle pool never keeps the process alive for long after a probe.
      keepAliveTimeout: 2_000,
      connections: options.connections ?? 10,
    });
  }

  /** Sends the request (retrying only what `attempts` allows) and never throws. */
  async send(url: string | URL, init: HttpRequest = {}): Promise<HttpOutcome> {
    const attempts = Math.max(1, init.attempts ?? 1);
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.#exchange(new URL(url), init);
      const retryable = outcome.ok
        ? RETRY_STATUSES.has(outcome.response.status)
        : outcome.error.transient;
      if (!retryable || attempt >= attempts || init.signal?.aborted)
        return { ...outcome, attempts: attempt };
      const hinted = outcome.ok ? retryAfterMs(header(outcome.response, 'retry-after')) : undefined;
      const delay = Math.min(
        RETRY_CAP_MS,
        hinted ?? backoffDelay(attempt - 1, RETRY_BASE_MS, RETRY_CAP_MS),
      );
      try {
        await sleep(delay, init.signal);
      } catch {
        return { ...outcome, attempts: attempt };
      }
    }
  }

  /** Closes the pool's sockets; the client is unusable afterwards. */
  async close(): Promise<void> {
    await this.#agent.close();
  }

  async #exchange(start: URL, init: HttpRequest): Promise<Exchange> {
    const started = performance.now();
    const deadline = AbortSignal.timeout(this.#options.requestTimeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    const chain = new RedirectChain(start);
    let url = start;
    let method = init.method ?? 'GET';
    const fail = (error: HttpFailure): Exchange => ({
      ok: false,
      url: redactUrl(url),
      error,
      redirects: chain.hops,
    });

    for (;;) {
      const refused = this.#refuse(url);
      if (refused) return fail(refused);
      let response;
      try {
        response = await request(url, {
          dispatcher: this.#agent,
          method,
          headers: {
            'user-agent': 'shipgate-probe',
            ...(url.origin === start.origin ? this.#options.headers : {}),
            ...init.headers,
          },
          ...(init.body !== undefined && chain.hops.length === 0 ? { body: init.body } : {}),
          signal,
        });
      } catch (error) {
        return fail(this.#explain(error, deadline));
      }
      const headers = response.headers as HttpResponse['headers'];
      const location = header({ headers }, 'location');
      if (init.redirect === 'follow' && REDIRECT_STATUSES.has(response.statusCode) && location) {
        // The body of a redirect is not needed; draining keeps the socket reusable.
        await response.body.dump({ limit: 64 * 1024 }).catch(() => {});
        const next = chain.follow(url, response.statusCode, location);
        if (!(next instanceof URL)) return fail(next);
        if (response.statusCode === 303) method = 'GET';
        url = next;
        continue;
      }
      let body: string;
      try {
        body = await this.#body(response.body, init.readBody ?? true);
      } catch (error) {
        return fail(this.#explain(error, deadline));
      }
      const timeMs = performance.now() - started;
      return {
        ok: true,
        response: { url: redactUrl(url), status: response.statusCode, headers, body, timeMs },
        redirects: chain.hops,
      };
    }
  }

  /** Refuses URLs no probe may fetch: other schemes, and link-local addresses written as literals (DNS names are checked in the lookup). */
  #refuse(url: URL): HttpFailure | undefined {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return failure('SHIPGATE_BAD_REDIRECT', `${url.protocol} URLs are not followed`);
    }
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (!this.#options.allowLinkLocal && net.isIP(host) && isLinkLocal(host)) {
      return failure('SHIPGATE_LINK_LOCAL', host);
    }
    return undefined;
  }

  /** The body as text, at most `maxBodyBytes` of it; or drained, and '', when it is not read. */
  async #body(stream: Dispatcher.ResponseData['body'], read: boolean): Promise<string> {
    if (!read) {
      await stream.dump({ limit: this.#options.maxBodyBytes });
      return '';
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > this.#options.maxBodyBytes) {
        stream.destroy();
        throw Object.assign(new Error(`more than ${this.#options.maxBodyBytes} bytes`), {
          code: 'SHIPGATE_BODY_TOO_LARGE',
        });
      }
      chunks.push(chunk);
    }
    return new TextDecoder().decode(Buffer.concat(chunks));
  }

  #explain(error: unknown, deadline: AbortSignal): HttpFailure {
    if (deadline.aborted) {
      return failure(
        'SHIPGATE_DEADLINE',
        `no complete response within ${this.#options.requestTimeoutMs} ms`,
      );
    }
    return describeError(error);
  }
}
