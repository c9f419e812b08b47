import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatBaseline } from '../../src/baseline/file.ts';
import { baselinePath, loadBaseline } from '../../src/baseline/load.ts';
import { UsageError } from '../../src/util/errors.ts';
import { writeFiles } from '../support/git-repo.ts';

const entry = {
  check: 'pre/bandit',
  rule: 'B404',
  file: 'legacy.py',
  fingerprint: '0123456789abcdef',
};

async function repo(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'shipgate-baseline-'));
  writeFiles(root, files);
  return root;
}

describe('baselinePath', () => {
  it('is the default path, the configured one, or none for baseline: false', () => {
    expect(baselinePath({})).toBe('.github/shipgate-baseline.json');
    expect(baselinePath({ baseline: 'ci/baseline.json' })).toBe('ci/baseline.json');
    expect(baselinePath({ baseline: false })).toBeUndefined();
  });
});

describe('loadBaseline', () => {
  it('reads the entries of the baseline file', async () => {
    const root = await repo({ '.github/shipgate-baseline.json': formatBaseline([entry]) });
    expect(await loadBaseline(root, {})).toEqual({
      file: '.github/shipgate-baseline.json',
      entries: [entry],
    });
  });

  it('has no baseline without a file at the default path, or with baseline: false', async () => {
    const root = await repo({ 'ci/baseline.json': formatBaseline([entry]) });
    expect(await loadBaseline(root, {})).toBeUndefined();
    expect(await loadBaseline(root, { baseline: false })).toBeUndefined();
  });

  it('stops the run when a baseline the config names does not exist, saying how to create it', async () => {
    await expect(loadBaseline(await repo({}), { baseline: 'ci/baseline.json' })).rejects.toThrow(
      new UsageError(
        'baseline: ci/baseline.json does not exist (create it with `shipgate baseline`, or set baseline: false)',
      ),
    );
  });

  it('stops the run on a file that is not a baseline, naming it', async () => {
    const root = await repo({ '.github/shipgate-baseline.json': '{"entries": 3}\n' });
    await expect(loadBaseline(root, {})).rejects.toThrow(
      /^Invalid baseline \.github\/shipgate-baseline\.json/,
    );
  });

  it('stops the run on a baseline path it cannot read', async () => {
    const root = await repo({ 'ci/baseline.json/inner': '' });
    await expect(loadBaseline(root, { baseline: 'ci/baseline.json' })).rejects.toThrow(
      'baseline: ci/baseline.json cannot be read (EISDIR)',
    );
  });
});
