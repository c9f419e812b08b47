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

  it('points missing headers at the config object itself, and says to send them from headers()', async () => {
    const root = await project({
      'next.config.js': [
        "const withBundleAnalyzer = require('@next/bundle-analyzer')();",
        '',
        '/** @type {import("next").NextConfig} */',
        'const nextConfig = {',
        '  reactStrictMode: true,',
        '};',
        '',
        'module.exports = withBundleAnalyzer(nextConfig);',
        '',
      ].join('\n'),
    });
    const outcome = await run({ options, dir: '.', stacks: {} }, testContext({ root }));
    expect(new Set(outcome.findings?.map((f) => `${f.file}:${f.line}`))).toEqual(
      new Set(['next.config.js:4']),
    );
    const hsts = outcome.findings?.find((f) => f.rule === 'hsts-not-implemented');
    expect(hsts?.hint).toBe(
      "Set Strict-Transport-Security: max-age=63072000; includeSubDomains. Send it from headers() in next.config.js, for the source '/(.*)'.",
    );
    // The gate reads a Next.js config: no finding tells it to change a Django setting.
    expect(outcome.findings?.filter((f) => f.hint?.includes('Django'))).toEqual([]);
  });

  it('finds an exported default config object where it is written', () => {
    const text =
      "import type { NextConfig } from 'next';\n\nexport default {\n  output: 'standalone',\n} satisfies NextConfig;\n";
    expect(readConfigHeaders('next.config.ts', text).anchorLine).toBe(3);
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
      hint: 'Set security headers from string literals or constants, or check them after deploy with the headers probe.',
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

  it('reports headers it cannot read once, as not static, and none of them as missing', async () => {
    const root = await project({
      'next.config.js': [
        'module.exports = {',
        '  reactStrictMode: true,',
        '  async headers() {',
        "    return [{ source: '/(.*)', headers: require('./headers') }];",
        '  },',
        '};',
      ].join('\n'),
      'headers.js': "module.exports = [{ key: 'X-Frame-Options', value: 'DENY' }];",
    });
    const outcome = await run({ options, dir: '.', stacks: {} }, testContext({ root }));
    expect(outcome.findings).toEqual([
      {
        rule: 'headers-config/not-static',
        severity: 'medium',
        message:
          'Cannot check which headers are set here: the headers of a route here are computed at run time, and Shipgate reads the config without running it, so no header is reported missing.',
        hint: 'Set security headers from string literals or constants, or check them after deploy with the headers probe.',
        file: 'next.config.js',
        line: 4,
        column: 41,
      },
    ]);
    expect(outcome.status).toBe('warn');
  });

  it('does not call a header missing when a config file does not parse', async () => {
    const root = await project({
      'next.config.mjs': 'export default { async headers() { return [ };',
      'middleware.ts':
        "export const middleware = () => { response.headers.set('X-Frame-Options', 'DENY'); };",
    });
    const outcome = await run({ options, dir: '.', stacks: {} }, testContext({ root }));
    expect(rules(outcome.findings)).toEqual(['headers-config/unparsable next.config.mjs:1']);
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

describe('readConfigHeaders (parsed, never run)', () => {
  const entry = (
    name: string,
    value: string | undefined,
    file: string,
    line: number,
    column: number,
  ) => ({
    name,
    value,
    file,
    line,
    column,
  });

  it('reads what headers() returns in a TypeScript config: consts, spreads, joins, templates, types', () => {
    const source = [
      "import type { NextConfig } from 'next';",
      'const maxAge = 63072000;',
      'const self = "\'self\'";',
      "const csp = [`default-src ${self}`, 'script-src ' + self, \"frame-ancestors 'none'\"] as const;",
      'const shared: { key: string; value: string }[] = [',
      "  { key: 'Strict-Transport-Security', value: `max-age=${maxAge}; includeSubDomains` },",
      '];',
      'const nextConfig = {',
      '  async headers() {',
      '    const routes = [',
      "      { source: '/(.*)', headers: [...shared, { key: 'Content-Security-Policy', value: csp.join('; ') }] },",
      "      { source: '/embed', headers: [{ key: 'X-Frame-Options', value: 'SAME\\u004fRIGIN' }] },",
      '    ];',
      '    return routes;',
      '  },',
      '} satisfies NextConfig;',
      'export default nextConfig;',
    ].join('\n');
    expect(readConfigHeaders('next.config.ts', source)).toEqual({
      entries: [
        entry(
          'strict-transport-security',
          'max-age=63072000; includeSubDomains',
          'next.config.ts',
          6,
          5,
        ),
        entry(
          'content-security-policy',
          "default-src 'self'; script-src 'self'; frame-ancestors 'none'",
          'next.config.ts',
          11,
          49,
        ),
        entry('x-frame-options', 'SAMEORIGIN', 'next.config.ts', 12, 39),
      ],
      anchorLine: 9,
      unreadable: [],
    });
  });

  it('does not read a redirect’s or rewrite’s `has` condition as a header the site sends', () => {
    const source = [
      'module.exports = {',
      '  async redirects() {',
      "    return [{ source: '/old', destination: '/new', permanent: true,",
      "      has: [{ type: 'header', key: 'x-frame-options', value: 'ALLOWALL' }] }];",
      '  },',
      '  async headers() {',
      "    return [{ source: '/(.*)', has: [{ type: 'header', key: 'x-legacy', value: '1' }],",
      "      headers: [{ key: 'X-Frame-Options', value: 'DENY' }] }];",
      '  },',
      '};',
    ].join('\n');
    expect(readConfigHeaders('next.config.js', source).entries).toEqual([
      entry('x-frame-options', 'DENY', 'next.config.js', 8, 19),
    ]);
  });

  it('reads vercel.json as JSON: its headers only, with lines; invalid JSON is a parse failure', () => {
    const vercel = JSON.stringify(
      {
        redirects: [
          {
            source: '/a',
            destination: '/b',
            has: [{ type: 'header', key: 'X-Frame-Options', value: 'x' }],
          },
        ],
        headers: [{ source: '/(.*)', headers: [{ key: 'Referrer-Policy', value: 'no-referrer' }] }],
      },
      null,
      2,
    );
    expect(readConfigHeaders('vercel.json', vercel)).toEqual({
      entries: [entry('referrer-policy', 'no-referrer', 'vercel.json', 20, 11)],
      anchorLine: 15,
      unreadable: [],
    });
    expect(readConfigHeaders('vercel.json', '{\n  headers: [],\n}').unreadable).toEqual([
      expect.objectContaining({ kind: 'unparsable', line: 2, column: 3 }),
    ]);
  });

  it('reads headers.set/append in middleware, with a nonce template as a dynamic value', () => {
    const source = [
      'export function middleware(request: NextRequest) {',
      '  const nonce = crypto.randomUUID();',
      '  const response = NextResponse.next();',
      "  response.headers.set('Content-Security-Policy', `script-src 'nonce-${nonce}'`);",
      "  response.headers.append('Referrer-Policy', 'no-referrer');",
      '  return response;',
      '}',
    ].join('\n');
    expect(readConfigHeaders('middleware.ts', source).entries).toEqual([
      entry('content-security-policy', "script-src 'nonce-${…}'", 'middleware.ts', 4, 24),
      entry('referrer-policy', 'no-referrer', 'middleware.ts', 5, 27),
    ]);
  });

  it('does not read the request headers Next.js’s nonce middleware hands on to the app', () => {
    const source = [
      'export function middleware(request: NextRequest) {',
      "  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');",
      "  const cspHeader = `default-src 'self'; script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`;",
      '  const requestHeaders = new Headers(request.headers);',
      "  requestHeaders.set('x-nonce', nonce);",
      "  requestHeaders.set('Content-Security-Policy', cspHeader);",
      "  request.headers.set('x-forwarded-nonce', nonce);",
      '  const response = NextResponse.next({ request: { headers: requestHeaders } });',
      "  response.headers.set('Content-Security-Policy', cspHeader);",
      '  return NextResponse.rewrite(url, { request: { headers: request.headers } }) ?? response;',
      '}',
    ].join('\n');
    expect(readConfigHeaders('middleware.ts', source)).toEqual({
      entries: [
        entry(
          'content-security-policy',
          "default-src 'self'; script-src 'self' 'nonce-${…}' 'strict-dynamic'",
          'middleware.ts',
          9,
          24,
        ),
      ],
      anchorLine: 9,
      unreadable: [],
    });
  });

  it('names what it cannot read: computed routes, names and values, and a shadowed constant', () => {
    const source = [
      'const csp = "default-src \'self\'";',
      'const name = process.env.HEADER;',
      'module.exports = {',
      '  headers: async () => buildRoutes(),',
      '  async rewrites() { return []; },',
      '};',
      'module.exports.other = {',
      '  headers: (csp) => [{ source: "/", headers: [{ key: name, value: "x" }, { key: "Content-Security-Policy", value: csp }] }],',
      '};',
    ].join('\n');
    expect(readConfigHeaders('next.config.js', source)).toEqual({
      entries: [entry('content-security-policy', undefined, 'next.config.js', 8, 76)],
      anchorLine: 4,
      unreadable: [
        {
          kind: 'not-static',
          hides: 'headers',
          line: 4,
          column: 24,
          message: 'the routes here are computed at run time',
        },
        {
          kind: 'not-static',
          hides: 'headers',
          line: 8,
          column: 49,
          message: 'a header name here is computed at run time',
        },
        {
          kind: 'not-static',
          hides: 'value',
          line: 8,
          column: 76,
          message: 'the value of Content-Security-Policy is computed at run time',
        },
      ],
    });
  });

  it('stops building once a file has worked on 64 MiB of text, as too large, not out of memory', () => {
    // A 0.9 MiB constant through ten regex replaces, reached from twenty templates at twenty
    // depths: within the size cap at every step, but 9 s and past 512 MB before the budget.
    const lines = ["const a0 = 'abcdefg';"];
    for (let i = 1; i <= 17; i++) lines.push(`const a${i} = a${i - 1} + a${i - 1};`);
    const replaces = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'a', 'b', 'c']
      .map((letter) => `.replace(/${letter}/g, '${letter}')`)
      .join('');
    lines.push(`const r0 = a17${replaces};`, "const t0 = 'x';");
    for (let i = 1; i <= 20; i++) {
      lines.push(
        `const t${i} = \`\${t${i - 1}}\${r0.length ? t${i - 1} : r0}\`.slice(0, 1) + r0.slice(0, 1);`,
      );
    }
    lines.push(
      "module.exports = { async headers() { return [{ source: '/(.*)', headers: [{ key: 'Content-Security-Policy', value: t20 }] }]; } };",
    );
    const read = readConfigHeaders('next.config.js', lines.join('\n'));
    expect(read.unreadable.map((u) => u.message)).toEqual([
      'the value of Content-Security-Policy is too large to read (over 1 MiB, or built from over 64 MiB of text)',
    ]);
  });

  it('calls a value doubled 40 times too large to read, beside one built from constants', () => {
    // Once a hang: each doubling was evaluated once per path to it, 2^40 paths in all.
    const lines = ['const a0 = "x";'];
    for (let i = 1; i <= 40; i++) lines.push(`const a${i} = a${i - 1} + a${i - 1};`);
    const source = [
      ...lines,
      'const base = "default-src \'self\'";',
      'const csp = base + "; img-src *";',
      'module.exports = {',
      '  async headers() {',
      '    return [',
      "      { source: '/', headers: [{ key: 'Content-Security-Policy', value: csp }] },",
      "      { source: '/big', headers: [{ key: 'Content-Security-Policy', value: a40 }] },",
      '    ];',
      '  },',
      '};',
    ].join('\n');
    expect(readConfigHeaders('next.config.js', source)).toEqual({
      entries: [
        entry('content-security-policy', "default-src 'self'; img-src *", 'next.config.js', 47, 34),
        entry('content-security-policy', undefined, 'next.config.js', 48, 37),
      ],
      anchorLine: 45,
      unreadable: [
        {
          kind: 'not-static',
          hides: 'value',
          line: 48,
          column: 37,
          message:
            'the value of Content-Security-Policy is too large to read (over 1 MiB, or built from over 64 MiB of text)',
        },
      ],
    });
  });

  it('survives garbage without throwing, reporting where the file stops parsing', () => {
    for (const text of [
      '{ key: ',
      '{{{{ [[[ (((',
      '`${`',
      "'abc",
      '/[/',
      '{ a: b) } ] }',
      '\u0000\ufffd',
    ]) {
      const read = readConfigHeaders('next.config.js', text);
      expect(read.entries).toEqual([]);
      expect(read.unreadable).toEqual([expect.objectContaining({ kind: 'unparsable', line: 1 })]);
    }
  });

  it('reads a 64 KB config of nested objects in one pass, and one nested past the parser’s stack', () => {
    // Once a 12-second hang: the old reader rescanned every object for every brace.
    const deep = `module.exports = ${'{ a: '.repeat(12_000)}1${' }'.repeat(12_000)};`;
    expect(deep.length).toBeGreaterThan(64_000);
    expect(readConfigHeaders('next.config.js', deep).unreadable).toEqual([
      {
        kind: 'unparsable',
        hides: 'headers',
        line: 1,
        column: 1,
        message: 'it nests deeper than Shipgate reads',
      },
    ]);
    const routes = Array.from(
      { length: 1_000 },
      (_, i) => `{ source: '/r${i}', headers: [{ key: 'X-Frame-Options', value: 'DENY' }] }`,
    );
    const wide = `module.exports = { async headers() { return [${routes.join(',\n')}]; } };`;
    expect(wide.length).toBeGreaterThan(64_000);
    expect(readConfigHeaders('next.config.js', wide).entries).toHaveLength(1_000);
  });
});
