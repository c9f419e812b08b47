import type { Assessment } from './assessment.ts';

/**
 * The Django settings that send each header, by the test that judges it: a deployed Django
 * service is fixed there, not by setting the header by hand. The tests themselves say only
 * what to send, since the same tests judge a Next.js config (the headers-config gate).
 */
const DJANGO_SETTINGS: Readonly<Record<string, string>> = {
  'strict-transport-security': 'SECURE_HSTS_SECONDS, SECURE_HSTS_INCLUDE_SUBDOMAINS',
  'x-content-type-options': 'SECURE_CONTENT_TYPE_NOSNIFF = True',
  'x-frame-options': "X_FRAME_OPTIONS = 'DENY'",
  'referrer-policy': "SECURE_REFERRER_POLICY = 'same-origin'",
};

/** The assessment with the Django setting named in every hint of its findings, when there is one. */
export function withDjangoSetting(assessment: Assessment): Assessment {
  const setting = DJANGO_SETTINGS[assessment.test];
  if (!setting) return assessment;
  return {
    ...assessment,
    findings: assessment.findings.map((finding) =>
      finding.hint
        ? { ...finding, hint: `${finding.hint.replace(/\.$/, '')} (Django: ${setting}).` }
        : finding,
    ),
  };
}
