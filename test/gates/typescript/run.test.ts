import path from 'node:path';
import { printed } from '../../support/canned-run.ts';
import { describe, expect, it } from 'vitest';
import { gatesSchema, type GateOptions } from '../../../src/config/schema.ts';
import { run } from '../../../src/gates/typescript/run.ts';
import { parseTscOutput } from '../../../src/gates/typescript/parse.ts';
import { testContext } from '../../support/context.ts';

const repo = path.resolve(import.meta.dirname, '../../..');
const frontend = 'examples/crm/frontend';
const options = gatesSchema.parse({ typescript: true }).typescript as GateOptions<'typescript'>;

describe('typescript gate with the project’s own tsc', () => {
  it('reports the fixture’s deliberate type error with code, file, line and column', async () => {
    const outcome = await run({ options, dir: frontend, stacks: {} }, testContext({ root: repo }));
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe('1 high (fail-on: high); in 1 file');
    expect(outcome.findings).toEqual([
      {
        rule: 'TS2322',
        severity: 'high',
        message: "Type 'string' is not assignable to type 'number'.",
        file: `${frontend}/app/login/page.tsx`,
        line: 3,
        column: 7,
      },
    ]);
  });

  it('is an error, not a verdict, when the project cannot be loaded', async () => {
    const outcome = await run(
      { options: { ...options, project: 'tsconfig.missing.json' }, dir: frontend, stacks: {} },
      testContext({ root: repo }),
    );
    expect(outcome.status).toBe('error');
    expect(outcome.summary).toBe(
      "tsc: could not check the project tsconfig.missing.json: TS5058: The specified path does not exist: 'tsconfig.missing.json'. (exit code 1)",
    );
    expect(outcome.findings).toEqual([
      {
        rule: 'TS5058',
        severity: 'high',
        message: "The specified path does not exist: 'tsconfig.missing.json'.",
      },
    ]);
  });
});

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
