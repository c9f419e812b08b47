import type { ProbeOf, ProbeType } from '../config/post-schema.ts';
import type { CheckContext, CheckOutcome } from '../engine/check.ts';
import type { HttpClient, HttpResponse } from '../http/client.ts';
import type { HttpFailure } from '../http/errors.ts';
import { redactUrl } from '../util/redact.ts';
import type { Finding, Severity } from '../core/model.ts';
import { statusOf } from '../core/severity.ts';
import type { Target } from './target.ts';

/** Everything one probe run gets: its options, the URL it checks, a client, the check context. */
export interface ProbeInput<T extends ProbeType> {
  probe: ProbeOf<T>;
  target: Target;
  url: URL;
  client: HttpClient;
  context: CheckContext;
  /** The commit the deployment should run (revision probe). */
  expectedRevision?: string;
}

/** A probe: one module per type, each exporting one of these. */
export type Probe<T extends ProbeType> = (input: ProbeInput<T>) => Promise<CheckOutcome>;

/** One answer as a probe's judge sees it (the URL already redacted). */
export interface Seen {
  url: string;
  status: number;
  body: string;
}

/** A response as a judge sees it. */
export const seenOf = (response: HttpResponse): Seen => ({
  url: response.url,
  status: response.status,
  body: response.body,
});

/** Attempts for idempotent probe requests: a transient reset or a 503 gets two more tries. */
export const ATTEMPTS = 3;

/** The outcome of a request that produced no response, as a finding naming the URL. */
export function failedRequest(
  url: URL | string,
  failure: HttpFailure,
  rule = failure.tls ? 'tls-error' : 'probe-error',
): CheckOutcome {
  const message = `${redactUrl(url)}: ${failure.message}`;
  return {
    status: 'fail',
    summary: failure.message,
    findings: [{ rule, severity: 'high', message }],
  };
}

/** Pass when there are no findings, fail when one reaches the probe's `fail-on`, else warn. */
export function outcomeOf(
  findings: Finding[],
  failOn: Severity,
  summary: string,
  metrics: Record<string, number> = {},
): CheckOutcome {
  return { status: statusOf(findings, { failOn }), summary, findings, metrics, failOn };
}
