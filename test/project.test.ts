import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { configJsonSchema, updatedReadme } from '../scripts/docs-lib.ts';
import { INPUTS, OUTPUTS } from '../src/action/inputs.ts';
import { VERSION } from '../src/version.ts';
import { REPO_ROOT } from './support/cli.ts';

const read = (file: string) => readFile(path.join(REPO_ROOT, file), 'utf8');

describe('the project keeps its generated and mirrored files in step', () => {
  it('action.yml declares exactly the inputs and outputs the code reads and sets', async () => {
    const action = parseYaml(await read('action.yml')) as {
      inputs: object;
      outputs: object;
      runs: object;
    };
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(INPUTS).sort());
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(OUTPUTS).sort());
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('schema/shipgate.schema.json is generated from the zod schema (run `npm run docs`)', async () => {
    expect(await read('schema/shipgate.schema.json')).toBe(configJsonSchema());
  });

  it("the README's inputs/outputs tables and config reference are up to date (run `npm run docs`)", async () => {
    const readme = await read('README.md');
    expect(readme).toBe(updatedReadme(readme, await read('action.yml')));
  });

  it('the version in code is the version in package.json', async () => {
    expect(VERSION).toBe((JSON.parse(await read('package.json')) as { version: string }).version);
  });
});
