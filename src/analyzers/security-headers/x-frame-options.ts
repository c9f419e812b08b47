import { header } from '../../http/client.ts';
import { parseCsp } from '../csp.ts';
import { assess, type HeaderTest } from './assessment.ts';

const RESULTS = {
  'x-frame-options-implemented-via-csp': 5,
  'x-frame-options-sameorigin-or-deny': 5,
  'x-frame-options-allow-from-origin': 0,
  'x-frame-options-not-implemented': -20,
  'x-frame-options-header-invalid': -20,
} as const;

const HINT =
  "Set CSP frame-ancestors 'none' (or 'self'), and X-Frame-Options: DENY for old browsers.";

/** Clickjacking protection: CSP frame-ancestors (preferred) or X-Frame-Options. */
export const xFrameOptionsTest: HeaderTest = (response) => {
  const test = 'x-frame-options';
  const csp = header(response, 'content-security-policy');
  if (csp !== undefined && parseCsp(csp).has('frame-ancestors')) {
    return assess(test, RESULTS, 'x-frame-options-implemented-via-csp');
  }
  const value = header(response, 'x-frame-options')?.trim().toLowerCase();
  if (value === undefined) {
    return assess(test, RESULTS, 'x-frame-options-not-implemented', {
      message:
        'Neither X-Frame-Options nor CSP frame-ancestors protects against framing (clickjacking).',
      hint: HINT,
    });
  }
  if (value === 'deny' || value === 'sameorigin')
    return assess(test, RESULTS, 'x-frame-options-sameorigin-or-deny');
  if (value.startsWith('allow-from '))
    return assess(test, RESULTS, 'x-frame-options-allow-from-origin');
  return assess(test, RESULTS, 'x-frame-options-header-invalid', {
    message: `X-Frame-Options is "${value}", which browsers ignore.`,
    hint: HINT,
  });
};
