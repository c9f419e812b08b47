import { describe, expect, it } from 'vitest';
import { gradeOf, scoreOf } from '../../../src/analyzers/security-headers/grade.ts';

describe('scoreOf and gradeOf', () => {
  it('adds bonuses only when the penalty-only score reaches 90, and grades the score floored to 5', () => {
    const mk = (modifier: number) => ({ test: 't', result: 'r', modifier, findings: [] });
    expect(scoreOf([mk(-5), mk(10)])).toEqual({ score: 105, grade: 'A+' });
    expect(scoreOf([mk(-15), mk(10)])).toEqual({ score: 85, grade: 'A-' });
    expect(scoreOf([mk(-12)])).toEqual({ score: 88, grade: 'A-' });
    expect(scoreOf([mk(-200)])).toEqual({ score: 0, grade: 'F' });
  });

  it.each([
    [100, 'A+'],
    [95, 'A'],
    [85, 'A-'],
    [80, 'B+'],
    [70, 'B'],
    [65, 'B-'],
    [60, 'C+'],
    [50, 'C'],
    [45, 'C-'],
    [40, 'D+'],
    [30, 'D'],
    [25, 'D-'],
    [20, 'F'],
  ] as const)('score %i is %s', (score, grade) => expect(gradeOf(score)).toBe(grade));
});
