import type { Grade } from '../../config/post-schema.ts';
import type { Assessment } from './assessment.ts';

/** MDN HTTP Observatory grade chart: the lowest score of each grade, best first. */
const GRADE_CHART: readonly (readonly [number, Grade])[] = [
  [100, 'A+'],
  [90, 'A'],
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
  [0, 'F'],
];

/** Bonuses are extra credit: they count only when the penalty-only score reaches this (an A). */
const BONUS_THRESHOLD = 90;

/**
 * Observatory scoring: start at 100, add the penalties, add the bonuses only when that
 * reaches 90 (RELIABILITY.md §2.1). The score is what the Observatory reports (at least 0,
 * above 100 with bonuses, as its "115/100"); the grade is that of the score floored to a
 * multiple of 5 and capped at 100.
 */
export function scoreOf(assessments: readonly Assessment[]): { score: number; grade: Grade } {
  const modifiers = assessments.map((a) => a.modifier);
  const penalised = 100 + modifiers.filter((m) => m < 0).reduce((sum, m) => sum + m, 0);
  const bonus =
    penalised >= BONUS_THRESHOLD
      ? modifiers.filter((m) => m > 0).reduce((sum, m) => sum + m, 0)
      : 0;
  const score = Math.max(0, penalised + bonus);
  return { score, grade: gradeOf(Math.min(100, Math.floor(score / 5) * 5)) };
}

export function gradeOf(score: number): Grade {
  return GRADE_CHART.find(([floor]) => score >= floor)?.[1] ?? 'F';
}

/** Position in the chart, best first: for "at least min-grade" comparisons. */
export const gradeRank = (grade: Grade): number => GRADE_CHART.findIndex(([, g]) => g === grade);
