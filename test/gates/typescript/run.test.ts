import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gatesSchema, type GateOptions } from '../../../src/config/schema.ts';
import { run } from '../../../src/gates/typescript/run.ts';
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
