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
});
