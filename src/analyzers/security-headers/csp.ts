import { header } from '../../http/client.ts';
import { cspWeaknesses, effectiveSources, parseCsp, type CspPolicy } from '../csp.ts';
import type { Finding } from '../../core/model.ts';
import { advice, type HeaderTest } from './assessment.ts';

/** MDN Observatory (algorithm 6) CSP results and their modifiers. */
const RESULTS = {
  'csp-not-implemented': -25,
  'csp-header-invalid': -25,
  'csp-implemented-with-unsafe-inline': -20,
  'csp-implemented-with-insecure-scheme': -20,
  'csp-implemented-with-unsafe-eval': -10,
  'csp-implemented-with-insecure-scheme-in-passive-content-only': -10,
  'csp-implemented-with-unsafe-inline-in-style-src-only': 0,
  'csp-implemented-with-no-unsafe': 5,
  'csp-implemented-with-no-unsafe-default-src-none': 10,
} as const;
type CspResult = keyof typeof RESULTS;

const OWASP_CSP =
  "Content-Security-Policy: default-src 'self'; form-action 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'; upgrade-insecure-requests";

/** What to set instead, per weakness the shared CSP judge (analyzers/csp.ts) reports. */
const HINTS: Record<string, string> = {
  'csp/scripts-unrestricted': `Set script-src or default-src, e.g. ${OWASP_CSP}.`,
  'csp/unsafe-inline': "Use nonces or hashes ('nonce-…', 'sha256-…') instead of 'unsafe-inline'.",
  'csp/unsafe-eval':
    "Remove 'unsafe-eval' (replace eval/new Function in the app or its libraries).",
  'csp/wildcard-source': "Name the hosts instead of * or a bare scheme, and set object-src 'none'.",
};
/** Weaknesses that let injected script run: the Observatory's "unsafe-inline" result. */
const SCRIPT_INJECTION = new Set([
  'csp/scripts-unrestricted',
  'csp/unsafe-inline',
  'csp/wildcard-source',
]);

const ACTIVE = [
  'default-src',
  'script-src',
  'style-src',
  'object-src',
  'connect-src',
  'frame-src',
  'font-src',
  'worker-src',
  'child-src',
];
const PASSIVE = ['img-src', 'media-src'];
const allowsHttp = (csp: CspPolicy, directives: readonly string[]) =>
  directives.some((d) => csp.get(d)?.some((source) => /^http:/i.test(source)));

/** The Observatory result for a parsed policy: the first row that applies, worst first. */
function resultOf(csp: CspPolicy, weaknesses: readonly string[], https: boolean): CspResult {
  const style = effectiveSources(csp, 'style-src') ?? [];
  const rows: [boolean, CspResult][] = [
    [
      weaknesses.some((rule) => SCRIPT_INJECTION.has(rule)) || !effectiveSources(csp, 'object-src'),
      'csp-implemented-with-unsafe-inline',
    ],
    [https && allowsHttp(csp, ACTIVE), 'csp-implemented-with-insecure-scheme'],
    [weaknesses.includes('csp/unsafe-eval'), 'csp-implemented-with-unsafe-eval'],
    [
      https && allowsHttp(csp, PASSIVE),
      'csp-implemented-with-insecure-scheme-in-passive-content-only',
    ],
    [
      style.includes("'unsafe-inline'") || style.some((s) => /^(\*|https?:|data:)$/.test(s)),
      'csp-implemented-with-unsafe-inline-in-style-src-only',
    ],
    [
      csp.get('default-src')?.join(' ') === "'none'",
      'csp-implemented-with-no-unsafe-default-src-none',
    ],
  ];
  return rows.find(([applies]) => applies)?.[1] ?? 'csp-implemented-with-no-unsafe';
}

/** Advice on what a parsed policy leaves open, beyond the shared judge's weaknesses: each row that applies, in order. */
function policyAdvice(csp: CspPolicy, https: boolean): Finding[] {
  const rows: [applies: boolean, ...advice: Parameters<typeof advice>][] = [
    [
      !effectiveSources(csp, 'object-src'),
      'csp/objects-unrestricted',
      'high',
      'The CSP sets neither object-src nor default-src, so plugins load from anywhere.',
      "Set object-src 'none'.",
    ],
    [
      https && allowsHttp(csp, [...ACTIVE, ...PASSIVE]),
      'csp/insecure-scheme',
      'medium',
      'The CSP lets an HTTPS page load resources over plain http:.',
      'Replace http: sources with https: ones and add upgrade-insecure-requests.',
    ],
    [
      !csp.has('default-src'),
      'csp/without-default-src',
      'medium',
      'The CSP has no default-src, so unlisted resource types load from anywhere.',
      `Start from ${OWASP_CSP}.`,
    ],
    [
      !csp.has('frame-ancestors'),
      'csp/without-frame-ancestors',
      'low',
      'The CSP has no frame-ancestors.',
      "Add frame-ancestors 'none' (or 'self').",
    ],
  ];
  return rows.filter(([applies]) => applies).map(([, ...row]) => advice(...row));
}

/** Content-Security-Policy (report-only policies do not protect and are not read). */
export const cspTest: HeaderTest = (response) => {
  const test = 'content-security-policy';
  const value = header(response, 'content-security-policy');
  const missing = (result: CspResult, message: string) => ({
    test,
    result,
    modifier: RESULTS[result],
    findings: [
      advice(result, 'high', message, `Set ${OWASP_CSP} (then allow what the app needs).`),
    ],
  });
  if (value === undefined)
    return missing('csp-not-implemented', 'Content-Security-Policy is missing.');
  const csp = parseCsp(value);
  if (csp.size === 0)
    return missing('csp-header-invalid', `Content-Security-Policy cannot be parsed: "${value}".`);

  const weaknesses = cspWeaknesses(csp);
  const https = new URL(response.url).protocol === 'https:';
  const findings: Finding[] = [
    ...weaknesses.map((w) => ({
      rule: w.rule,
      severity: w.severity,
      message: w.message,
      hint: HINTS[w.rule] ?? `Start from ${OWASP_CSP}.`,
    })),
    ...policyAdvice(csp, https),
  ];
  const result = resultOf(
    csp,
    weaknesses.map((w) => w.rule),
    https,
  );
  return { test, result, modifier: RESULTS[result], findings };
};
