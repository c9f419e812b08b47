import { describe, expect, it } from 'vitest';
import { actionsLogProgress } from '../../src/progress/actions-log.ts';
import { planned, result } from './fixtures.ts';

describe('actions log progress', () => {
  it('announces starts at once and prints each check’s output as one group when it ends', () => {
    let log = '';
    const progress = actionsLogProgress((text) => (log += text));
    const a = planned('pre/a');
    const b = planned('pre/b');
    progress.onStart?.(a);
    progress.onStart?.(b);
    progress.onOutput?.(a, 'a line 1\n');
    progress.onOutput?.(b, 'b line\n');
    progress.onOutput?.(a, 'a line 2\n');
    progress.onEnd?.(b, result('pre/b', 'fail'));
    progress.onEnd?.(a, result('pre/a'));

    const tokens = [...log.matchAll(/::stop-commands::([0-9a-f-]{36})\n/g)].map((m) => m[1]);
    expect(tokens).toHaveLength(2);
    expect(tokens[0]).not.toBe(tokens[1]);
    expect(log).toBe(
      [
        '▶ pre/a: Title of pre/a',
        '▶ pre/b: Title of pre/b',
        '::group::FAIL  pre/b (1.5s): exit code 0',
        `::stop-commands::${tokens[0]}`,
        'b line',
        `::${tokens[0]}::`,
        '::endgroup::',
        '::group::PASS  pre/a (1.5s): exit code 0',
        `::stop-commands::${tokens[1]}`,
        'a line 1',
        'a line 2',
        `::${tokens[1]}::`,
        '::endgroup::',
        '',
      ].join('\n'),
    );
  });

  it('shows a check’s findings in its group, most severe first, when the tool printed nothing', () => {
    let log = '';
    const progress = actionsLogProgress((text) => (log += text));
    const a = planned('post/headers');
    progress.onStart?.(a);
    progress.onEnd?.(a, {
      ...result('post/headers', 'fail'),
      findings: [
        { rule: 'x-content-type-options', severity: 'low', message: 'nosniff missing' },
        {
          rule: 'csp-not-implemented',
          severity: 'high',
          message: '::warning::no CSP',
          file: 'a.py',
          line: 3,
        },
      ],
    });
    const group = log.slice(log.indexOf('::group::'));
    expect(group).not.toContain('(no output)');
    const token = /::stop-commands::(\S+)\n/.exec(group)?.[1];
    expect(group).toContain(
      `Findings (2):\nhigh     csp-not-implemented a.py:3: ::warning::no CSP\nlow      x-content-type-options: nosniff missing\n::${token}::`,
    );
  });

  it('shows the end of a failed check’s evidence when nothing was streamed', () => {
    let log = '';
    const progress = actionsLogProgress((text) => (log += text));
    progress.onStart?.(planned('pre/build'));
    const evidence = Array.from({ length: 60 }, (_, i) => `out ${i + 1}`).join('\n');
    progress.onEnd?.(planned('pre/build'), { ...result('pre/build', 'fail'), evidence });
    expect(log).toContain('Last lines of its output:\n…\nout 21\n');
    expect(log).toContain('out 60\n');
    expect(log).not.toContain('out 20\n');
  });

  it('traces each command a check ran as a debug line, escaped', () => {
    let log = '';
    const progress = actionsLogProgress((text) => (log += text));
    progress.onCommand?.(planned('pre/bandit'), {
      command: 'bandit',
      args: ['-r', 'back end', '-f', 'json'],
      cwd: '/repo',
      exitCode: 1,
      signal: null,
      durationMs: 912,
    });
    progress.onCommand?.(planned('pre/x'), {
      command: 'sh',
      args: ['-c', 'a\nb 100%'],
      cwd: '/repo',
      exitCode: null,
      signal: 'SIGKILL',
      durationMs: 2000,
    });
    expect(log).toBe(
      [
        "::debug::pre/bandit: bandit -r 'back end' -f json (in /repo): exit code 1 after 912ms",
        "::debug::pre/x: sh -c 'a%0Ab 100%25' (in /repo): killed by SIGKILL after 2.0s",
        '',
      ].join('\n'),
    );
  });

  it('neutralises workflow commands a tool prints', () => {
    let log = '';
    const progress = actionsLogProgress((text) => (log += text));
    const check = planned('pre/evil');
    progress.onStart?.(check);
    progress.onOutput?.(check, '::add-mask::nothing\n::set-output name=verdict::pass\n');
    progress.onEnd?.(check, result('pre/evil'));
    const start = log.indexOf('::stop-commands::');
    const token = log.slice(start).split('\n')[0]!.replace('::stop-commands::', '');
    expect(token).toMatch(/^[0-9a-f-]{36}$/);
    expect(start).toBeLessThan(log.indexOf('::add-mask::'));
    expect(log.indexOf(`::${token}::`)).toBeGreaterThan(log.indexOf('::set-output'));
  });

  it('keeps only the tail of a flood of output, and says how much it left out', () => {
    let log = '';
    const progress = actionsLogProgress((text) => (log += text), 100);
    const check = planned('pre/loud');
    progress.onStart?.(check);
    for (let i = 0; i < 1000; i++)
      progress.onOutput?.(check, `line ${String(i).padStart(4, '0')}\n`);
    progress.onEnd?.(check, result('pre/loud'));
    expect(log).toContain('… (9900 earlier characters of output omitted)\n');
    expect(log).not.toContain('line 0989');
    expect(log).toContain('line 0990\n');
    expect(log).toContain('line 0999\n::');
  });
});
