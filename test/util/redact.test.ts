import { describe, expect, it } from 'vitest';
import {
  credentialSecrets,
  encodedForms,
  Redactor,
  redactText,
  redactUrl,
  runnerTokens,
  urlCredentials,
} from '../../src/util/redact.ts';
import { check, report } from '../github/fixtures.ts';

const SECRET = 'hunter2-prod-9f8e7d6c';

describe('Redactor', () => {
  it('masks a registered value wherever it appears', () => {
    const redactor = new Redactor([SECRET]);
    expect(redactor.text(`password=${SECRET}; again ${SECRET}.`)).toBe('password=***; again ***.');
  });

  it('masks the value URL-encoded, JSON-escaped and base64-encoded at any alignment', () => {
    const value = 'p@ss/w"rd+9f8e7d6c';
    const redactor = new Redactor([value]);
    expect(redactor.text(`url: ${encodeURIComponent(value)}`)).toBe('url: ***');
    expect(redactor.text(JSON.stringify({ value }))).toBe('{"value":"***"}');
    expect(redactor.text(Buffer.from(value).toString('base64'))).toBe('***');
    for (const prefix of ['a', 'ab', 'abc', 'Authorization: Basic x:']) {
      const encoded = Buffer.from(`${prefix}${value}`).toString('base64');
      const shown = redactor.text(encoded);
      expect(shown, prefix).toContain('***');
      // What is left is at most the characters that also depend on the neighbouring bytes.
      expect(shown.replace('***', '').length, prefix).toBeLessThan(
        encoded.length - (4 * value.length) / 3 + 8,
      );
    }
  });

  it('masks each line of a multi-line value on its own', () => {
    const key = 'line-one-of-the-key\r\nline-two-of-the-key';
    const redactor = new Redactor([key]);
    expect(redactor.text('printed: line-two-of-the-key')).toBe('printed: ***');
  });

  it('masks the longer of two values that overlap', () => {
    const redactor = new Redactor(['abcd1234', 'abcd1234-and-more']);
    expect(redactor.text('x abcd1234-and-more y')).toBe('x *** y');
  });

  it('leaves values under four characters alone, and says so', () => {
    const redactor = new Redactor();
    expect(redactor.add('abc')).toBe(false);
    expect(redactor.add('   ')).toBe(false);
    expect(redactor.add('abcd')).toBe(true);
    expect(redactor.text('abc abcd')).toBe('abc ***');
  });

  it('cuts the credentials of every URL, registered or not', () => {
    const redactor = new Redactor();
    expect(
      redactor.text('postgres://crm:s3cret@db.internal/crm and https://ghp_token@github.com/x'),
    ).toBe('postgres://***@db.internal/crm and https://***@github.com/x');
  });

  it('redacts every string of a report', () => {
    const redactor = new Redactor([SECRET]);
    const redacted = redactor.deep(
      report([
        check({
          summary: `exit code 1 (${SECRET})`,
          evidence: `DATABASE_URL=postgres://app:db-pass-2026@db/app\nthen: ${SECRET}`,
          findings: [
            { rule: 'x', severity: 'high', message: `saw ${SECRET}`, file: 'a.py', line: 3 },
          ],
        }),
      ]),
    );
    const check0 = redacted.checks[0]!;
    expect(check0.summary).toBe('exit code 1 (***)');
    expect(check0.evidence).toBe('DATABASE_URL=postgres://***@db/app\nthen: ***');
    expect(check0.findings[0]).toEqual({
      rule: 'x',
      severity: 'high',
      message: 'saw ***',
      file: 'a.py',
      line: 3,
    });
    expect(redacted.verdict).toBe('pass');
  });

  it('learns nothing from the text it redacts: an example URL makes no word secret', () => {
    const redactor = new Redactor();
    const redacted = redactor.deep(
      report([
        check({
          summary: 'DATABASE_URL is not a URL like postgres://user:password@host:5432/name',
          findings: [{ rule: 'B106', severity: 'low', message: 'Possible hardcoded password' }],
        }),
      ]),
    );
    expect(redacted.checks[0]?.summary).toBe(
      'DATABASE_URL is not a URL like postgres://***@host:5432/name',
    );
    expect(redacted.checks[0]?.findings[0]?.message).toBe('Possible hardcoded password');
    expect(redactor.text('password')).toBe('password');
  });
});

describe('what the redactor is seeded and fed with', () => {
  it('takes the runner tokens from the environment, and nothing else', () => {
    expect(
      runnerTokens({
        GITHUB_TOKEN: 'ghs_a',
        'INPUT_GITHUB-TOKEN': 'ghs_b',
        ACTIONS_RUNTIME_TOKEN: 'rt',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
        HOME: '/home/runner',
      }),
    ).toEqual(['ghs_a', 'ghs_b', 'rt', 'oidc']);
  });

  it('reads the password, or a token in the user’s place, out of URLs in text', () => {
    expect(urlCredentials('a postgres://u:p%40ss@h/db and https://tok123@h b')).toEqual([
      'p%40ss',
      'p@ss',
      'tok123',
      'tok123',
    ]);
    expect(urlCredentials('https://example.com/no-credentials')).toEqual([]);
  });

  it('reads a password with an unencoded @ whole, as the URL parser and libpq do', () => {
    const url = 'postgres://app:p@ss-Word9@db.example.com/crm';
    expect(urlCredentials(url)).toEqual(['p@ss-Word9', 'p@ss-Word9']);
    expect(new URL(url).password).toBe('p%40ss-Word9');
    // An @ in the query is no credential.
    expect(urlCredentials('https://example.com?next=a@b')).toEqual([]);
  });

  it('names no placeholder to mask, as written or encoded, and a real credential in both forms', () => {
    for (const placeholder of [
      'password',
      'changeme',
      '${DB_PASSWORD}',
      '%24%7BDB_PASSWORD%7D',
      'xxxx',
    ]) {
      expect(credentialSecrets(placeholder)).toEqual([]);
    }
    expect(credentialSecrets('s3cr%40t')).toEqual(['s3cr%40t', 's3cr@t']);
    expect(urlCredentials('postgres://u:password@h/db https://${API_TOKEN}@h')).toEqual([]);
    // A password that starts with `$` is no reference to a variable: variables are in capitals.
    expect(urlCredentials('postgres://app:$ecretPass@db.example.com/db')).toEqual([
      '$ecretPass',
      '$ecretPass',
    ]);
  });

  it('lists the forms of a value without fragments short enough to match by chance', () => {
    expect(encodedForms('abcd')).toEqual(['abcd', 'YWJjZA==']);
  });
});

describe('URL redaction', () => {
  it('redacts one URL, or every URL in text', () => {
    expect(redactUrl('https://user:s3cret@host/x')).toBe('https://***@host/x');
    expect(redactUrl('not a url')).toBe('not a url');
    expect(redactText('failed https://a:b@h/ and ftp://t@h')).toBe(
      'failed https://***@h/ and ftp://***@h',
    );
  });
});
