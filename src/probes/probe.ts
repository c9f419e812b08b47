import type { ProbeOf, ProbeType } from '../config/post-schema.ts';
import type { CheckContext, CheckOutcome } from '../engine/check.ts';
import type { HttpClient } from '../http/client.ts';
import type { HttpFailure } from '../http/errors.ts';
import { redactUrl } from '../http/redact.ts';
import type { Finding } from '../report/model.ts';
import { atLeast } from '../report/verdict.ts';
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

/** Medium or worse: what fails a probe, where low and info only warn. */
export const hasSerious = (findings: readonly Finding[]): boolean =>
  findings.some((f) => atLeast(f.severity, 'medium'));

/** Pass when there are no findings, else fail (or warn when every finding is low or info). */
export function outcomeOf(
  findings: Finding[],
  summary: string,
  metrics: Record<string, number> = {},
): CheckOutcome {
  const status = findings.length === 0 ? 'pass' : hasSerious(findings) ? 'fail' : 'warn';
  return { status, summary, findings, metrics };
}
