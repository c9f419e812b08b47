import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../src/core/model.ts';
import {
  atLeast,
  bySeverity,
  moreSevere,
  normalizeSeverity,
  ruleSeverity,
  statusOf,
} from '../../src/core/severity.ts';

const finding = (severity: Severity, waived?: string): Finding => ({
  rule: `r-${severity}`,
  severity,
  message: 'm',
  ...(waived ? { waived } : {}),
});

describe('the severity scale', () => {
  it('orders critical above high above medium above low above info', () => {
    expect(atLeast('critical', 'high')).toBe(true);
    expect(atLeast('high', 'high')).toBe(true);
    expect(atLeast('medium', 'high')).toBe(false);
    expect(atLeast('info', 'low')).toBe(false);
    expect(moreSevere('low', 'medium')).toBe('medium');
    expect(moreSevere('critical', 'info')).toBe('critical');
  });

  it('sorts findings most severe first and keeps the order within a level', () => {
    const sorted = [finding('low'), finding('critical'), { ...finding('low'), rule: 'second' }]
      .sort(bySeverity)
      .map((f) => f.rule);
    expect(sorted).toEqual(['r-critical', 'r-low', 'second']);
  });

  it("maps tools' own words onto the scale, with a fallback for unknown ones", () => {
    expect(normalizeSeverity('MODERATE', 'high')).toBe('medium');
    expect(normalizeSeverity(' Warning ', 'high')).toBe('medium');
    expect(normalizeSeverity('suggestion', 'high')).toBe('info'); // tsc's own categories
    expect(normalizeSeverity('message', 'high')).toBe('info');
    expect(normalizeSeverity('whatever', 'low')).toBe('low');
    expect(normalizeSeverity(undefined, 'info')).toBe('info');
  });

  it('gives a rule the severity of its longest matching prefix', () => {
    expect(ruleSeverity('flake8', 'E999', 'info')).toBe('high');
    expect(ruleSeverity('flake8', 'E501', 'info')).toBe('low');
    expect(ruleSeverity('flake8', 'X100', 'info')).toBe('info');
    expect(ruleSeverity('unknown-tool', 'E999', 'medium')).toBe('medium');
  });
});

describe('statusOf', () => {
  it('passes when there is no finding', () => {
    expect(statusOf([], { failOn: 'high' })).toBe('pass');
  });

  it('fails when a finding reaches fail-on, and warns on the ones below it', () => {
    expect(statusOf([finding('low'), finding('high')], { failOn: 'high' })).toBe('fail');
    expect(statusOf([finding('critical')], { failOn: 'high' })).toBe('fail');
    expect(statusOf([finding('medium')], { failOn: 'high' })).toBe('warn');
    expect(statusOf([finding('info')], { failOn: 'high' })).toBe('warn');
  });

  it('lets findings below warn-from pass', () => {
    expect(statusOf([finding('info')], { failOn: 'high', warnFrom: 'low' })).toBe('pass');
    expect(statusOf([finding('low')], { failOn: 'high', warnFrom: 'low' })).toBe('warn');
  });

  it('never fails on findings when no fail-on is given', () => {
    expect(statusOf([finding('critical')], { warnFrom: 'medium' })).toBe('warn');
    expect(statusOf([finding('low')], { warnFrom: 'medium' })).toBe('pass');
  });

  it('judges no waived finding', () => {
    expect(statusOf([finding('critical', 'accepted')], { failOn: 'high' })).toBe('pass');
    expect(statusOf([finding('critical', 'accepted'), finding('low')], { failOn: 'high' })).toBe(
      'warn',
    );
  });
});
