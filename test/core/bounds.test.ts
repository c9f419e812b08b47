import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/model.ts';
import { boundFindings } from '../../src/core/bounds.ts';

const finding = (message: string, severity: Finding['severity']): Finding => ({
  rule: 'R1',
  severity,
  message,
});

describe('boundFindings', () => {
  it('keeps every finding, in order, when they fit', () => {
    const findings = [finding('a', 'low'), finding('b', 'critical')];
    expect(boundFindings(findings, 2)).toEqual({ kept: findings, dropped: 0 });
  });

  it('keeps the most severe past the bound, in their order among equals, and counts the rest', () => {
    const findings = [
      finding('low 1', 'low'),
      finding('high 1', 'high'),
      finding('info', 'info'),
      finding('high 2', 'high'),
      finding('critical', 'critical'),
    ];
    expect(boundFindings(findings, 3)).toEqual({
      kept: [findings[4], findings[1], findings[3]],
      dropped: 2,
    });
  });

  it('bounds a check at 10,000 findings by default', () => {
    const many = Array.from({ length: 10_005 }, (_, i) => finding(`f${i}`, 'low'));
    expect(boundFindings(many).dropped).toBe(5);
    expect(boundFindings(many).kept).toHaveLength(10_000);
  });
});
