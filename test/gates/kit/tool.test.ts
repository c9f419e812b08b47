import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ToolMissingError } from '../../../src/engine/check.ts';
import { describeExit, runTool, toolError } from '../../../src/gates/kit/tool.ts';
import { ended } from '../../support/canned-run.ts';
import { testContext } from '../../support/context.ts';

const invocation = {
  tool: 'flake8',
  command: 'flake8',
  args: ['--format=json', '.'],
  cwd: 'backend',
  env: { PYTHONWARNINGS: 'ignore' },
  installHint: 'pip install flake8',
};

describe('runTool', () => {
  it('runs the command in its directory under the root, with its environment', async () => {
    const calls: unknown[] = [];
    const context = testContext({
      root: '/repo',
      exec: (command, args, options) => {
        calls.push({ command, args, ...options });
        return Promise.resolve(ended({ exitCode: 1, stdout: '[]' }));
      },
    });
    expect(await runTool(context, invocation)).toMatchObject({ exitCode: 1, stdout: '[]' });
    expect(calls).toEqual([
      {
        command: 'flake8',
        args: ['--format=json', '.'],
        cwd: path.resolve('/repo', 'backend'),
        env: { PYTHONWARNINGS: 'ignore' },
      },
    ]);
  });

  it('throws ToolMissingError when the executable does not exist, or a wrapper says not found', async () => {
    for (const result of [
      ended({ notFound: true, exitCode: null }),
      ended({ exitCode: 127, stderr: 'env: flake8: not found' }),
    ]) {
      const context = testContext({ root: '/repo', exec: () => Promise.resolve(result) });
      await expect(runTool(context, invocation)).rejects.toThrow(
        new ToolMissingError('flake8', 'pip install flake8'),
      );
    }
  });

  it('takes a 127 without "not found" as the tool’s own exit', async () => {
    const context = testContext({
      root: '/repo',
      exec: () => Promise.resolve(ended({ exitCode: 127, stderr: 'boom' })),
    });
    expect((await runTool(context, invocation)).exitCode).toBe(127);
  });
});

describe('describeExit', () => {
  it('names the exit code, else the signal', () => {
    expect(describeExit(ended({ exitCode: 2 }))).toBe('exit code 2');
    expect(describeExit(ended({ exitCode: null, signal: 'SIGKILL' }))).toBe('killed by SIGKILL');
    expect(describeExit(ended({ exitCode: null }))).toBe('no exit status');
  });
});

describe('toolError', () => {
  it('names the reason and the exit, with the end of stderr as evidence', () => {
    expect(
      toolError('bandit', 'no report', ended({ exitCode: 2, stdout: 'out', stderr: ' err\n' })),
    ).toEqual({ status: 'error', summary: 'bandit: no report (exit code 2)', evidence: 'err' });
  });

  it('falls back to stdout, and to no evidence when the tool printed nothing', () => {
    expect(toolError('bandit', 'no report', ended({ stdout: 'out' })).evidence).toBe('out');
    expect(toolError('bandit', 'not configured')).toEqual({
      status: 'error',
      summary: 'bandit: not configured',
    });
  });
});
