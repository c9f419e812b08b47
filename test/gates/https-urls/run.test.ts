import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gatesSchema, type GateOptions } from '../../../src/config/schema.ts';
import { run } from '../../../src/gates/https-urls/run.ts';
import { Redactor } from '../../../src/util/redact.ts';
import { testContext } from '../../support/context.ts';

const repo = path.resolve(import.meta.dirname, '../../..');
const frontend = 'examples/crm/frontend';
const options = (settings: object = {}) =>
  gatesSchema.parse({ 'https-urls': settings })['https-urls'] as GateOptions<'https-urls'>;

describe('https-urls gate', () => {
  it('flags the fixture’s http:// API URL at its line, and NEXT_PUBLIC_* variables from the environment', async () => {
    const context = testContext({
      root: repo,
      env: {
        NEXT_PUBLIC_CDN_URL: 'http://cdn.example.com',
        NEXT_PUBLIC_DEV_URL: 'http://localhost:3000',
        PATH: '/bin',
      },
    });
    const outcome = await run({ options: options(), dir: frontend, stacks: {} }, context);
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      '2 high (fail-on: high); read .env.production, next.config.mjs, vercel.json; 2 NEXT_PUBLIC_* variables',
    );
    expect(
      outcome.findings?.map(({ rule, message, file, line, column }) => ({
        rule,
        message,
        file,
        line,
        column,
      })),
    ).toEqual([
      {
        rule: 'https-urls/plain-http',
        message: 'NEXT_PUBLIC_API_URL is http://api.crm.example.com, which is not HTTPS.',
        file: `${frontend}/.env.production`,
        line: 3,
        column: 21,
      },
      {
        rule: 'https-urls/plain-http',
        message: 'NEXT_PUBLIC_CDN_URL is http://cdn.example.com, which is not HTTPS.',
        file: undefined,
        line: undefined,
        column: undefined,
      },
    ]);
  });

  it('passes https and loopback URLs, and says which files were not found', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'shipgate-urls-'));
    try {
      await writeFile(
        path.join(root, '.env.production'),
        'API_URL=https://api.example.com\nDEV=http://127.0.0.1:8000\n',
      );
      const outcome = await run(
        { options: options({ files: ['.env.production', '.env.staging'] }), dir: '.', stacks: {} },
        testContext({ root }),
      );
      expect(outcome).toMatchObject({
        status: 'pass',
        summary: 'no findings; read .env.production; not found: .env.staging',
        findings: [],
        failOn: 'high',
      });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
  it('reads an env file saved with CRLF line ends and a BOM at the right line and column', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'shipgate-urls-'));
    try {
      await writeFile(
        path.join(root, '.env.production'),
        '\uFEFF# api\r\nNEXT_PUBLIC_API_URL=http://api.example.com\r\nOK=https://x.example\r\n',
      );
      const outcome = await run(
        { options: options(), dir: '.', stacks: {} },
        testContext({ root }),
      );
      expect(outcome.findings?.map((f) => [f.message, f.file, f.line, f.column])).toEqual([
        [
          'NEXT_PUBLIC_API_URL is http://api.example.com, which is not HTTPS.',
          '.env.production',
          2,
          21,
        ],
      ]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('masks a real URL password everywhere, but not a placeholder, whose word other messages use', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'shipgate-urls-'));
    try {
      await writeFile(
        path.join(root, '.env.production'),
        [
          'API_URL=https://user:password@api.example.com',
          'TEMPLATE_URL=https://user:changeme@api.example.com',
          'REFERENCE_URL=https://user:${DB_PASSWORD}@api.example.com',
          'FILLER_URL=https://user:xxxx@api.example.com',
          'REAL_URL=https://user:s3cr3t-Xy9q2LmP@api.example.com',
          '',
        ].join('\n'),
      );
      const redactor = new Redactor();
      const outcome = await run(
        { options: options(), dir: '.', stacks: {} },
        testContext({ root, maskSecret: (value) => void redactor.add(value) }),
      );
      expect(outcome.status).toBe('pass');
      const report =
        'B105: Possible hardcoded password; changeme before release; ${DB_PASSWORD} unset; xxxx';
      expect(redactor.text(report)).toBe(report);
      expect(redactor.text('login failed with s3cr3t-Xy9q2LmP')).toBe('login failed with ***');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
