import { describe, expect, it } from 'vitest';
import { cspWeaknesses, effectiveSources, parseCsp } from '../../src/analyzers/csp.ts';

const rules = (header: string) =>
  cspWeaknesses(parseCsp(header)).map((w) => [w.rule, w.severity, w.directive]);

describe('parseCsp', () => {
  it('reads each directive, case-insensitively, with its sources in order', () => {
    expect(parseCsp("Default-Src 'SELF' https://CDN.example.com;  img-src * ;")).toEqual(
      new Map([
        ['default-src', ["'self'", 'https://CDN.example.com']],
        ['img-src', ['*']],
      ]),
    );
  });

  it('lower-cases keywords and bare schemes, never hosts, nonces or hashes', () => {
    expect(
      parseCsp("script-src 'UNSAFE-INLINE' HTTPS: 'nonce-R4nd0m+Q==' Example.com").get(
        'script-src',
      ),
    ).toEqual(["'unsafe-inline'", 'https:', "'nonce-R4nd0m+Q=='", 'Example.com']);
    expect(parseCsp("script-src 'nonce-AbC' 'SHA256-AbC'").get('script-src')).toEqual([
      "'nonce-AbC'",
      "'SHA256-AbC'",
    ]);
  });

  it('keeps the first of two directives with the same name, as browsers do', () => {
    expect(parseCsp("script-src 'self'; script-src *").get('script-src')).toEqual(["'self'"]);
  });

  it('reads a policy without directives as empty', () => {
    expect(parseCsp(' ; ;').size).toBe(0);
  });
});

describe('effectiveSources', () => {
  const policy = parseCsp("default-src 'self'; child-src blob:; frame-ancestors 'none'");

  it('follows the CSP3 fallbacks to the first directive that is set', () => {
    expect(effectiveSources(policy, 'img-src')).toEqual(["'self'"]);
    expect(effectiveSources(policy, 'worker-src')).toEqual(['blob:']);
    expect(effectiveSources(policy, 'frame-ancestors')).toEqual(["'none'"]);
  });

  it('is undefined for a directive without a fallback that is not set', () => {
    expect(effectiveSources(policy, 'base-uri')).toBeUndefined();
    expect(effectiveSources(parseCsp('img-src *'), 'script-src')).toBeUndefined();
  });
});

describe('cspWeaknesses', () => {
  it('finds nothing in a policy that restricts scripts and plugins', () => {
    expect(rules("default-src 'self'; object-src 'none'")).toEqual([]);
  });

  it('reports scripts from anywhere when neither script-src nor default-src is set', () => {
    expect(rules("img-src 'self'")).toEqual([['csp/scripts-unrestricted', 'high', 'script-src']]);
  });

  it("reports 'unsafe-inline' without a nonce or hash, and not with one", () => {
    expect(rules("script-src 'self' 'unsafe-inline'")).toEqual([
      ['csp/unsafe-inline', 'high', 'script-src'],
    ]);
    expect(rules("script-src 'self' 'unsafe-inline' 'sha256-abc='")).toEqual([]);
  });

  it("reports 'unsafe-eval' as medium", () => {
    expect(rules("script-src 'self' 'unsafe-eval'")).toEqual([
      ['csp/unsafe-eval', 'medium', 'script-src'],
    ]);
  });

  it('reports scripts or plugins from any host, naming the directive that allows them', () => {
    expect(rules("default-src https: 'self'")).toEqual([
      ['csp/wildcard-source', 'high', 'default-src'],
      ['csp/wildcard-source', 'high', 'default-src'],
    ]);
    expect(rules("script-src 'self'; object-src data:")).toEqual([
      ['csp/wildcard-source', 'high', 'object-src'],
    ]);
  });

  it('says when the script rule comes from default-src', () => {
    const [weakness] = cspWeaknesses(parseCsp("default-src 'self' 'unsafe-eval'"));
    expect(weakness?.message).toBe(
      "The CSP allows eval(): default-src (no script-src) has 'unsafe-eval'.",
    );
  });
});
