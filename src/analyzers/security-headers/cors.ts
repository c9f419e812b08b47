import { header } from '../../http/client.ts';
import { assess, type HeaderTest } from './assessment.ts';

/** The foreign Origin the headers probe sends, as the Observatory does with its own. */
export const PROBE_ORIGIN = 'https://shipgate-probe.invalid';

const RESULTS = {
  'cross-origin-resource-sharing-not-implemented': 0,
  'cross-origin-resource-sharing-implemented-with-public-access': 0,
  'cross-origin-resource-sharing-implemented-with-restricted-access': 0,
  'cross-origin-resource-sharing-implemented-with-universal-access': -50,
} as const;

/** CORS on a request from PROBE_ORIGIN: echoing any origin together with credentials lets any site read the user's data. */
export const corsTest: HeaderTest = (response) => {
  const test = 'cross-origin-resource-sharing';
  const allowOrigin = header(response, 'access-control-allow-origin')?.trim();
  if (allowOrigin === undefined)
    return assess(test, RESULTS, 'cross-origin-resource-sharing-not-implemented');
  if (allowOrigin === '*')
    return assess(test, RESULTS, 'cross-origin-resource-sharing-implemented-with-public-access');
  const credentials =
    header(response, 'access-control-allow-credentials')?.trim().toLowerCase() === 'true';
  if (allowOrigin === PROBE_ORIGIN && credentials) {
    return assess(
      test,
      RESULTS,
      'cross-origin-resource-sharing-implemented-with-universal-access',
      {
        message:
          'Any origin is reflected in Access-Control-Allow-Origin together with Allow-Credentials: true.',
        hint: 'Allow only your front end origins (django-cors-headers: CORS_ALLOWED_ORIGINS, never CORS_ALLOW_ALL_ORIGINS with credentials).',
      },
    );
  }
  return assess(test, RESULTS, 'cross-origin-resource-sharing-implemented-with-restricted-access');
};
