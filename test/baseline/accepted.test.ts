import { describe, expect, it } from 'vitest';
import { acceptedCheck } from '../../src/baseline/accepted.ts';
import type { BaselineEntry } from '../../src/baseline/file.ts';

const entry = (fingerprint: string, file?: string): BaselineEntry => ({
  check: 'pre/flake8',
  rule: 'F401',
  ...(file ? { file } : {}),
  fingerprint,
});
const FILE = '.github/shipgate-baseline.json';
const text = (entries: BaselineEntry[]) =>
  JSON.stringify({ schema: 'shipgate/baseline@1', entries });

describe('acceptedCheck', () => {
  it('warns with every entry the change added, none it kept or removed', () => {
    const kept = entry('00000000000000aa', 'app/a.py');
    const added = entry('00000000000000bb', 'app/b.py');
    const check = acceptedCheck(FILE, text([kept, entry('00000000000000cc')]), [kept, added]);
    expect(check).toMatchObject({
      id: 'signoff/baseline',
      phase: 'signoff',
      status: 'warn',
      blocking: false,
      summary: `1 entry added to ${FILE}: each accepts a finding without fixing it`,
    });
    expect(check?.findings).toEqual([
      {
        rule: 'F401',
        severity: 'info',
        message: `Accepted into ${FILE} by this change: pre/flake8 F401 in app/b.py (fingerprint 00000000000000bb)`,
        file: 'app/b.py',
        subject: 'pre/flake8',
        fingerprint: '00000000000000bb',
      },
    ]);
  });

  it('a new baseline file adds all of its entries; a pruned one adds none', () => {
    const entries = [entry('00000000000000aa'), entry('00000000000000bb')];
    expect(acceptedCheck(FILE, undefined, entries)?.metrics).toEqual({ added: 2 });
    expect(acceptedCheck(FILE, 'not json', entries)?.metrics).toEqual({ added: 2 });
    expect(acceptedCheck(FILE, text(entries), entries.slice(1))).toBeUndefined();
  });
});
