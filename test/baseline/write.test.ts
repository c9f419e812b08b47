import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatBaseline, parseBaseline } from '../../src/baseline/file.ts';
import { writeBaseline } from '../../src/baseline/write.ts';
import { UsageError } from '../../src/util/errors.ts';
import { check, report } from '../github/fixtures.ts';
import { writeFiles } from '../support/git-repo.ts';

const FILE = 'ci/shipgate-baseline.json';
const found = (fingerprint: string) => ({
  rule: 'B404',
  severity: 'low' as const,
  message: 'subprocess imported',
  file: 'legacy.py',
  line: 1,
  fingerprint,
});
const entry = (fingerprint: string) => ({
  check: 'pre/bandit',
  rule: 'B404',
  file: 'legacy.py',
  fingerprint,
});
const A = 'aaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbb';

async function repo(files: Record<string, string> = {}): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'shipgate-baseline-write-'));
  writeFiles(root, files);
  return root;
}

const written = async (root: string) => {
  const parsed = parseBaseline(await readFile(path.join(root, FILE), 'utf8'), FILE);
  return parsed.ok ? parsed.value : parsed.error;
};

describe('writeBaseline', () => {
  it("creates the file, and its folder, from the run's findings", async () => {
    const root = await repo();
    const update = await writeBaseline(root, FILE, report([check({ findings: [found(A)] })]), {
      prune: false,
    });
    expect(update.message).toBe(`1 entry in ${FILE} (1 added, 0 removed)`);
    expect(await written(root)).toEqual([entry(A)]);
  });

  it('replaces what was there, counting what was added and removed', async () => {
    const root = await repo({ [FILE]: formatBaseline([entry(A)]) });
    const update = await writeBaseline(root, FILE, report([check({ findings: [found(B)] })]), {
      prune: false,
    });
    expect(update.message).toBe(`1 entry in ${FILE} (1 added, 1 removed)`);
    expect(await written(root)).toEqual([entry(B)]);
  });

  it('names the check it does not cover, why, and what that means', async () => {
    const root = await repo({ [FILE]: formatBaseline([entry(A)]) });
    const update = await writeBaseline(
      root,
      FILE,
      report([check({ status: 'error', summary: 'bandit crashed' })]),
      { prune: false },
    );
    expect(update.message).toBe(
      `1 entry in ${FILE} (0 added, 0 removed); not covered: pre/bandit (error: bandit crashed); its entries were kept as they were: run shipgate baseline again where it can run, or its findings count as new`,
    );
  });

  it('names every check skipped or errored, not only those that errored', async () => {
    const root = await repo();
    const update = await writeBaseline(
      root,
      FILE,
      report([
        check({ findings: [found(A)] }),
        check({ id: 'pre/eslint', status: 'skip', summary: 'run npm ci in frontend' }),
        check({ id: 'pre/typescript', status: 'skip', summary: '' }),
        check({ id: 'pre/pip-audit', status: 'error', summary: 'pip-audit: exit code 2' }),
      ]),
      { prune: false },
    );
    expect(update.message).toBe(
      `1 entry in ${FILE} (1 added, 0 removed); not covered: pre/eslint (skipped: run npm ci in frontend), pre/typescript (skipped), pre/pip-audit (error: pip-audit: exit code 2); their entries were kept as they were: run shipgate baseline again where they can run, or their findings count as new`,
    );
  });

  it('refuses --prune without a baseline to prune', async () => {
    await expect(
      writeBaseline(await repo(), FILE, report([check()]), { prune: true }),
    ).rejects.toThrow(
      new UsageError(`--prune: ${FILE} does not exist; run shipgate baseline to create it`),
    );
  });

  it('refuses to overwrite a file that is not a baseline', async () => {
    const root = await repo({ [FILE]: 'not json\n' });
    await expect(writeBaseline(root, FILE, report([check()]), { prune: false })).rejects.toThrow(
      /^Invalid baseline ci\/shipgate-baseline\.json/,
    );
  });
});
