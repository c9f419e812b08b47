import type { Finding } from '../../core/model.ts';
import { normalizeSeverity } from '../../core/severity.ts';
import { repoRelative } from '../../util/paths.ts';
import { fail, ok, parseJson } from '../../util/result.ts';
import { plural } from '../../util/text.ts';
import { isObject, list, position, text, type JsonObject } from '../kit/json-fields.ts';
import type { ToolParser, ToolPaths } from '../kit/tool-report.ts';

const CONFIDENCES = ['low', 'medium', 'high'] as const;
type Confidence = (typeof CONFIDENCES)[number];

export interface BanditParseOptions extends ToolPaths {
  minConfidence: Confidence;
}

/** bandit's UNDEFINED (or a missing) confidence ranks with LOW. */
const confidenceRank = (raw: string | undefined): number =>
  Math.max(0, CONFIDENCES.indexOf((raw ?? '').toLowerCase() as Confidence));

/**
 * Reads `bandit -f json` output: every result at or above `minConfidence` becomes a finding
 * (rule = test id, severity from bandit's), and every entry of `errors[]` (a file bandit
 * could not parse or read) becomes a high finding, because an unscanned file is not a clean
 * one. Pure and total: anything that is not a bandit report is an error naming what is wrong.
 */
export const parseBandit: ToolParser<BanditParseOptions> = ({ stdout }, options) => {
  const json = parseJson(stdout);
  if (!json.ok) return json;
  const report = json.value;
  if (!isObject(report) || !Array.isArray(report.results)) {
    return fail('unexpected bandit JSON: no "results" array (is this bandit ≥ 1.0 with -f json?)');
  }
  const minRank = CONFIDENCES.indexOf(options.minConfidence);
  // Reports repeat a handful of file names thousands of times: resolve each once.
  const resolved = new Map<string, string | undefined>();
  const where = (file: string | undefined) => {
    if (file === undefined) return undefined;
    if (!resolved.has(file)) resolved.set(file, repoRelative(options.root, options.cwd, file));
    return resolved.get(file);
  };
  const findings: Finding[] = [];
  let dropped = 0;
  for (const item of report.results as unknown[]) {
    if (!isObject(item)) continue;
    const confidence = text(item.issue_confidence);
    if (confidenceRank(confidence) < minRank) {
      dropped += 1;
      continue;
    }
    findings.push(resultFinding(item, confidence, where));
  }
  for (const item of list(report.errors)) {
    if (!isObject(item)) continue;
    const file = where(text(item.filename));
    findings.push({
      rule: 'not-scanned',
      severity: 'high',
      message: `bandit could not scan ${file ?? text(item.filename) ?? 'a file'}: ${text(item.reason) ?? 'unknown reason'}`,
      ...(file ? { file } : {}),
    });
  }
  const metrics = isObject(report.metrics) ? report.metrics : {};
  const totals = isObject(metrics._totals) ? metrics._totals : {};
  const files = Object.keys(metrics).filter((key) => key !== '_totals').length;
  const loc = typeof totals.loc === 'number' ? totals.loc : 0;
  const nosec = typeof totals.nosec === 'number' ? totals.nosec : 0;
  const scope = [`${plural(files, 'file')}, ${plural(loc, 'line')}`];
  if (nosec > 0) scope.push(`${plural(nosec, 'line')} marked # nosec`);
  if (dropped > 0) scope.push(`${dropped} below min-confidence ${options.minConfidence}`);
  return ok({
    findings,
    scope: scope.join('; '),
    metrics: { files, loc, nosec, belowConfidence: dropped },
    ...(files === 0 ? { nothingToCheck: 'no Python files to scan' } : {}),
  });
};

/** A bandit result as a finding: its test, severity and confidence, at its line and column. */
function resultFinding(
  item: JsonObject,
  confidence: string | undefined,
  where: (file: string | undefined) => string | undefined,
): Finding {
  const line = position(item.line_number);
  const column = typeof item.col_offset === 'number' ? position(item.col_offset + 1) : undefined;
  const file = where(text(item.filename));
  const testName = text(item.test_name);
  const url = text(item.more_info);
  const about = testName ? [testName] : [];
  if (confidence) about.push(`confidence ${confidence.toLowerCase()}`);
  // Optional fields are assigned, not spread: reports run to tens of thousands of results.
  const finding: Finding = {
    rule: text(item.test_id) ?? 'bandit',
    severity: normalizeSeverity(text(item.issue_severity), 'medium'),
    message: `${text(item.issue_text) ?? 'bandit issue'}${about.length ? ` (${about.join(', ')})` : ''}`,
  };
  if (file) finding.file = file;
  if (line) finding.line = line;
  if (column) finding.column = column;
  if (url) finding.url = url;
  return finding;
}
