import type { Finding } from '../../core/model.ts';
import { ruleSeverity } from '../../core/severity.ts';
import { repoRelative } from '../../util/paths.ts';
import { ok } from '../../util/result.ts';
import { filesScope, type ToolParser } from '../kit/tool-report.ts';

/**
 * `path:row:col: CODE text`. The path is whatever precedes the first `:row:col: CODE `, so a
 * Windows drive letter or a colon inside the path stays part of it, and colons in the message
 * do not matter. Codes are letters then digits (E501, F401, ABC123 from plugins).
 */
const VIOLATION = /^(.+?):(\d+):(\d+): ([A-Z]+\d+) (.*)$/;

/**
 * Reads flake8's default output. Every violation becomes a finding with its code, file, line
 * and column; the severity comes from the one table in core/severity.ts. Lines that are not
 * violations (a plugin's chatter) are skipped, never guessed at. Pure and total.
 */
export const parseFlake8: ToolParser = ({ stdout }, { root, cwd }) => {
  const findings: Finding[] = [];
  for (const line of stdout.split('\n')) {
    const match = VIOLATION.exec(line);
    if (!match) continue;
    const [, rawPath = '', row = '', col = '', code = '', text = ''] = match;
    const file = repoRelative(root, cwd, rawPath);
    findings.push({
      rule: code,
      severity: ruleSeverity('flake8', code, 'low'),
      message: text,
      ...(file ? { file } : {}),
      ...(Number(row) > 0 ? { line: Number(row) } : {}),
      // flake8 reports column 1 for whole-line problems and 1-based columns otherwise.
      ...(Number(col) > 0 ? { column: Number(col) } : {}),
    });
  }
  const scope = filesScope(findings);
  return ok(scope ? { findings, scope } : { findings });
};
