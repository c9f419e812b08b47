import { header } from '../../http/client.ts';
import { advice, type HeaderTest } from './assessment.ts';

/** Headers that announce software and often its version (OWASP headers_remove.json). */
const LEAKY = ['server', 'x-powered-by', 'x-aspnet-version', 'x-aspnetmvc-version', 'x-generator'];

/**
 * Not scored by the Observatory: OWASP advice on what a response gives away (versions) and
 * what it should also send (Permissions-Policy; X-XSS-Protection only as 0).
 */
export const disclosureTest: HeaderTest = (response) => {
  const findings = [];
  for (const name of LEAKY) {
    const value = header(response, name);
    // A bare product name ("nginx", "Vercel") says little; a version helps an attacker pick an exploit.
    if (value !== undefined && (/\d/.test(value) || name !== 'server')) {
      findings.push(
        advice(
          'header-discloses-software',
          'low',
          `${name}: "${value}" discloses the software${/\d/.test(value) ? ' and its version' : ''}.`,
          `Remove the ${name} header (or strip its version).`,
        ),
      );
    }
  }
  if (header(response, 'permissions-policy') === undefined) {
    findings.push(
      advice(
        'permissions-policy-not-implemented',
        'info',
        'Permissions-Policy is missing.',
        'Set Permissions-Policy denying unused features, e.g. camera=(), microphone=(), geolocation=(), payment=().',
      ),
    );
  }
  const xss = header(response, 'x-xss-protection');
  if (xss !== undefined && xss.trim() !== '0') {
    findings.push(
      advice(
        'x-xss-protection-enabled',
        'low',
        `X-XSS-Protection "${xss}" enables a filter that itself leaks data; it is deprecated.`,
        'Set X-XSS-Protection: 0, or drop it and rely on CSP.',
      ),
    );
  }
  return { test: 'disclosure', result: 'disclosure', modifier: 0, findings };
};
