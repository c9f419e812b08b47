import { styleText } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/model.ts';
import { renderText, type Style } from '../../src/report/render-text.ts';
import { check, report } from '../github/fixtures.ts';

const low = (line: number): Finding => ({
  rule: 'E501',
  severity: 'low',
  message: 'line too long',
  file: 'backend/crm/views.py',
  line,
});
const high: Finding = {
  rule: 'B602',
  severity: 'high',
  message: 'subprocess call with shell=True identified',
  file: 'backend/crm/tasks.py',
  line: 40,
  column: 5,
  hint: 'Pass the command as a list and drop shell=True.',
};
const cookie: Finding = {
  rule: 'cookies-session-without-secure-flag',
  severity: 'high',
  message: 'Session cookie sessionid is set without the Secure flag.',
  hint: 'Set SESSION_COOKIE_SECURE = True.',
};

const failing = report([
  check({ id: 'pre/black', kind: 'black', title: 'Formatting (black)' }),
  check({
    id: 'pre/flake8',
    kind: 'flake8',
    title: 'Lint (flake8)',
    status: 'fail',
    failOn: 'high',
    summary: '1 high, 30 low',
    findings: [
      ...Array.from({ length: 30 }, (_, i) => low(i + 1)),
      { ...high, rule: 'F821', message: "undefined name 'x'" },
    ],
  }),
  check({ id: 'pre/bandit', status: 'fail', failOn: 'high', summary: '1 high', findings: [high] }),
  check({
    id: 'pre/command/build',
    kind: 'command',
    title: 'Build',
    status: 'fail',
    summary: 'exit code 1',
    evidence: Array.from({ length: 40 }, (_, i) => `build line ${i + 1}`).join('\n'),
  }),
  check({
    id: 'post/web/headers',
    kind: 'headers',
    title: 'Headers',
    phase: 'post',
    status: 'fail',
    findings: [cookie],
  }),
  check({
    id: 'post/web/cookies',
    kind: 'cookies',
    title: 'Cookies',
    phase: 'post',
    status: 'fail',
    findings: [cookie],
  }),
  check({
    id: 'pre/eslint',
    kind: 'eslint',
    title: 'Lint (ESLint)',
    status: 'fail',
    blocking: false,
    summary: '1 medium',
    findings: [
      {
        rule: 'no-unused-vars',
        severity: 'medium',
        message: "'a' is unused",
        file: 'web/a.ts',
        line: 3,
      },
    ],
  }),
]);

describe('renderText', () => {
  it('leads with what blocks, most severe first, with fix hints and rule docs', () => {
    const text = renderText(failing);
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      'Shipgate: FAIL · 3 blocking findings · 1 other failure · 1 of 7 checks passed · advisory: 1 failing · 8.1s',
    );
    expect(lines[2]).toBe('What blocks this merge:');
    // The high findings come before every low one, whatever order the tools printed them in.
    const blockers = text.slice(text.indexOf('What blocks'), text.indexOf('Did not pass'));
    expect(blockers).toContain(
      "high     F821 backend/crm/tasks.py:40:5: undefined name 'x' · Lint (flake8)",
    );
    expect(blockers).toContain(
      'high     B602 backend/crm/tasks.py:40:5: subprocess call with shell=True identified · Code security (bandit)\n' +
        '           fix: Pass the command as a list and drop shell=True.\n' +
        '           docs: https://bandit.readthedocs.io/en/latest/plugins/b602_subprocess_popen_with_shell_equals_true.html',
    );
    expect(blockers).not.toContain('E501');
  });

  it('shows a finding two probes reported once, naming both checks', () => {
    const text = renderText(failing);
    expect(text.match(/cookies-session-without-secure-flag/g)).toHaveLength(1);
    expect(text).toContain('fix: Set SESSION_COOKIE_SECURE = True.');
    expect(text).toContain('without the Secure flag. · Headers, Cookies');
  });

  it('lists the checks that did not pass, the rest of their findings most severe first, capped', () => {
    const text = renderText(failing, { maxFindingsPerCheck: 5 });
    const flake8 = text.slice(text.indexOf('FAIL  pre/flake8'), text.indexOf('FAIL  pre/bandit'));
    expect(flake8.match(/E501/g)).toHaveLength(5);
    expect(flake8).toContain('…and 25 more (see --format json)');
  });

  it('shows the end of the output of a check that failed without findings', () => {
    const text = renderText(failing);
    const build = text.slice(text.indexOf('FAIL  pre/command/build'));
    expect(build).toContain('│ …\n');
    expect(build).toContain('│ build line 40');
    expect(build).toContain('│ build line 26');
    expect(build).not.toContain('build line 25\n');
  });

  it('counts advisory checks apart and lists them under their own heading', () => {
    const text = renderText(failing);
    const advisory = text.slice(text.indexOf('Advisory, never blocks (1 check):'));
    expect(advisory).toContain(
      "FAIL  pre/eslint (912ms): 1 medium [advisory]\n      medium   no-unused-vars web/a.ts:3: 'a' is unused",
    );
    expect(text.indexOf('Advisory')).toBeGreaterThan(text.indexOf('Did not pass'));
  });

  it('lists passing checks unless the live progress has shown them', () => {
    expect(renderText(failing)).toContain(
      'Passed or skipped:\n  PASS  pre/black (912ms): no findings',
    );
    expect(renderText(failing, { progressShown: true })).not.toContain('pre/black');
    const passing = renderText(report([check()]), { progressShown: true });
    expect(passing).toBe('Shipgate: PASS · 1 check passed · 8.1s\n');
  });

  it('colours statuses and severities through the style it is given, and nothing without one', () => {
    const style: Style = (format, text) => styleText(format, text, { validateStream: false });
    const coloured = renderText(failing, { style });
    expect(coloured).toContain(
      `${styleText(['red', 'bold'], 'FAIL', { validateStream: false })} ·`,
    );
    expect(coloured).toContain(styleText('red', 'high    ', { validateStream: false }));
    expect(renderText(failing)).not.toContain('\x1b[');
  });
});
