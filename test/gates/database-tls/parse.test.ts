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
    ['postgresql:///mydb?host=/var/run/postgresql', 'the Unix socket /var/run/postgresql'],
    ['postgres://%2Fvar%2Frun%2Fpostgresql/db', 'the Unix socket /var/run/postgresql'],
    ['postgres:///mydb', 'the default Unix socket'],
    ['postgresql+psycopg:///mydb?user=crm', 'the default Unix socket'],
    ['postgres://localhost/db?host=/tmp', 'the Unix socket /tmp, localhost'],
    ['postgres:///db?host=/tmp,localhost', 'the Unix socket /tmp, localhost'],
    ['mysql://u:p@localhost/db', 'localhost'],
    ['mysql:///db', 'localhost, the default host'],
    // Credentials or a port beside an empty host, which WHATWG's parser refuses and libpq reads as none.
    ['postgres://user:pass@/mydb', 'the default Unix socket'],
    ['postgres://user@/mydb', 'the default Unix socket'],
    ['postgres://u:p@:5433/db', 'the default Unix socket'],
    ['postgres://:5433/db', 'the default Unix socket'],
    [
      'postgres://user:pass@/mydb?host=/cloudsql/project:region:instance',
      'the Unix socket /cloudsql/project:region:instance',
    ],
    ['postgres://user:pass@?host=/tmp', 'the Unix socket /tmp'],
    ['mysql://u:p@/db', 'localhost, the default host'],
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
    'postgres:///mydb?host=db.example.com',
    'postgres://user:pass@/mydb?host=db.example.com',
    'postgres:///db?host=/tmp,db.example.com',
    // Django takes the URL's host over the parameter that libpq prefers.
    'postgres://db.example.com/db?host=/var/run/postgresql',
    // libpq connects to hostaddr, whatever the host says.
    'postgres://u:p@localhost/db?hostaddr=10.0.0.5',
    'mysql://u:p@db.internal/db',
    'mysql:///db?host=db.internal',
  ])('judges %s as it judges a remote host', (url) => {
    expect(rules(url)).toEqual(['tls-not-required']);
  });

  it('takes the job’s PGHOST and PGHOSTADDR where the URL names no host or address', () => {
    const verdict = (url: string, env: { PGHOST?: string; PGHOSTADDR?: string }) => {
      const { findings, verdict } = assessDatabaseUrl(url, 'DATABASE_URL', env);
      return findings.length === 0 ? verdict : findings.map((f) => f.rule);
    };
    const local = (where: string) =>
      `not encrypted, but ${where} is on this machine, where TLS protects nothing`;
    expect(verdict('postgres:///db', { PGHOST: 'db.example.com' })).toEqual(['tls-not-required']);
    expect(verdict('postgres://u:p@/db', { PGHOST: 'db.example.com' })).toEqual([
      'tls-not-required',
    ]);
    expect(verdict('postgres:///db', { PGHOST: '/run/postgresql' })).toBe(
      local('the Unix socket /run/postgresql'),
    );
    expect(verdict('postgres://localhost/db', { PGHOST: 'db.example.com' })).toBe(
      local('localhost'),
    );
    expect(verdict('postgres:///db?host=/tmp', { PGHOST: 'db.example.com' })).toBe(
      local('the Unix socket /tmp'),
    );
    expect(verdict('postgres:///db', { PGHOSTADDR: '10.0.0.5' })).toEqual(['tls-not-required']);
    expect(verdict('postgres:///db?hostaddr=127.0.0.1', { PGHOSTADDR: '10.0.0.5' })).toBe(
      local('127.0.0.1'),
    );
    // MySQL's client library reads no such variable.
    expect(verdict('mysql:///db', { PGHOST: 'db.example.com' })).toBe(
      local('localhost, the default host'),
    );
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

  it('reads the credentials beside an empty host, masks the password and never shows it', () => {
    const url = 'postgres://crm:s3cr%40t-Xy9q@/crm?host=db.example.com';
    const assessment = assessDatabaseUrl(url, 'DATABASE_URL');
    expect(assessment).toMatchObject({
      display: 'postgres://***@/crm',
      secrets: [url, 's3cr%40t-Xy9q', 's3cr@t-Xy9q'],
    });
    expect(JSON.stringify(assessment.findings)).not.toMatch(/s3cr|crm:/);
    expect(assessDatabaseUrl('postgres://u:p@:5433/db', 'DATABASE_URL').display).toBe(
      'postgres://***@:5433/db',
    );
  });

  it('does not name a placeholder password to mask, in the URL or as a parameter', () => {
    for (const url of [
      'postgres://postgres:password@localhost/db',
      'postgres://app:changeme@/db',
      'postgres://app:%24%7BDB_PASSWORD%7D@db.example.com/db',
      'postgres://db.example.com/db?password=xxxx',
    ]) {
      expect(assessDatabaseUrl(url, 'DATABASE_URL').secrets).toEqual([url]);
    }
  });

  it('keeps the URL invalid when its host is not empty but wrong', () => {
    expect(rules('postgres://u:p@h:99999/db')).toEqual(['invalid-url']);
  });
});
