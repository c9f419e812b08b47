import { clip } from '../report/budget.ts';
import { locate } from '../report/location.ts';
import { SEVERITIES, type Finding, type Report, type Severity } from '../core/model.ts';
import { severityRank } from '../core/severity.ts';

type AnnotationLevel = 'failure' | 'warning' | 'notice';

/** A check-run annotation, in the shape of the Checks API (snake_case is GitHub's). */
export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: AnnotationLevel;
  message: string;
  title: string;
  raw_details?: string;
}

/** How loud a finding is on the diff. */
const ANNOTATION_LEVEL: Readonly<Record<Severity, AnnotationLevel>> = {
  critical: 'failure',
  high: 'failure',
  medium: 'warning',
  low: 'notice',
  info: 'notice',
};

/** The Checks API takes at most 50 annotations per request; each update appends. */
const ANNOTATIONS_PER_REQUEST = 50;

function toAnnotation(found: Finding, checkTitle: string): Annotation | undefined {
  const finding = locate(found);
  if (!finding) return undefined;
  const endLine = Math.max(finding.line, finding.endLine ?? finding.line);
  // GitHub accepts columns only when the annotation starts and ends on the same line.
  const columns =
    finding.column && endLine === finding.line
      ? {
          start_column: finding.column,
          end_column: Math.max(finding.column, finding.endColumn ?? finding.column),
        }
      : {};
  const details = [finding.hint, finding.url].filter(Boolean).join('\n');
  return {
    path: finding.file,
    start_line: finding.line,
    end_line: endLine,
    ...columns,
    annotation_level: finding.waived ? 'notice' : ANNOTATION_LEVEL[finding.severity],
    message: clip(
      `${finding.message || finding.rule}${finding.waived ? ` (waived: ${finding.waived})` : ''}`,
      4000,
    ),
    title: clip(`${checkTitle}: ${finding.rule} (${finding.severity})`, 255),
    ...(details ? { raw_details: clip(details, 4000) } : {}),
  };
}

/**
 * The annotations for a report: every finding with a file and line, highest severity first
 * (waived ones last), at most `max`. `total` counts them all, for the summary to say how
 * many were left out.
 */
export function selectAnnotations(
  report: Report,
  max: number,
): { annotations: Annotation[]; total: number } {
  const rank = (finding: Finding) =>
    severityRank(finding.severity) + (finding.waived ? SEVERITIES.length : 0);
  const located = report.checks
    .flatMap((check) => check.findings.map((finding) => ({ finding, check })))
    .sort((a, b) => rank(a.finding) - rank(b.finding))
    .map(({ finding, check }) => toAnnotation(finding, check.title))
    .filter((annotation) => annotation !== undefined);
  return { annotations: located.slice(0, Math.max(0, max)), total: located.length };
}

/** `items` in consecutive batches of `size`. */
export function batches<T>(items: readonly T[], size = ANNOTATIONS_PER_REQUEST): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

/** A workflow-command annotation (`::error file=…,line=…::message`), for when no check run can be written. */
export interface LogAnnotation {
  command: 'error' | 'warning' | 'notice';
  message: string;
  properties: {
    title: string;
    file: string;
    startLine: number;
    endLine: number;
    startColumn?: number;
    endColumn?: number;
  };
}

const LOG_COMMAND = { failure: 'error', warning: 'warning', notice: 'notice' } as const;

/**
 * The annotations worth printing as workflow commands: a step shows only 10 of each kind and
 * drops the rest silently, so this keeps the first `perKind` of each (the input is already
 * highest severity first).
 */
export function logAnnotations(annotations: readonly Annotation[], perKind = 10): LogAnnotation[] {
  const counts = { error: 0, warning: 0, notice: 0 };
  const result: LogAnnotation[] = [];
  for (const annotation of annotations) {
    const command = LOG_COMMAND[annotation.annotation_level];
    if (counts[command] >= perKind) continue;
    counts[command] += 1;
    result.push({
      command,
      message: annotation.message,
      properties: {
        title: annotation.title,
        file: annotation.path,
        startLine: annotation.start_line,
        endLine: annotation.end_line,
        ...(annotation.start_column !== undefined ? { startColumn: annotation.start_column } : {}),
        ...(annotation.end_column !== undefined ? { endColumn: annotation.end_column } : {}),
      },
    });
  }
  return result;
}
