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
