import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TargetConfig } from '../config/post-schema.ts';
import type { CheckContext } from '../engine/check.ts';
import { HttpClient } from '../http/client.ts';
import { waitUntilReady, type Readiness } from './wait.ts';

/**
 * A target at run time: its resolved base URL, a client factory with its limits and CA,
 * and one readiness wait shared by all of its probes (the first probe to start begins it).
 */
export class Target {
  readonly name: string;
  readonly config: TargetConfig;
  /** Undefined when the target has no `url` and the run has no deployment URL. */
  readonly baseUrl: URL | undefined;
  readonly #waitTimeoutMs: number;
  #readiness: Promise<Readiness> | undefined;
  #waitStarted: number | undefined;

  constructor(config: TargetConfig, waitTimeoutMs: number, deploymentUrl?: string) {
    this.name = config.name;
    this.config = config;
    const url = config.url ?? deploymentUrl;
    this.baseUrl = url === undefined ? undefined : new URL(url);
    this.#waitTimeoutMs = waitTimeoutMs;
  }

  /** `path` resolved against the base URL, keeping a base path such as https://host/app/. */
  url(probePath: string): URL {
    const base = this.baseUrl!;
    return new URL(probePath.replace(/^\//, ''), base.href.endsWith('/') ? base : `${base.href}/`);
  }

  /** A new client with this target's limits; the caller closes it. */
  async client(context: CheckContext, connections?: number): Promise<HttpClient> {
    for (const value of Object.values(this.config.headers)) context.maskSecret(value);
    const c = this.config;
    return new HttpClient({
      connectTimeoutMs: c['connect-timeout'],
      headersTimeoutMs: c['headers-timeout'],
      bodyTimeoutMs: c['body-timeout'],
      requestTimeoutMs: c['request-timeout'],
      maxBodyBytes: c['max-body'],
      allowLinkLocal: c['allow-link-local'],
      headers: c.headers,
      ...(await this.ca(context)),
      ...(connections ? { connections } : {}),
    });
  }

  /** The configured CA file's PEM text, as client/TLS options. */
  async ca(context: CheckContext): Promise<{ ca?: string }> {
    if (!this.config.ca) return {};
    return { ca: await readFile(path.resolve(context.root, this.config.ca), 'utf8') };
  }

  /** What is left of the wait budget since readiness polling began (for the revision probe). */
  remainingWaitMs(): number {
    const started = this.#waitStarted ?? performance.now();
    return Math.max(0, this.#waitTimeoutMs - (performance.now() - started));
  }

  /**
   * Waits (once per target) until its first probe path answers below 500. Runs on its own
   * clock, the wait timeout, so that one probe's cancellation does not fail its siblings.
   */
  ready(context: CheckContext): Promise<Readiness> {
    this.#readiness ??= (async () => {
      this.#waitStarted = performance.now();
      const firstPath = this.config.probes[0]?.path ?? '/';
      const client = await this.client(context);
      try {
        return await waitUntilReady(client, this.url(firstPath), {
          timeoutMs: this.#waitTimeoutMs,
          log: context.log,
        });
      } finally {
        await client.close();
      }
    })();
    return this.#readiness;
  }
}
