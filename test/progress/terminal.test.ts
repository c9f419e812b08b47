import { describe, expect, it } from 'vitest';
import { terminalProgress } from '../../src/progress/terminal.ts';
import { planned, result } from './fixtures.ts';

describe('terminal progress', () => {
  it('prints plain start and end lines when not live', () => {
    let out = '';
    const progress = terminalProgress((text) => (out += text), false);
    progress.onStart?.(planned('pre/a'));
    progress.onEnd?.(planned('pre/a'), result('pre/a'));
    progress.stop();
    expect(out).toBe('start pre/a: Title of pre/a\nPASS  pre/a (1.5s): exit code 0\n');
  });

  it('redraws one status line in place when live, and clears it at the end', () => {
    let out = '';
    const progress = terminalProgress((text) => (out += text), true);
    progress.onStart?.(planned('pre/a'));
    progress.onStart?.(planned('pre/b'));
    expect(out).toMatch(/\r\x1b\[2K. 0 done · running: pre\/a, pre\/b/);
    progress.onEnd?.(planned('pre/a'), result('pre/a'));
    expect(out).toContain('\r\x1b[2KPASS  pre/a (1.5s): exit code 0\n');
    expect(out).toMatch(/running: pre\/b \d+ms$/);
    progress.stop();
    expect(out.endsWith('\r\x1b[2K')).toBe(true);
  });

  it('shows the end of the log under a check that ended in error, and only then', () => {
    let out = '';
    const progress = terminalProgress((text) => (out += text), false);
    for (const id of ['pre/crashed', 'pre/passed']) {
      progress.onStart?.(planned(id));
      progress.onOutput?.(
        planned(id),
        'TypeError: boom\n    at parse (src/gates/x/parse.ts:3:9)\n',
      );
    }
    progress.onEnd?.(planned('pre/crashed'), { ...result('pre/crashed'), status: 'error' });
    progress.onEnd?.(planned('pre/passed'), result('pre/passed'));
    expect(out).toContain(
      ': exit code 0\n    TypeError: boom\n        at parse (src/gates/x/parse.ts:3:9)\nPASS  pre/passed',
    );
    expect(out.match(/TypeError/g)).toHaveLength(1);
  });

  it("leaves an errored tool's output to the report, which prints it as evidence", () => {
    let out = '';
    const progress = terminalProgress((text) => (out += text), false);
    progress.onStart?.(planned('pre/django'));
    progress.onOutput?.(planned('pre/django'), "ModuleNotFoundError: No module named 'dotenv'\n");
    progress.onEnd?.(planned('pre/django'), {
      ...result('pre/django', 'error'),
      evidence: "ModuleNotFoundError: No module named 'dotenv'",
    });
    expect(out).not.toContain('ModuleNotFoundError');
  });
});
