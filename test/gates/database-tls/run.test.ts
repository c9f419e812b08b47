import { describe, expect, it } from 'vitest';
import { run } from '../../../src/gates/database-tls/run.ts';
import { Redactor } from '../../../src/util/redact.ts';
import { testContext } from '../../support/context.ts';
import { gateOptions } from '../../support/gate-options.ts';

const gate = async (env: Record<string, string>, variable = 'DATABASE_URL') => {
  const masked: string[] = [];
  const outcome = await run(
    { options: gateOptions('database-tls', { env: variable }), dir: '.', stacks: {} },
    testContext({ root: '/', env, maskSecret: (value) => masked.push(value) }),
  );
  return { outcome, masked };
};

describe('database-tls gate', () => {
  it('passes a PostgreSQL URL that requires TLS, naming no credential', async () => {
    const url = 'postgres://crm:pa%24%24word@db.example.com:5432/crm?sslmode=verify-full';
    const { outcome, masked } = await gate({ DATABASE_URL: url });
    expect(outcome).toMatchObject({
      status: 'pass',
      summary: 'postgres://***@db.example.com:5432/crm: sslmode=verify-full',
    });
    expect(masked).toEqual([url, 'pa%24%24word', 'pa$$word']);
  });

  it('fails a URL that lets the connection fall back to plaintext, without leaking the password', async () => {
    const { outcome } = await gate(
      { DB: 'postgresql://crm:hunter2@db.internal/crm?sslmode=prefer' },
      'DB',
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.findings).toEqual([
      expect.objectContaining({
        rule: 'tls-not-required',
        severity: 'high',
        message:
          'DB (postgresql://***@db.internal/crm) does not require TLS: sslmode=prefer falls back to plaintext',
      }),
    ]);
    expect(JSON.stringify(outcome)).not.toContain('hunter2');
  });

  it('honours PGSSLMODE when the URL names no sslmode, and the URL’s own sslmode over it', async () => {
    const url = 'postgres://crm:hunter2@db.internal/crm';
    expect((await gate({ DATABASE_URL: url, PGSSLMODE: 'require' })).outcome).toMatchObject({
      status: 'pass',
      summary:
        "postgres://***@db.internal/crm: PGSSLMODE=require (encrypted; verify-full would also check the server's name)",
    });
    const weak = await gate({ DATABASE_URL: url, PGSSLMODE: 'prefer' });
    expect(weak.outcome.findings?.map((f) => f.message)).toEqual([
      'DATABASE_URL (postgres://***@db.internal/crm) does not require TLS: no sslmode in the URL, and PGSSLMODE=prefer falls back to plaintext',
    ]);
    const overridden = await gate({
      DATABASE_URL: `${url}?sslmode=disable`,
      PGSSLMODE: 'verify-full',
    });
    expect(overridden.outcome.findings?.map((f) => f.message)).toEqual([
      'DATABASE_URL (postgres://***@db.internal/crm) does not require TLS: sslmode=disable turns it off',
    ]);
    expect((await gate({ DATABASE_URL: url })).outcome.findings?.map((f) => f.message)).toEqual([
      'DATABASE_URL (postgres://***@db.internal/crm) does not require TLS: no sslmode (nor PGSSLMODE), and libpq then falls back to plaintext',
    ]);
  });

  it('passes the database of a CI job on this machine, saying why in the summary', async () => {
    const url = 'postgres://ci:ci_pass_123@localhost:5432/test';
    const { outcome, masked } = await gate({ DATABASE_URL: url });
    expect(outcome).toMatchObject({
      status: 'pass',
      summary:
        'postgres://***@localhost:5432/test: not encrypted, but localhost is on this machine, where TLS protects nothing',
    });
    expect(outcome.findings ?? []).toEqual([]);
    expect(masked).toEqual([url, 'ci_pass_123', 'ci_pass_123']);
  });

  it('passes a URL without a host, which libpq sends to its default socket, unless the job’s PGHOST names another machine', async () => {
    const url = 'postgres:///crm';
    expect((await gate({ DATABASE_URL: url })).outcome).toMatchObject({
      status: 'pass',
      summary:
        'postgres:///crm: not encrypted, but the default Unix socket is on this machine, where TLS protects nothing',
    });
    const remote = await gate({ DATABASE_URL: url, PGHOST: 'db.internal' });
    expect(remote.outcome.status).toBe('fail');
    expect(remote.outcome.findings?.map((f) => f.rule)).toEqual(['tls-not-required']);
  });

  it('passes Cloud SQL’s URL, credentials beside an empty host and the socket in host=, and fails one whose host= is another machine', async () => {
    const url = 'postgres://crm:Xy9q2LmP-s3cr3t@/crm?host=/cloudsql/shop:europe-west1:db';
    const { outcome, masked } = await gate({ DATABASE_URL: url });
    expect(outcome).toMatchObject({
      status: 'pass',
      summary:
        'postgres://***@/crm: not encrypted, but the Unix socket /cloudsql/shop:europe-west1:db is on this machine, where TLS protects nothing',
    });
    expect(masked).toEqual([url, 'Xy9q2LmP-s3cr3t', 'Xy9q2LmP-s3cr3t']);
    const remote = await gate({ DATABASE_URL: 'postgres://crm:Xy9q2LmP@/crm?host=db.internal' });
    expect(remote.outcome.findings?.map((f) => f.message)).toEqual([
      'DATABASE_URL (postgres://***@/crm) does not require TLS: no sslmode (nor PGSSLMODE), and libpq then falls back to plaintext',
    ]);
    expect(JSON.stringify(remote.outcome)).not.toContain('Xy9q2LmP');
  });

  it('masks a real password everywhere, but not a placeholder, whose word other messages use', async () => {
    const redactor = async (url: string) =>
      new Redactor((await gate({ DATABASE_URL: url })).masked);
    const placeholder = await redactor('postgres://postgres:password@localhost/db');
    const report = 'B106: Possible hardcoded password: the password field of the login form';
    expect(placeholder.text(report)).toBe(report);
    const real = await redactor('postgres://postgres:Xy9q2LmP-s3cr3t@/db');
    expect(real.text('auth failed for Xy9q2LmP-s3cr3t; password')).toBe(
      'auth failed for ***; password',
    );
  });

  it('fails when the variable is unset or empty, since the gate was asked for', async () => {
    expect((await gate({})).outcome).toMatchObject({
      status: 'fail',
      findings: [
        expect.objectContaining({
          rule: 'url-unset',
          message: 'DATABASE_URL is not set, so the database connection cannot be checked',
        }),
      ],
    });
    expect((await gate({ DATABASE_URL: ' ' })).outcome.findings?.[0]?.message).toBe(
      'DATABASE_URL is empty, so the database connection cannot be checked',
    );
  });

  it('warns for SQLite and for schemes it cannot judge', async () => {
    expect((await gate({ DATABASE_URL: 'sqlite:///app/db.sqlite3' })).outcome).toMatchObject({
      status: 'warn',
      findings: [expect.objectContaining({ rule: 'sqlite', severity: 'medium' })],
    });
    expect(
      (await gate({ DATABASE_URL: 'mssql://sa:pw@db:1433/crm' })).outcome.findings?.[0]?.rule,
    ).toBe('unknown-scheme');
  });
});
