import { describe, expect, it } from 'vitest';
import { formatBaseline, parseBaseline, type BaselineEntry } from '../../src/baseline/file.ts';

const entry = (
  check: string,
  rule: string,
  file: string | undefined,
  n: number,
): BaselineEntry => ({
  check,
  rule,
  ...(file ? { file } : {}),
  fingerprint: n.toString(16).padStart(16, '0'),
});

describe('the baseline file', () => {
  it('is sorted, one entry a line, and reads back as it was written', () => {
    const entries = [
      entry('pre/flake8', 'E501', 'b.py', 2),
      entry('pre/bandit', 'B105', 'a.py', 9),
      entry('pre/flake8', 'E501', 'a.py', 7),
      entry('pre/npm-audit', 'GHSA-xvch-5gv4-984h', undefined, 1),
    ];
    const text = formatBaseline(entries);
    expect(text).toBe(
      [
        '{',
        '  "schema": "shipgate/baseline@1",',
        '  "entries": [',
        '    {"check":"pre/bandit","rule":"B105","file":"a.py","fingerprint":"0000000000000009"},',
        '    {"check":"pre/flake8","rule":"E501","file":"a.py","fingerprint":"0000000000000007"},',
        '    {"check":"pre/flake8","rule":"E501","file":"b.py","fingerprint":"0000000000000002"},',
        '    {"check":"pre/npm-audit","rule":"GHSA-xvch-5gv4-984h","fingerprint":"0000000000000001"}',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
    expect(parseBaseline(text, 'b.json')).toEqual({
      ok: true,
      value: [entries[1], entries[2], entries[0], entries[3]],
    });
    expect(formatBaseline([])).toBe('{\n  "schema": "shipgate/baseline@1",\n  "entries": []\n}\n');
  });

  it('names the file, the line and the key of what is wrong', () => {
    const text = formatBaseline([entry('pre/a', 'X', 'a.py', 1), entry('pre/b', 'Y', 'b.py', 2)]);
    expect(parseBaseline(text.replace('0000000000000002', 'zz'), 'ci/base.json')).toEqual({
      ok: false,
      error: 'ci/base.json:5: entries[1].fingerprint: expected 16 hex digits',
    });
    const error = (text: string) => {
      const parsed = parseBaseline(text, 'x.json');
      return parsed.ok ? undefined : parsed.error;
    };
    expect(error('{"schema":"shipgate/report@1","entries":[]}')).toMatch(/^x\.json: schema: /);
    expect(error('{"schema": "shipgate/baseline@1", "entr')).toMatch(/^x\.json: invalid JSON/);
  });
});
