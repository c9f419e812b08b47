import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/model.ts';
import {
  batches,
  logAnnotations,
  selectAnnotations,
  type Annotation,
} from '../../src/github/annotations.ts';
import { check, report } from './fixtures.ts';

const finding = (overrides: Partial<Finding> = {}): Finding => ({
  rule: 'B105',
  severity: 'medium',
  message: 'Possible hardcoded password',
  file: 'backend/settings.py',
  line: 12,
  ...overrides,
});
const annotationsOf = (findings: Finding[], max = 50) =>
  selectAnnotations(report([check({ title: 'Code security', findings })]), max);

describe('selectAnnotations', () => {
  it('places a finding on its lines, titled with its check, rule and severity, its hint and docs as details', () => {
    const { annotations } = annotationsOf([
      finding({
        column: 5,
        endColumn: 9,
        hint: 'Read it from the environment.',
        url: 'https://docs/b105',
      }),
    ]);
    expect(annotations).toEqual([
      {
        path: 'backend/settings.py',
        start_line: 12,
        end_line: 12,
        start_column: 5,
        end_column: 9,
        annotation_level: 'warning',
        message: 'Possible hardcoded password',
        title: 'Code security: B105 (medium)',
        raw_details: 'Read it from the environment.\nhttps://docs/b105',
      },
    ]);
  });

  it('gives columns only to a finding on one line, as GitHub requires', () => {
    const [annotation] = annotationsOf([finding({ column: 5, endLine: 14 })]).annotations;
    expect(annotation).toMatchObject({ start_line: 12, end_line: 14 });
    expect(annotation).not.toHaveProperty('start_column');
  });

  it('is a failure for critical and high, a warning for medium, a notice for low, info and waived', () => {
    const levels = annotationsOf([
      finding({ severity: 'critical' }),
      finding({ severity: 'high' }),
      finding({ severity: 'medium' }),
      finding({ severity: 'low' }),
      finding({ severity: 'info' }),
      finding({ severity: 'critical', waived: 'test fixture (until 2027-01-01)' }),
    ]).annotations.map((a) => [a.annotation_level, a.message]);
    expect(levels).toEqual([
      ['failure', 'Possible hardcoded password'],
      ['failure', 'Possible hardcoded password'],
      ['warning', 'Possible hardcoded password'],
      ['notice', 'Possible hardcoded password'],
      ['notice', 'Possible hardcoded password'],
      ['notice', 'Possible hardcoded password (waived: test fixture (until 2027-01-01))'],
    ]);
  });

  it('puts the most severe first and waived ones last, keeps at most max, and counts them all', () => {
    const { annotations, total } = annotationsOf(
      [
        finding({ severity: 'critical', waived: 'accepted', line: 1 }),
        finding({ severity: 'low', line: 2 }),
        finding({ severity: 'high', line: 3 }),
      ],
      2,
    );
    expect(annotations.map((a) => a.start_line)).toEqual([3, 2]);
    expect(total).toBe(3);
  });

  it('leaves out a finding GitHub cannot place', () => {
    expect(annotationsOf([finding({ line: undefined }), finding({ file: '/abs/x.py' })])).toEqual({
      annotations: [],
      total: 0,
    });
  });

  it('falls back to the rule when a finding has no message', () => {
    const [bare] = annotationsOf([finding({ message: '' })]).annotations;
    expect(bare?.message).toBe('B105');
  });

  it("clips a long message to the Checks API's 4,000 characters", () => {
    const [long] = annotationsOf([finding({ message: 'x'.repeat(5000) })]).annotations;
    expect(long?.message.length).toBeLessThanOrEqual(4000);
    expect(long?.message.length).toBeGreaterThan(3900);
  });
});

describe('batches', () => {
  it('cuts the annotations into requests of 50', () => {
    const items = Array.from({ length: 120 }, (_, i) => i);
    expect(batches(items).map((batch) => batch.length)).toEqual([50, 50, 20]);
    expect(batches([])).toEqual([]);
  });
});

describe('logAnnotations', () => {
  const annotation = (level: Annotation['annotation_level'], line: number): Annotation => ({
    path: 'app.py',
    start_line: line,
    end_line: line,
    annotation_level: level,
    message: `m${line}`,
    title: 't',
  });

  it('turns each annotation into the workflow command of its level', () => {
    expect(
      logAnnotations([{ ...annotation('failure', 3), start_column: 2, end_column: 4 }]),
    ).toEqual([
      {
        command: 'error',
        message: 'm3',
        properties: {
          title: 't',
          file: 'app.py',
          startLine: 3,
          endLine: 3,
          startColumn: 2,
          endColumn: 4,
        },
      },
    ]);
  });

  it('keeps the first perKind of each kind, since a step shows no more', () => {
    const many = [
      annotation('failure', 1),
      annotation('failure', 2),
      annotation('failure', 3),
      annotation('warning', 4),
      annotation('notice', 5),
    ];
    expect(logAnnotations(many, 2).map((a) => [a.command, a.properties.startLine])).toEqual([
      ['error', 1],
      ['error', 2],
      ['warning', 4],
      ['notice', 5],
    ]);
  });
});
