import type { HttpResponse } from '../../http/client.ts';
import type { Finding, Severity } from '../../core/model.ts';

/** What a header test reads: one recorded response (url, status, headers, body). */
export type RecordedResponse = Pick<HttpResponse, 'url' | 'status' | 'headers' | 'body'>;

/**
 * One test's verdict, MDN HTTP Observatory style: a named result with its score modifier,
 * plus findings that say what to set instead.
 */
export interface Assessment {
  test: string;
  result: string;
  modifier: number;
  findings: Finding[];
}

/** A header test: pure, total, one response in. */
export type HeaderTest = (response: RecordedResponse) => Assessment;

/** Severity follows the weight the Observatory gives the problem. */
export function severityFor(modifier: number): Severity {
  if (modifier <= -20) return 'high';
  if (modifier <= -10) return 'medium';
  if (modifier < 0) return 'low';
  return 'info';
}

/** Builds an assessment from a result and its modifier table; a finding only when `message` is given. */
export function assess<R extends string>(
  test: string,
  table: Readonly<Record<R, number>>,
  result: R,
  problem?: { message: string; hint: string; severity?: Severity },
): Assessment {
  const modifier = table[result];
  return {
    test,
    result,
    modifier,
    findings: problem
      ? [
          {
            rule: result,
            severity: problem.severity ?? severityFor(modifier),
            message: problem.message,
            hint: problem.hint,
          },
        ]
      : [],
  };
}

/** A finding that does not change the score (OWASP advice beyond the Observatory's tests). */
export function advice(rule: string, severity: Severity, message: string, hint: string): Finding {
  return { rule, severity, message, hint };
}
