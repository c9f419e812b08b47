import { header } from '../../http/client.ts';
import { advice, assess, type HeaderTest } from './assessment.ts';

/** MDN Observatory (algorithm 6) modifiers; "preloaded" (+5) needs the preload list, so it is never awarded here. */
const RESULTS = {
  'hsts-implemented-max-age-at-least-six-months': 0,
  'hsts-implemented-max-age-less-than-six-months': -10,
  'hsts-not-implemented': -20,
  'hsts-header-invalid': -20,
  'hsts-not-implemented-no-https': -20,
} as const;

/** Observatory's six-month line (RELIABILITY.md §2.1). */
const SIX_MONTHS_S = 15_552_000;
const OWASP = 'Strict-Transport-Security: max-age=63072000; includeSubDomains';

/** Strict-Transport-Security: present on HTTPS, at least six months, includeSubDomains advised. */
export const hstsTest: HeaderTest = (response) => {
  const test = 'strict-transport-security';
  if (new URL(response.url).protocol !== 'https:') {
    return assess(test, RESULTS, 'hsts-not-implemented-no-https', {
      message: 'The page is served over plain HTTP, so HSTS cannot apply.',
      hint: `Serve it over HTTPS and send ${OWASP}.`,
    });
  }
  const value = header(response, 'strict-transport-security');
  if (value === undefined) {
    return assess(test, RESULTS, 'hsts-not-implemented', {
      message: 'Strict-Transport-Security is missing.',
      hint: `Set ${OWASP}.`,
    });
  }
  // Sent twice (a comma once joined), the Observatory counts it invalid, as it does a header
  // without max-age: browsers may take either copy.
  const directives = value.split(';').map((part) => part.trim().toLowerCase());
  const maxAge = directives.map((d) => /^max-age\s*=\s*"?(\d+)"?$/.exec(d)?.[1]).find(Boolean);
  if (maxAge === undefined || value.includes(',')) {
    return assess(test, RESULTS, 'hsts-header-invalid', {
      message: value.includes(',')
        ? `Strict-Transport-Security is sent more than once: "${value}".`
        : `Strict-Transport-Security has no valid max-age: "${value}".`,
      hint: `Set ${OWASP}.`,
    });
  }
  const result =
    Number(maxAge) >= SIX_MONTHS_S
      ? assess(test, RESULTS, 'hsts-implemented-max-age-at-least-six-months')
      : assess(test, RESULTS, 'hsts-implemented-max-age-less-than-six-months', {
          message: `HSTS max-age is ${maxAge} s, under six months (${SIX_MONTHS_S} s).`,
          hint: `Set ${OWASP}.`,
        });
  if (!directives.includes('includesubdomains')) {
    result.findings.push(
      advice(
        'hsts-without-includesubdomains',
        'low',
        'HSTS does not cover subdomains.',
        `Set ${OWASP}.`,
      ),
    );
  }
  return result;
};
