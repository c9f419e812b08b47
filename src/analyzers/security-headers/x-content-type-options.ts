import { header } from '../../http/client.ts';
import { assess, type HeaderTest } from './assessment.ts';

const RESULTS = {
  'x-content-type-options-nosniff': 0,
  'x-content-type-options-not-implemented': -5,
  'x-content-type-options-header-invalid': -5,
} as const;

const HINT = 'Set X-Content-Type-Options: nosniff.';

/** X-Content-Type-Options must be exactly nosniff. */
export const xContentTypeOptionsTest: HeaderTest = (response) => {
  const test = 'x-content-type-options';
  const value = header(response, 'x-content-type-options');
  if (value === undefined) {
    return assess(test, RESULTS, 'x-content-type-options-not-implemented', {
      message: 'X-Content-Type-Options is missing.',
      hint: HINT,
    });
  }
  if (value.trim().toLowerCase() !== 'nosniff') {
    return assess(test, RESULTS, 'x-content-type-options-header-invalid', {
      message: `X-Content-Type-Options is "${value}", not nosniff.`,
      hint: HINT,
    });
  }
  return assess(test, RESULTS, 'x-content-type-options-nosniff');
};
