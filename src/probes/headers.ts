import type { Finding } from '../core/model.ts';
import { statusOf } from '../core/severity.ts';
import { ATTEMPTS, failedRequest, type Probe } from './probe.ts';
import { PROBE_ORIGIN } from '../analyzers/security-headers/cors.ts';
import { gradeRank, scoreOf } from '../analyzers/security-headers/grade.ts';
import { analyseHeaders } from '../analyzers/security-headers/index.ts';

/** Statuses the Observatory grades; anything else (an error page) says nothing about the site's headers. */
const GRADABLE = (status: number) =>
  (status >= 200 && status < 400) || status === 401 || status === 403;

/**
 * Security headers graded as MDN HTTP Observatory does for the tests one response can
 * answer; fails below `min-grade`. Sent with a foreign Origin so that a CORS policy that
 * reflects any origin shows itself.
 */
export const headersProbe: Probe<'headers'> = async ({ probe, url, client, context }) => {
  const sent = await client.send(url, {
    redirect: 'follow',
    attempts: ATTEMPTS,
    headers: { origin: PROBE_ORIGIN },
    signal: context.signal,
  });
  if (!sent.ok) return failedRequest(url, sent.error);
  const { response } = sent;
  if (!GRADABLE(response.status)) {
    return {
      status: 'fail',
      summary: `cannot grade: status ${response.status}`,
      findings: [
        {
          rule: 'unexpected-status',
          severity: 'high',
          message: `status ${response.status}: the Observatory grades only 2xx, 3xx, 401 and 403 answers`,
        },
      ],
    };
  }
  const assessments = analyseHeaders(response);
  const { score, grade } = scoreOf(assessments);
  const findings: Finding[] = assessments.flatMap((a) => a.findings);
  const below = gradeRank(grade) > gradeRank(probe['min-grade']);
  return {
    // Below the grade fails; a serious finding above it only warns: the grade is the bar.
    status: below ? 'fail' : statusOf(findings, { warnFrom: probe['warn-on'] }),
    summary: `grade ${grade} (score ${score})${below ? `, below min-grade ${probe['min-grade']}` : ''}`,
    findings,
    metrics: { score },
  };
};
