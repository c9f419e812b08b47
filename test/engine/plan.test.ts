import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/load.ts';
import type { GateKind } from '../../src/config/schema.ts';
import { planChecks } from '../../src/engine/plan.ts';

function plan(yaml: string, autoDetected: GateKind[] = []) {
  const parsed = parseConfigText(yaml, 'shipgate.yml');
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return planChecks({
    config: parsed.config,
    stacks: { python: { dir: 'backend' } },
    autoDetected: new Set(autoDetected),
    phase: 'pre',
  });
}

describe('planChecks', () => {
  it('plans gates in the registry’s order, then the commands, with unique ids', () => {
    const checks = plan(
      'pre:\n  gates:\n    flake8: true\n    bandit: { blocking: false, timeout: 30s }\n  commands:\n    - { name: Lint!, run: a }\n    - { name: lint, run: b }\n',
    );
    expect(checks.map((c) => [c.id, c.title, c.blocking, c.timeoutMs])).toEqual([
      ['pre/bandit', 'Code security (bandit)', false, 30_000],
      ['pre/flake8', 'Code quality (flake8)', true, 600_000],
      ['pre/command/lint', 'Lint!', true, 600_000],
      ['pre/command/lint-2', 'lint', true, 600_000],
    ]);
  });

  it('lets a missing tool skip only for detected gates, or for all gates with missing-tools: skip', () => {
    const configured = plan('pre:\n  gates: { bandit: true, black: true }\n', ['black']);
    expect(configured.map((c) => [c.kind, c.skipIfToolMissing])).toEqual([
      ['bandit', false],
      ['black', true],
    ]);
    const relaxed = plan(
      'pre:\n  missing-tools: skip\n  gates: { bandit: true }\n  commands: [{ name: a, run: b }]\n',
    );
    expect(relaxed.map((c) => [c.kind, c.skipIfToolMissing])).toEqual([
      ['bandit', true],
      ['command', false],
    ]);
  });

  it('plans nothing for the pre phase when asked only for post', () => {
    const parsed = parseConfigText('pre:\n  gates: { bandit: true }\n', 'x.yml');
    if (!parsed.ok) throw new Error('invalid');
    expect(
      planChecks({ config: parsed.config, stacks: {}, autoDetected: new Set(), phase: 'post' }),
    ).toEqual([]);
  });

  it('plans the migrations check after the deploy, against the production database', () => {
    const parsed = parseConfigText(
      'post:\n  migrations: { database-env: PRODUCTION_DATABASE_URL, timeout: 1m }\n',
      'x.yml',
    );
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const checks = planChecks({
      config: parsed.config,
      stacks: {},
      autoDetected: new Set(),
      phase: 'post',
    });
    expect(checks.map((c) => [c.id, c.phase, c.title, c.blocking, c.timeoutMs])).toEqual([
      ['post/migrations', 'post', 'Database migrations applied', true, 60_000],
    ]);
  });
});
