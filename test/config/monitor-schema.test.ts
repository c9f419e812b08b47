import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/load.ts';

const parse = (text: string) => parseConfigText(text, 'shipgate.yml');

describe('the monitor config', () => {
  it('has the defaults the docs promise', () => {
    const parsed = parse('post:\n  targets: [{ name: api, url: "https://api.example.com" }]\n');
    expect(parsed.ok && parsed.config.monitor).toEqual({
      slo: { uptime: expect.closeTo(0.999, 12) as number, p95: 2000, 'error-rate': 0.01 },
      wait: 30_000,
      'open-after': 2,
      'close-after': 1,
      'reopen-within': 3_600_000,
      labels: ['incident'],
      assignees: [],
      rollback: {},
      notify: {},
    });
  });

  it('takes a rollback plan per target, and names a plan for a target that does not exist', () => {
    const text = [
      'post:',
      '  targets: [{ name: api, url: "https://api.example.com" }]',
      'monitor:',
      '  rollback:',
      '    api: { text: "Render → Rollback", links: [{ title: Render, url: "https://dashboard.render.com" }] }',
      '    frontend: { text: "vercel rollback" }',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.problems).toEqual([
      expect.stringMatching(
        /^shipgate\.yml:6:\d+: monitor\.rollback\.frontend: no target named "frontend" in post\.targets \(targets: api\)$/,
      ),
    ]);
  });

  it('rejects what GitHub would refuse, naming the key', () => {
    const parsed = parse(
      'monitor:\n  open-after: 0\n  assignees: ["@octocat"]\n  notify: { webhook-env: "https://hooks.slack.com/x" }\n',
    );
    const problems = parsed.ok ? [] : parsed.problems.join('\n');
    expect(problems).toMatch(/monitor\.open-after: expected at least 1 run/);
    expect(problems).toMatch(/monitor\.assignees\[0\]: expected a GitHub user login/);
    expect(problems).toMatch(/monitor\.notify\.webhook-env: expected an environment variable name/);
  });
});
