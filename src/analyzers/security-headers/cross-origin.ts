import { parseItem, Token } from 'structured-headers';
import { headerValues } from '../../http/client.ts';
import { assess, type HeaderTest } from './assessment.ts';

/**
 * CORP, COOP and COEP as the Observatory's algorithm 6 scores them (its SCORE_TABLE, checked
 * against its analyzer in test/analyzers/observatory-parity.test.ts): each known value has
 * its modifier, an unknown value costs 5, absence is neutral.
 */
const POLICIES = {
  'cross-origin-resource-policy': {
    prefix: 'corp',
    values: { 'same-origin': 10, 'same-site': 10, 'cross-origin': 0 },
    owasp: 'same-origin',
  },
  'cross-origin-opener-policy': {
    prefix: 'coop',
    values: {
      'same-origin': 10,
      'same-origin-allow-popups': 10,
      'noopener-allow-popups': 10,
      'unsafe-none': 0,
    },
    owasp: 'same-origin',
  },
  'cross-origin-embedder-policy': {
    prefix: 'coep',
    values: { 'require-corp': 10, credentialless: 10, 'unsafe-none': 0 },
    owasp: 'require-corp',
  },
} as const;

const MISSING = 0;
const INVALID = -5;

/**
 * The policy a header names. COOP and COEP are structured-field items (HTML standard): a
 * value that does not parse, is not a token, or is sent twice is ignored by browsers, and
 * parameters (report-to) do not change the policy. CORP is a plain, case-insensitive value.
 */
function policyOf(name: keyof typeof POLICIES, values: readonly string[]): string | undefined {
  if (name === 'cross-origin-resource-policy') return values.join(', ').trim().toLowerCase();
  if (values.length !== 1) return undefined;
  try {
    // Its BareItem type names DOM's BufferSource, which this Node project does not load.
    const [bare] = parseItem(values[0]!.trim()) as readonly unknown[];
    return bare instanceof Token ? bare.toString() : undefined;
  } catch {
    return undefined;
  }
}

const crossOriginTest =
  (name: keyof typeof POLICIES): HeaderTest =>
  (response) => {
    const { prefix, values, owasp } = POLICIES[name];
    const sent = headerValues(response, name);
    const table: Record<string, number> = {
      [`${prefix}-not-implemented`]: MISSING,
      [`${prefix}-header-invalid`]: INVALID,
      ...Object.fromEntries(
        Object.entries(values).map(([value, modifier]) => [
          `${prefix}-implemented-with-${value}`,
          modifier,
        ]),
      ),
    };
    if (sent.length === 0) return assess<string>(name, table, `${prefix}-not-implemented`);
    const policy = policyOf(name, sent);
    if (policy !== undefined && Object.hasOwn(values, policy))
      return assess<string>(name, table, `${prefix}-implemented-with-${policy}`);
    return assess<string>(name, table, `${prefix}-header-invalid`, {
      message: `${name} "${sent.join(', ')}" is not a value browsers know.`,
      hint: `Set ${name}: ${owasp}.`,
    });
  };

export const corpTest = crossOriginTest('cross-origin-resource-policy');
export const coopTest = crossOriginTest('cross-origin-opener-policy');
export const coepTest = crossOriginTest('cross-origin-embedder-policy');
