import { formatDuration } from '../util/duration.ts';
import { parseJson } from '../util/result.ts';
import type { Finding } from '../core/model.ts';
import { statusFinding, subsetMismatches } from './expectations.ts';
import { ATTEMPTS, failedRequest, outcomeOf, type Probe } from './probe.ts';

/** The health endpoint answers with the expected status, JSON subset and body pattern. */
export const healthProbe: Probe<'health'> = async ({ probe, url, client, context }) => {
  const sent = await client.send(url, {
    redirect: 'follow',
    attempts: ATTEMPTS,
    signal: context.signal,
  });
  if (!sent.ok) return failedRequest(url, sent.error);
  const { response } = sent;
  const findings: Finding[] = [];
  const wrongStatus = statusFinding(response, probe.expect.status);
  if (wrongStatus) findings.push(wrongStatus);
  if (probe.expect.json) {
    const parsed = parseJson(response.body);
    const problems = parsed.ok ? subsetMismatches(probe.expect.json, parsed.value) : [parsed.error];
    for (const problem of problems) {
      findings.push({
        rule: 'unexpected-body',
        severity: 'high',
        message: `JSON body: ${problem}`,
      });
    }
  }
  if (probe.expect.body !== undefined && !new RegExp(probe.expect.body).test(response.body)) {
    findings.push({
      rule: 'unexpected-body',
      severity: 'high',
      message: `body does not match /${probe.expect.body}/`,
    });
  }
  const time = formatDuration(response.timeMs);
  const retried = sent.attempts > 1 ? ` (after ${sent.attempts} attempts)` : '';
  return outcomeOf(
    findings,
    probe['fail-on'],
    findings[0]?.message ?? `${response.status} in ${time}${retried}`,
    {
      status: response.status,
      latencyMs: Math.round(response.timeMs),
      attempts: sent.attempts,
    },
  );
};
