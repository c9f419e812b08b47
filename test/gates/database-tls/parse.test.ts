import { describe, expect, it } from 'vitest';
import { assessDatabaseUrl } from '../../../src/gates/database-tls/parse.ts';

describe('assessDatabaseUrl', () => {
  const rules = (url: string) => assessDatabaseUrl(url, 'DATABASE_URL').findings.map((f) => f.rule);

  it.each([
    ['postgres://u:p@h/db?sslmode=require', []],
    ['postgresql+psycopg2://u:p@h/db?sslmode=verify-ca', []],
    ['postgres://u:p@h/db?sslmode=disable', ['tls-not-required']],
    ['postgres://u:p@h/db?sslmode=allow', ['tls-not-required']],
    ['postgres://u:p@h/db', ['tls-not-required']],
    ['mysql://u:p@h/db?ssl-mode=REQUIRED', []],
    ['mysql://u:p@h/db?ssl_mode=VERIFY_IDENTITY', []],
    ['mariadb://u:p@h/db?ssl=true', []],
    ['mysql://u:p@h/db?ssl_ca=/etc/ssl/ca.pem', []],
    ['mysql2://u:p@h/db?ssl-mode=PREFERRED', ['tls-not-required']],
    ['mysql://u:p@h/db', ['tls-not-required']],
    ['spatialite:///db.sqlite', ['sqlite']],
    ['redis://h:6379', ['unknown-scheme']],
    ['host=db.example.com sslmode=require', ['invalid-url']],
    ['', ['invalid-url']],
  ])('%s → %j', (url, expected) => {
    expect(rules(url)).toEqual(expected);
  });

  it.each([
    ['postgres://ci:ci_pass_123@localhost:5432/test', 'localhost'],
    ['postgres://u:p@LOCALHOST/db?sslmode=disable', 'LOCALHOST'],
    ['postgresql://u:p@127.0.0.2/db', '127.0.0.2'],
    ['postgres://u:p@[::1]:5432/db', '[::1]'],
    ['postgres://u:p@[::ffff:127.0.0.1]/db', '[::ffff:7f00:1]'],
    ['postgres:///db?host=/var/run/postgresql', 'the Unix socket /var/run/postgresql'],
    ['postgres://%2Fvar%2Frun%2Fpostgresql/db', 'the Unix socket /var/run/postgresql'],
    ['mysql://u:p@localhost/db', 'localhost'],
  ])('passes %s: TLS protects nothing on this machine', (url, where) => {
    expect(assessDatabaseUrl(url, 'DATABASE_URL')).toMatchObject({
      findings: [],
      verdict: `not encrypted, but ${where} is on this machine, where TLS protects nothing`,
    });
  });

  it.each([
    'postgres://u:p@localhost.example.com/db',
    'postgres://u:p@127.0.0.1.nip.io/db',
    'postgres://u:p@10.0.0.5/db',
    'postgres://u:p@localhost/db?host=db.internal',
    // No host: libpq takes PGHOST, which can name any machine.
    'postgres:///db',
    'mysql://u:p@db.internal/db',
  ])('judges %s as it judges a remote host', (url) => {
    expect(rules(url)).toEqual(['tls-not-required']);
  });

  it('says how TLS is required on this machine too, when the URL requires it', () => {
    expect(
      assessDatabaseUrl('postgres://u:p@localhost/db?sslmode=verify-full', 'DATABASE_URL'),
    ).toMatchObject({ findings: [], verdict: 'sslmode=verify-full' });
  });

  it('masks a password passed as a query parameter and never shows it', () => {
    const assessment = assessDatabaseUrl(
      'postgres://h/db?user=crm&password=s3cret',
      'DATABASE_URL',
    );
    expect(assessment.secrets).toContain('s3cret');
    expect(JSON.stringify(assessment.findings)).not.toContain('s3cret');
    expect(assessment.display).toBe('postgres://h/db');
  });
});
