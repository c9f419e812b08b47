import { printed } from '../../support/canned-run.ts';
import { describe, expect, it } from 'vitest';
import { parseTscOutput } from '../../../src/gates/typescript/parse.ts';

describe('parseTscOutput', () => {
  const paths = { root: '/repo', cwd: '/repo/web' };
  it('joins chained messages, keeps config errors without a file, and collects other lines', () => {
    const output = [
      "src/a.ts(10,5): error TS2345: Argument of type '{ id: string; }' is not assignable to parameter of type 'User'.",
      "  Types of property 'id' are incompatible.",
      "    Type 'string' is not assignable to type 'number'.",
      "tsconfig.json(3,5): error TS5023: Unknown compiler option 'bogus'.",
      "error TS6053: File '/repo/web/missing.ts' not found.",
      'Segmentation fault',
      '',
    ].join('\n');
    expect(parseTscOutput(printed(output), paths)).toEqual({
      ok: true,
      value: {
        findings: [
          {
            rule: 'TS2345',
            severity: 'high',
            message:
              "Argument of type '{ id: string; }' is not assignable to parameter of type 'User'.\nTypes of property 'id' are incompatible.\nType 'string' is not assignable to type 'number'.",
            file: 'web/src/a.ts',
            line: 10,
            column: 5,
          },
          {
            rule: 'TS5023',
            severity: 'high',
            message: "Unknown compiler option 'bogus'.",
            file: 'web/tsconfig.json',
            line: 3,
            column: 5,
          },
          { rule: 'TS6053', severity: 'high', message: "File '/repo/web/missing.ts' not found." },
        ],
        scope: 'in 2 files',
        unparsed: 1,
      },
    });
  });

  it('finds nothing in garbage and counts it as unparsed', () => {
    expect(parseTscOutput(printed('\u0000\ufffd garbage\nmore'), paths)).toEqual({
      ok: true,
      value: { findings: [], unparsed: 2 },
    });
  });
});
