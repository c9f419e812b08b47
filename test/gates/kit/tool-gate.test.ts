import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckContext, CheckOutcome } from '../../../src/engine/check.ts';
import type { ExecResult } from '../../../src/engine/exec.ts';
import { run as bandit } from '../../../src/gates/bandit/run.ts';
import { run as black } from '../../../src/gates/black/run.ts';
import { run as django } from '../../../src/gates/django/run.ts';
import { run as eslint } from '../../../src/gates/eslint/run.ts';
import { run as flake8 } from '../../../src/gates/flake8/run.ts';
import { run as npmAudit } from '../../../src/gates/npm-audit/run.ts';
import { run as pipAudit } from '../../../src/gates/pip-audit/run.ts';
import { runToolGate } from '../../../src/gates/kit/tool-gate.ts';
import { run as typescript } from '../../../src/gates/typescript/run.ts';
import { gateOptions } from '../../support/gate-options.ts';
import { cannedContext, ended } from '../../support/canned-run.ts';
import { testContext } from '../../support/context.ts';

/**
 * RELIABILITY.md §5 rows 5, 6, 9 and 10 for every gate that runs a tool: a crash with empty
 * stdout, garbage, a report cut off at the capture limit and a run stopped by its timeout are
 * each an `error` naming why, never a pass. Each gate is first shown to pass on its canned
 * clean output, so that a fault test can only go red because of the fault.
 */

const repo = path.resolve(import.meta.dirname, '../../..');

interface ToolGate {
  run: (context: CheckContext) => Promise<CheckOutcome>;
  /** What the tool prints on a clean run, as exec hands it over. */
  clean: Partial<ExecResult>;
}

const input = <T>(options: T, dir = '.') => ({ options, dir, stacks: {} });

const GATES: Record<string, ToolGate> = {
  'pip-audit': {
    run: (c) => pipAudit(input(gateOptions('pip-audit')), c),
    clean: {
      exitCode: 0,
      stdout: '{"dependencies":[{"name":"django","version":"5.2","vulns":[]}],"fixes":[]}',
      stderr: 'No known vulnerabilities found',
    },
  },
  bandit: {
    run: (c) => bandit(input(gateOptions('bandit')), c),
    clean: {
      stdout:
        '{"errors":[],"metrics":{"./a.py":{"loc":1},"_totals":{"loc":1,"nosec":0}},"results":[]}',
    },
  },
  black: {
    run: (c) => black(input(gateOptions('black')), c),
    clean: { stderr: 'All done! ✨ 🍰 ✨\n1 file would be left unchanged.\n' },
  },
  flake8: { run: (c) => flake8(input(gateOptions('flake8')), c), clean: {} },
  django: {
    run: (c) =>
      django(
        input(
          gateOptions('django', { manage: 'examples/crm/backend/manage.py', python: 'python3' }),
        ),
        c,
      ),
    clean: { stdout: 'System check identified no issues (0 silenced).\n' },
  },
  'npm-audit': {
    run: (c) => npmAudit(input(gateOptions('npm-audit'), 'test/fixtures/npm-audit/project'), c),
    clean: {
      stdout:
        '{"auditReportVersion":2,"vulnerabilities":{},"metadata":{"dependencies":{"total":6}}}',
    },
  },
  eslint: {
    run: (c) => eslint(input(gateOptions('eslint'), 'examples/crm/frontend'), c),
    clean: { stdout: '[{"filePath":"/x/a.js","messages":[]}]' },
  },
  typescript: {
    run: (c) => typescript(input(gateOptions('typescript'), 'examples/crm/frontend'), c),
    clean: {},
  },
};

const outcome = (gate: string, result: Partial<ExecResult>) => {
  const entry = GATES[gate];
  if (!entry) throw new Error(`no such gate: ${gate}`);
  return entry.run(cannedContext(repo, result));
};
const names = Object.keys(GATES);
const TRACEBACK = 'Traceback (most recent call last):\n  File "x", line 1\nRuntimeError: boom';

describe('tool gates under faults', () => {
  it.each(names)('%s passes its canned clean run', async (gate) => {
    expect((await outcome(gate, GATES[gate]?.clean ?? {})).status).toBe('pass');
  });

  it('reports a crash with empty stdout as an error with the stderr tail', async () => {
    const summaries: Record<string, string | undefined> = {};
    for (const gate of names) {
      const result = await outcome(gate, { exitCode: 1, stderr: TRACEBACK });
      expect(result.status, gate).toBe('error');
      expect(result.evidence, gate).toBe(TRACEBACK);
      summaries[gate] = result.summary;
    }
    expect(summaries).toEqual({
      'pip-audit': 'pip-audit: no output (expected JSON) (exit code 1)',
      bandit: 'bandit: no output (expected JSON) (exit code 1)',
      black: 'black: failed without naming a file (exit code 1)',
      flake8: 'flake8: failed without reporting a violation (exit code 1)',
      django: 'django: manage.py check did not run with python3: RuntimeError: boom (exit code 1)',
      'npm-audit': 'npm audit: no output (expected JSON) (exit code 1)',
      eslint: 'eslint: no output (expected JSON) (exit code 1)',
      typescript: 'tsc: failed without a diagnostic (exit code 1)',
    });
  });

  /** Each gate's summary for a fault, keyed by gate: `<tool as it names itself>: <reason>`. */
  const summariesFor = async (fault: Partial<ExecResult>) => {
    const summaries: Record<string, string | undefined> = {};
    for (const gate of names) {
      const result = await outcome(gate, { ...GATES[gate]?.clean, ...fault });
      expect(result.status, gate).toBe('error');
      summaries[gate] = result.summary;
    }
    return summaries;
  };
  const TOOLS = {
    'pip-audit': 'pip-audit',
    bandit: 'bandit',
    black: 'black',
    flake8: 'flake8',
    django: 'django',
    'npm-audit': 'npm audit',
    eslint: 'eslint',
    typescript: 'tsc',
  };
  const every = (summary: (tool: string) => string) =>
    Object.fromEntries(Object.entries(TOOLS).map(([gate, tool]) => [gate, summary(tool)]));

  it('reports a report cut at the capture limit as an error, even when what is left parses', async () => {
    expect(await summariesFor({ truncated: true })).toEqual(
      every(
        (tool) =>
          `${tool}: output exceeded the capture limit, so the report is incomplete (exit code 0)`,
      ),
    );
  });

  it('reports a run stopped by its timeout as stopped, not as a failure of the tool', async () => {
    expect(await summariesFor({ exitCode: null, signal: 'SIGTERM', aborted: true })).toEqual(
      every((tool) => `${tool}: stopped before it finished (killed by SIGTERM)`),
    );
  });

  it('never passes garbage where a report was expected', async () => {
    // What a proxy or a broken wrapper might print instead of the tool, bad bytes included.
    const garbage = '\uFFFD\uFFFD<html>502 Bad Gateway</html>\nretrying…\n';
    const statuses: Record<string, string> = {};
    for (const gate of names) {
      statuses[gate] = (
        await outcome(gate, { exitCode: 0, stdout: garbage, stderr: garbage })
      ).status;
    }
    expect(statuses).toEqual({
      'pip-audit': 'error',
      bandit: 'error',
      black: 'error',
      // flake8 and tsc report nothing at all when clean, and exit 0 only then; what else
      // they print (a plugin's chatter, a wrapper's banner) is not a verdict.
      flake8: 'pass',
      django: 'error',
      'npm-audit': 'error',
      eslint: 'error',
      typescript: 'pass',
    });
  });
});

describe('tool gates that walk the source tree', () => {
  const finding = (file: string) => ({ rule: 'X1', severity: 'low' as const, message: 'x', file });
  const gate = (exclude: string[] = []): Parameters<typeof runToolGate>[0] => ({
    invocation: { tool: 'tool', command: 'tool', args: ['.'], cwd: '.', installHint: '' },
    parse: () => ({
      ok: true,
      value: { findings: [finding('app/a.py'), finding('build/b.py'), finding('app/c.py')] },
    }),
    exclude,
    tracked: true,
    judgement: { failOn: 'low' },
  });
  /** A repository whose git tracks app/a.py and app/c.py, or a directory git does not know. */
  const context = (inGit: boolean) =>
    testContext({
      root: path.join(repo, 'test/fixtures/black'),
      exec: (command) =>
        Promise.resolve(
          command === 'git'
            ? ended(inGit ? { stdout: 'app/a.py\0app/c.py\0' } : { exitCode: 128 })
            : ended(),
        ),
    });

  it('drops and counts what they report in files git does not track, then the exclude globs', async () => {
    const outcome = await runToolGate(gate(['app/c.py']), context(true));
    expect(outcome.findings?.map((f) => f.file)).toEqual(['app/a.py']);
    expect(outcome.summary).toMatch(/1 finding in files git does not track not judged/);
    expect(outcome.summary).toMatch(/1 finding in excluded files not judged/);
  });

  it('keeps every finding outside a git work tree', async () => {
    const outcome = await runToolGate(gate(), context(false));
    expect(outcome.findings?.map((f) => f.file)).toEqual(['app/a.py', 'build/b.py', 'app/c.py']);
  });
});
