import { failure, type HttpFailure } from './errors.ts';
import { redactUrl } from '../util/redact.ts';

/** One redirect that was followed (URLs with credentials redacted, like every URL in an outcome). */
export interface Hop {
  url: string;
  status: number;
  location: string;
}

export const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 10;

/**
 * The redirects of one exchange, checked hop by hop: a Location that is a URL, no HTTPS→HTTP,
 * no loop, at most 10 hops.
 */
export class RedirectChain {
  readonly hops: Hop[] = [];
  readonly #start: URL;
  readonly #seen: Set<string>;

  constructor(start: URL) {
    this.#start = start;
    this.#seen = new Set([start.href]);
  }

  /** Records the redirect `from` answered with: the URL to follow, or why it is not followed. */
  follow(from: URL, status: number, location: string): URL | HttpFailure {
    let next: URL;
    try {
      next = new URL(location, from);
    } catch {
      return failure('SHIPGATE_BAD_REDIRECT', `Location ${JSON.stringify(location)} is not a URL`);
    }
    this.hops.push({ url: redactUrl(from), status, location: redactUrl(next) });
    if (from.protocol === 'https:' && next.protocol === 'http:') {
      return failure('SHIPGATE_INSECURE_REDIRECT', this.#describe());
    }
    if (this.#seen.has(next.href)) return failure('SHIPGATE_REDIRECT_LOOP', this.#describe());
    if (this.hops.length >= MAX_REDIRECTS) {
      return failure('SHIPGATE_TOO_MANY_REDIRECTS', this.#describe());
    }
    this.#seen.add(next.href);
    return next;
  }

  /** "https://a/ → 302 https://a/login → 302 https://a/" for messages. */
  #describe(): string {
    return [
      redactUrl(this.#start.href),
      ...this.hops.map((hop) => `${hop.status} ${redactUrl(hop.location)}`),
    ].join(' → ');
  }
}
