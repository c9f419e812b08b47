import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gatesSchema, type GateOptions } from '../../../src/config/schema.ts';
import { run } from '../../../src/gates/headers-config/run.ts';
import { readConfigHeaders } from '../../../src/gates/headers-config/parse.ts';
import { testContext } from '../../support/context.ts';

const repo = path.resolve(import.meta.dirname, '../../..');
const frontend = 'examples/crm/frontend';
const options = gatesSchema.parse({ 'headers-config': true })[
  'headers-config'
] as GateOptions<'headers-config'>;
const temps: string[] = [];

async function project(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'shipgate-headers-'));
  temps.push(root);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), text);
  }
  return root;
}
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const rules = (findings: { rule: string; file?: string; line?: number }[] | undefined) =>
  findings?.map((f) => `${f.rule} ${f.file}:${f.line}`);

describe('headers-config gate', () => {
  it('finds the fixture’s defeated CSP and missing Referrer-Policy, at the lines that set them', async () => {
    const outcome = await run({ options, dir: frontend, stacks: {} }, testContext({ root: repo }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe('1 high, 2 low (fail-on: high); 3 config files read');
    expect(rules(outcome.findings)).toEqual([
      `csp/unsafe-inline ${frontend}/next.config.mjs:21`,
      `csp/without-frame-ancestors ${frontend}/next.config.mjs:21`,
      `referrer-policy-not-implemented ${frontend}/next.config.mjs:16`,
    ]);
    expect(outcome.findings?.[0]).toMatchObject({ severity: 'high', column: 13 });
  });

  it('passes a nonce-based CSP set in middleware, with the rest in vercel.json', async () => {
    const root = await project({
      'middleware.ts': [
        'export function middleware(request: Request) {',
        '  const nonce = crypto.randomUUID();',
        "  const csp = `default-src 'self'; script-src 'self' 'nonce-${nonce}' 'strict-dynamic' 'unsafe-inline'; frame-ancestors 'none'`;",
        '  const response = NextResponse.next();',
        "  response.headers.set('Content-Security-Policy', csp.replace(/\\s{2,}/g, ' ').trim());",
        '  return response;',
        '}',
      ].join('\n'),
      'vercel.json': JSON.stringify(
        {
          headers: [
            {
              source: '/(.*)',
              headers: [
                { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
                { key: 'X-Content-Type-Options', value: 'nosniff' },
                { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
              ],
            },
          ],
        },
        null,
        2,
      ),
    });
    const outcome = await run({ options, dir: '.', stacks: {} }, testContext({ root }));
    expect(outcome.findings).toEqual([]);
    expect(outcome.status).toBe('pass');
  });

  it('points missing headers at the config line where headers are (or should be) set', async () => {
    const root = await project({
      'next.config.js': 'module.exports = {\n  poweredByHeader: false,\n};\n',
      'vercel.json': '{\n  "framework": "nextjs"\n}\n',
    });
    const outcome = await run({ options, dir: '.', stacks: {} }, testContext({ root }));
    expect(outcome.status).toBe('fail');
    expect(rules(outcome.findings)).toEqual([
      'csp-not-implemented next.config.js:1',
      'hsts-not-implemented next.config.js:1',
      'x-frame-options-not-implemented next.config.js:1',
      'x-content-type-options-not-implemented next.config.js:1',
      'referrer-policy-not-implemented next.config.js:1',
    ]);
    // Vercel sends HSTS itself, so its absence from the config only counts as low.
    expect(outcome.findings?.[1]?.severity).toBe('low');
  });

  it('names a header whose value cannot be read without running the config', async () => {
    const root = await project({
      'next.config.mjs': [
        "import { buildCsp } from './csp.mjs';",
        'export default {',
        '  async headers() {',
        "    return [{ source: '/(.*)', headers: [{ key: 'Content-Security-Policy', value: buildCsp() }] }];",
        '  },',
        '};',
      ].join('\n'),
    });
    const outcome = await run({ options, dir: '.', stacks: {} }, testContext({ root }));
    expect(outcome.findings?.[0]).toEqual({
      rule: 'headers-config/not-static',
      severity: 'medium',
      message:
        'Cannot check this header: the value of Content-Security-Policy is computed at run time, and Shipgate reads the config without running it.',
      hint: 'Set security headers from string literals or top-level constants, or check them after deploy with the headers probe.',
      file: 'next.config.mjs',
      line: 4,
      column: 44,
    });
    // The CSP is set, just unreadable: it is not also reported missing; the others are.
    expect(rules(outcome.findings)).toEqual([
      'headers-config/not-static next.config.mjs:4',
      'hsts-not-implemented next.config.mjs:3',
      'x-frame-options-not-implemented next.config.mjs:3',
      'x-content-type-options-not-implemented next.config.mjs:3',
      'referrer-policy-not-implemented next.config.mjs:3',
    ]);
  });

  it('skips a project with no header config at all', async () => {
    const root = await project({ 'package.json': '{}' });
    const outcome = await run({ options, dir: '.', stacks: {} }, testContext({ root }));
    expect(outcome).toEqual({
      status: 'skip',
      summary: 'nothing to read: no next.config.*, vercel.json or middleware in .',
    });
  });
});

describe('readConfigHeaders (static reading, never running the config)', () => {
  it('reads concatenation, joins, consts, `as const`, header-named keys and escapes', () => {
    const source = [
      'const self = "\'self\'";',
      "const parts = [`default-src ${'x'}`, 'script-src ' + self] as const;",
      'export const config = {',
      "  'X-Frame-Options': 'SAME\\u004fRIGIN', // comment with 'quotes'",
      '  /* value: "no" */',
      "  nested: { key: 'Content-Security-Policy', value: parts.join('; ') },",
      '};',
      'const ratio = a / b / c; // a division, not a regex',
      "headers.append('Referrer-Policy', 'no-referrer')",
    ].join('\n');
    expect(readConfigHeaders('x.ts', source)).toEqual({
      entries: [
        { name: 'x-frame-options', value: 'SAMEORIGIN', file: 'x.ts', line: 4, column: 3 },
        {
          name: 'content-security-policy',
          value: "default-src ${…}; script-src 'self'",
          file: 'x.ts',
          line: 6,
          column: 13,
        },
        { name: 'referrer-policy', value: 'no-referrer', file: 'x.ts', line: 9, column: 16 },
      ],
      anchorLine: undefined,
      unreadable: [],
    });
  });

  it('survives garbage and unterminated input without throwing or hanging', () => {
    for (const text of [
      '{ key: ',
      '{{{{ [[[ (((',
      '`${`',
      "'abc",
      '/[/',
      '{ a: b) } ] }',
      '\u0000\ufffd',
      '{ key: x, value: [a}',
    ]) {
      expect(() => readConfigHeaders('f.js', text)).not.toThrow();
    }
    expect(readConfigHeaders('f.js', "{ key: name, value: 'x' }").unreadable).toEqual([
      { line: 1, column: 3, message: 'a header name here is computed at run time' },
    ]);
  });
});
