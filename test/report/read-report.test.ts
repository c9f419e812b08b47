import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/model.ts';
import { parseReport, readReport, REPORT_LIMITS } from '../../src/report/read-report.ts';
import { check, findings, report } from '../github/fixtures.ts';

const withFinding = (finding: Partial<Finding>) =>
  JSON.stringify(report([check({ findings: findings(1, finding) })]));

const WRITTEN_BY = 'a report to merge is what `shipgate run --format json --out FILE` writes';

const scratch = () => mkdtemp(path.join(tmpdir(), 'shipgate-reports-'));

describe('parseReport: a report from another job is untrusted input', () => {
  it('accepts a report as Shipgate writes it, and drops keys the schema does not know', () => {
    const text = JSON.stringify({ ...report([check()]), injected: '<script>' });
    const parsed = parseReport(text);
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && 'injected' in parsed.value).toBe(false);
  });

  it.each([
    ['a path with ..', '../../etc/passwd'],
    ['a path with .. inside', 'backend/../../secrets.py'],
    ['an absolute path', '/home/runner/.ssh/id_rsa'],
    ['a Windows drive', 'C:\\Users\\runner\\x.py'],
  ])('refuses %s, naming the key path', (_, file) => {
    expect(parseReport(withFinding({ file }))).toEqual({
      ok: false,
      error: `not a Shipgate report: checks[0].findings[0].file: "${file}" is not a repository-relative path (absolute, or with ..); ${WRITTEN_BY}`,
    });
  });

  it('refuses a link that is not http(s)', () => {
    const parsed = parseReport(withFinding({ url: 'javascript:alert(1)' }));
    expect(!parsed.ok && parsed.error).toContain('checks[0].findings[0].url: not an http(s) URL');
  });

  it('names what is wrong with a report of the wrong shape', () => {
    const wrong = { ...report([check()]), schema: 'shipgate/report@9', checks: [{ id: 1 }] };
    const parsed = parseReport(JSON.stringify(wrong));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(
      /^not a Shipgate report: schema: .*; checks\[0\]\.id: .*; checks\[0\]\.phase: .*; and \d+ more problems; a report to merge is .*$/,
    );
  });

  it('refuses more checks than a sign-off table should hold', () => {
    const many = report(
      Array.from({ length: REPORT_LIMITS.checks + 1 }, (_, i) => check({ id: `pre/c${i}` })),
    );
    expect(parseReport(JSON.stringify(many))).toMatchObject({
      ok: false,
      error: `not a Shipgate report: checks: ${REPORT_LIMITS.checks + 1} checks, more than the ${REPORT_LIMITS.checks} a report may hold; ${WRITTEN_BY}`,
    });
  });

  it('says a file that is not JSON is not a JSON report, and what writes one', () => {
    expect(parseReport('{"schema": ')).toMatchObject({
      ok: false,
      error:
        /^not a Shipgate JSON report \(invalid JSON near the end \(11 chars\): …\{"schema":…\); /,
    });
    const text = 'FAIL  1 blocking finding · 0 of 1 check passed\n  pre/bandit  B105  …\n';
    expect(parseReport(text)).toEqual({
      ok: false,
      error: `not a Shipgate JSON report (invalid JSON at offset 0: …${text.trim().slice(0, 40).replace(/\s+/g, ' ')}…); ${WRITTEN_BY}`,
    });
  });
});

describe('readReport', () => {
  it('reads and validates a report file', async () => {
    const dir = await scratch();
    const file = path.join(dir, 'shard.json');
    await writeFile(file, JSON.stringify(report([check()])));
    expect(await readReport(file)).toMatchObject({
      file,
      report: { checks: [{ id: 'pre/bandit' }] },
    });
  });

  it('refuses a file over the byte cap without reading it whole', async () => {
    const dir = await scratch();
    const file = path.join(dir, 'huge.json');
    // 10 MB of findings: a valid report, only too large.
    const huge = report([check({ findings: findings(50_000, { message: 'x'.repeat(120) }) })]);
    await writeFile(file, JSON.stringify(huge));
    const read = await readReport(file);
    expect('invalid' in read && read.invalid).toMatch(
      /^larger than the 8 MiB a report may be \(1\d\.\d MiB\)$/,
    );
  });

  it('turns a missing file or a directory into a reason, never a throw', async () => {
    const dir = await scratch();
    await mkdir(path.join(dir, 'dir.json'));
    expect(await readReport(path.join(dir, 'absent.json'))).toMatchObject({
      invalid: 'does not exist',
    });
    expect(await readReport(path.join(dir, 'dir.json'))).toMatchObject({
      invalid: 'not a regular file',
    });
  });
});
