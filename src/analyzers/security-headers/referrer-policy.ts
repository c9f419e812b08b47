import { header } from '../../http/client.ts';
import { assess, type HeaderTest } from './assessment.ts';

const RESULTS = {
  'referrer-policy-private': 5,
  'referrer-policy-not-implemented': 0,
  'referrer-policy-unsafe': -5,
  'referrer-policy-header-invalid': -5,
} as const;

const PRIVATE = new Set([
  'no-referrer',
  'same-origin',
  'strict-origin',
  'strict-origin-when-cross-origin',
]);
const UNSAFE = new Set([
  'origin',
  'origin-when-cross-origin',
  'unsafe-url',
  'no-referrer-when-downgrade',
]);
const HINT = 'Set Referrer-Policy: no-referrer or strict-origin-when-cross-origin.';

/** Referrer-Policy: browsers take the last value they understand in a comma list. */
export const referrerPolicyTest: HeaderTest = (response) => {
  const test = 'referrer-policy';
  const value = header(response, 'referrer-policy');
  if (value === undefined) return assess(test, RESULTS, 'referrer-policy-not-implemented');
  const known = value
    .split(',')
    .map((token) => token.trim().toLowerCase())
    .filter((token) => PRIVATE.has(token) || UNSAFE.has(token));
  const effective = known.at(-1);
  if (effective === undefined) {
    return assess(test, RESULTS, 'referrer-policy-header-invalid', {
      message: `Referrer-Policy "${value}" is not a policy browsers know.`,
      hint: HINT,
    });
  }
  if (UNSAFE.has(effective)) {
    return assess(test, RESULTS, 'referrer-policy-unsafe', {
      message: `Referrer-Policy ${effective} leaks full URLs to other sites.`,
      hint: HINT,
    });
  }
  return assess(test, RESULTS, 'referrer-policy-private');
};
