import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { gatesSchema } from '../../../src/config/schema.ts';
import { blackLineLength } from '../../../src/gates/flake8/black-compatible.ts';
import { run } from '../../../src/gates/flake8/run.ts';
import { testContext } from '../../support/context.ts';
import { gateOptions } from '../../support/gate-options.ts';

const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Code black keeps as it is at 100 columns: a 95-column line and a slice with spaced colons. */
const CODE = [
  'def window(items, lower, upper, offset):',
  '    return items[lower + offset : upper + offset], "a message that makes this line long enough"',
  '',
].join('\n');

/** A project with the given files, whose app.py the real black has formatted. */
async function formatted(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'shipgate-flake8-black-'));
  temps.push(root);
  await writeFile(path.join(root, 'app.py'), CODE);
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(root, name), text);
  await promisify(execFile)('black', ['-q', 'app.py'], { cwd: root });
  return root;
}

const both = gatesSchema.parse({ black: {}, flake8: {} });
const lint = (root: string, gates = both) =>
  run({ options: gateOptions('flake8'), dir: '.', stacks: {}, gates }, testContext({ root }));
const rules = (findings: { rule: string; line?: number }[] = []) =>
  findings.map((f) => `${f.rule}:${f.line}`);

describe('flake8 beside black (real flake8 and black)', () => {
  it('lints black’s output black-compatibly when the project has no flake8 config, and says so in its summary', async () => {
    const root = await formatted({ 'pyproject.toml': '[tool.black]\nline-length = 100\n' });
    expect(await lint(root)).toMatchObject({
      status: 'pass',
      findings: [],
      summary:
        "no findings; no flake8 config of the project's own, so black-compatible: --max-line-length=100 --extend-ignore=E203,E701,E704,W503",
    });
  });

  it('keeps flake8’s defaults when black is not run', async () => {
    const root = await formatted({ 'pyproject.toml': '[tool.black]\nline-length = 100\n' });
    const outcome = await lint(root, gatesSchema.parse({ flake8: {} }));
    expect(rules(outcome.findings)).toEqual(['E203:2', 'E501:2']);
    expect(outcome.summary).not.toMatch(/black-compatible/);
  });

  it('lets the project’s own flake8 config win', async () => {
    const root = await formatted({
      'pyproject.toml': '[tool.black]\nline-length = 100\n',
      'setup.cfg': '[metadata]\nname = app\n\n[flake8]\nmax-line-length = 79\n',
    });
    const outcome = await lint(root);
    expect(rules(outcome.findings)).toEqual(['E203:2', 'E501:2']);
    expect(outcome.summary).not.toMatch(/black-compatible/);
  });

  it('reads a setup.cfg or tox.ini without a [flake8] section as no flake8 config', async () => {
    const root = await formatted({
      'tox.ini': '[tox]\nenvlist = py311\n',
      'pyproject.toml': '[tool.black]\nline-length = 100\n',
    });
    expect(await lint(root)).toMatchObject({ status: 'pass', findings: [] });
  });
});

describe('blackLineLength', () => {
  it('takes black’s args first, then pyproject’s [tool.black], then 88', () => {
    const pyproject =
      '[tool.isort]\nline-length = 60\n[tool.black]\ntarget-version = ["py311"]\nline-length = 100  # wide\n';
    expect(blackLineLength(['--line-length', '120'], pyproject)).toBe(120);
    expect(blackLineLength(['--line-length=110'], pyproject)).toBe(110);
    expect(blackLineLength(['-l', '99'], undefined)).toBe(99);
    expect(blackLineLength([], pyproject)).toBe(100);
    expect(blackLineLength([], '[tool.isort]\nline-length = 60\n')).toBe(88);
    expect(blackLineLength([], undefined)).toBe(88);
  });
});
