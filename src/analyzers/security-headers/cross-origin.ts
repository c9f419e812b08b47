import { header } from '../../http/client.ts';
import { assess, type HeaderTest } from './assessment.ts';

/**
 * CORP, COOP and COEP share one rule in Observatory algorithm 6 (RELIABILITY.md §2.1):
 * a strict value earns +10, an unknown value costs 5, absence is neutral.
 */
const POLICIES = {
  'cross-origin-resource-policy': {
    strict: ['same-origin', 'same-site'],
    valid: ['same-origin', 'same-site', 'cross-origin'],
    owasp: 'same-origin',
  },
  'cross-origin-opener-policy': {
    strict: ['same-origin'],
    valid: ['same-origin', 'same-origin-allow-popups', 'unsafe-none', 'noopener-allow-popups'],
    owasp: 'same-origin',
  },
  'cross-origin-embedder-policy': {
    strict: ['require-corp', 'credentialless'],
    valid: ['require-corp', 'credentialless', 'unsafe-none'],
    owasp: 'require-corp',
  },
} as const;

const RESULTS = { strict: 10, lax: 0, missing: 0, invalid: -5 } as const;

const crossOriginTest =
  (name: keyof typeof POLICIES): HeaderTest =>
  (response) => {
    const { strict, valid, owasp } = POLICIES[name];
    // Policies may carry parameters (report-to=…); only the token counts.
    const raw = header(response, name);
    const token = raw?.split(';')[0]?.trim().toLowerCase();
    const result =
      token === undefined
        ? 'missing'
        : (strict as readonly string[]).includes(token)
          ? 'strict'
          : (valid as readonly string[]).includes(token)
            ? 'lax'
            : 'invalid';
    const assessed = assess(
      name,
      RESULTS,
      result,
      result === 'invalid'
        ? {
            message: `${name} "${raw}" is not a value browsers know.`,
            hint: `Set ${name}: ${owasp}.`,
          }
        : undefined,
    );
    return { ...assessed, result: `${name}-${result}` };
  };

export const corpTest = crossOriginTest('cross-origin-resource-policy');
export const coopTest = crossOriginTest('cross-origin-opener-policy');
export const coepTest = crossOriginTest('cross-origin-embedder-policy');
