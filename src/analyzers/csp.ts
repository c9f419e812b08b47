import type { Severity } from '../core/model.ts';

/**
 * Content-Security-Policy parsing and judging, shared by the static headers-config gate and
 * the post-deploy security-headers probe. Pure and total: any header text gives a policy.
 */

/** A parsed policy: directive name (lower-case) → its sources, in order. */
export type CspPolicy = ReadonlyMap<string, readonly string[]>;

/** Keywords ('self') and schemes (https:); not a nonce or a hash, whose case is its value. */
const CASE_INSENSITIVE_SOURCE = /^'(?!nonce-|sha(?:256|384|512)-)[a-z-]+'$|^[a-z][a-z0-9+.-]*:$/i;

/**
 * Parses one serialized policy (CSP3 §2.2.1): directives split on ";", names compared
 * case-insensitively, and the first of two same-named directives wins, as in browsers.
 * Keywords ('self', 'unsafe-inline', …) and bare schemes are lower-cased; hosts, nonces and
 * hashes keep their case. A policy without any directive is empty (size 0): invalid.
 */
export function parseCsp(value: string): CspPolicy {
  const policy = new Map<string, string[]>();
  for (const part of value.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    if (policy.has(key)) continue;
    policy.set(
      key,
      sources.map((s) => (CASE_INSENSITIVE_SOURCE.test(s) ? s.toLowerCase() : s)),
    );
  }
  return policy;
}

/** CSP3 fallback lists: which directive governs a fetch when it is not set itself. */
const FALLBACKS: Readonly<Record<string, readonly string[]>> = {
  'script-src': ['script-src', 'default-src'],
  'script-src-elem': ['script-src-elem', 'script-src', 'default-src'],
  'script-src-attr': ['script-src-attr', 'script-src', 'default-src'],
  'style-src': ['style-src', 'default-src'],
  'style-src-elem': ['style-src-elem', 'style-src', 'default-src'],
  'style-src-attr': ['style-src-attr', 'style-src', 'default-src'],
  'worker-src': ['worker-src', 'child-src', 'script-src', 'default-src'],
  'frame-src': ['frame-src', 'child-src', 'default-src'],
  'child-src': ['child-src', 'default-src'],
  'connect-src': ['connect-src', 'default-src'],
  'font-src': ['font-src', 'default-src'],
  'img-src': ['img-src', 'default-src'],
  'media-src': ['media-src', 'default-src'],
  'manifest-src': ['manifest-src', 'default-src'],
  'object-src': ['object-src', 'default-src'],
};

/**
 * The directive whose sources apply to `directive` (itself, or the first set one of its
 * fallbacks such as default-src). Directives without a fallback (frame-ancestors,
 * base-uri, form-action) govern only themselves. Undefined when nothing restricts it.
 */
function governingDirective(policy: CspPolicy, directive: string): string | undefined {
  return (FALLBACKS[directive] ?? [directive]).find((name) => policy.has(name));
}

/** The sources that apply to `directive`, following the fallbacks; undefined when unrestricted. */
export function effectiveSources(
  policy: CspPolicy,
  directive: string,
): readonly string[] | undefined {
  const governing = governingDirective(policy, directive);
  return governing === undefined ? undefined : policy.get(governing);
}

/** A nonce or hash source: with one, browsers ignore 'unsafe-inline' (CSP3 §6.7.3.3). */
const isNonceOrHash = (source: string): boolean => /^'(nonce|sha256|sha384|sha512)-/i.test(source);

/** The sources in a list that allow any host: `*` and bare schemes such as `https:` or `data:`. */
const broadSources = (sources: readonly string[]): string[] =>
  sources.filter((s) => s === '*' || /^(https?|data|blob|filesystem):$/.test(s));

/** A way a policy fails to stop injected scripts, with the directive it is about. */
export interface CspWeakness {
  rule: string;
  severity: Severity;
  directive: string;
  message: string;
}

/**
 * What makes a policy fail to stop script injection: inline scripts allowed without a nonce
 * or hash, eval allowed, scripts or plugins from any host, or no script restriction at all.
 * An empty list means the policy holds on those points.
 */
export function cspWeaknesses(policy: CspPolicy): CspWeakness[] {
  const weaknesses: CspWeakness[] = [];
  const scriptDirective = governingDirective(policy, 'script-src');
  const script = scriptDirective === undefined ? undefined : policy.get(scriptDirective);
  if (scriptDirective === undefined || script === undefined) {
    weaknesses.push({
      rule: 'csp/scripts-unrestricted',
      severity: 'high',
      directive: 'script-src',
      message:
        'The CSP sets neither script-src nor default-src, so it allows scripts from anywhere.',
    });
  } else {
    const via =
      scriptDirective === 'script-src' ? 'script-src' : `${scriptDirective} (no script-src)`;
    if (script.includes("'unsafe-inline'") && !script.some(isNonceOrHash)) {
      weaknesses.push({
        rule: 'csp/unsafe-inline',
        severity: 'high',
        directive: scriptDirective,
        message: `The CSP allows inline scripts: ${via} has 'unsafe-inline' without a nonce or hash, which defeats its protection against XSS.`,
      });
    }
    if (script.includes("'unsafe-eval'")) {
      weaknesses.push({
        rule: 'csp/unsafe-eval',
        severity: 'medium',
        directive: scriptDirective,
        message: `The CSP allows eval(): ${via} has 'unsafe-eval'.`,
      });
    }
    const broad = broadSources(script);
    if (broad.length) {
      weaknesses.push({
        rule: 'csp/wildcard-source',
        severity: 'high',
        directive: scriptDirective,
        message: `The CSP allows scripts from any host: ${via} has ${broad.join(' ')}.`,
      });
    }
  }
  const objectDirective = governingDirective(policy, 'object-src');
  const broadObjects = broadSources(effectiveSources(policy, 'object-src') ?? []);
  if (objectDirective && broadObjects.length) {
    weaknesses.push({
      rule: 'csp/wildcard-source',
      severity: 'high',
      directive: objectDirective,
      message: `The CSP allows plugins from any host: ${objectDirective} has ${broadObjects.join(' ')}.`,
    });
  }
  return weaknesses;
}
