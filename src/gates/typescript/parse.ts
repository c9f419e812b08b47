import type { Finding } from '../../core/model.ts';
import { normalizeSeverity } from '../../core/severity.ts';
import { repoRelative } from '../../util/paths.ts';
import { ok } from '../../util/result.ts';
import { filesScope, type ToolParser } from '../kit/tool-report.ts';

/** `file(line,col): error TS1234: message`, as `tsc --pretty false` prints a diagnostic. */
const LOCATED = /^(.+)\((\d+),(\d+)\): (error|warning|suggestion|message) (TS\d+): (.*)$/;
/** A diagnostic without a file: the options or the tsconfig itself are wrong. */
const GLOBAL = /^(error|warning|suggestion|message) (TS\d+): (.*)$/;

/**
 * Parses `tsc --noEmit --pretty false` output. A chained message continues on indented
 * lines, which are joined to the diagnostic they belong to; other lines (tsc said something
 * else) are counted as `unparsed`. Pure and total.
 */
export const parseTscOutput: ToolParser = ({ stdout }, paths) => {
  const findings: Finding[] = [];
  let unparsed = 0;
  for (const line of stdout.split('\n')) {
    const located = LOCATED.exec(line);
    const global = located ? null : GLOBAL.exec(line);
    const last = findings.at(-1);
    if (located) {
      const [, file = '', row = '', column = '', category, code = '', message = ''] = located;
      const where = repoRelative(paths.root, paths.cwd, file);
      findings.push({
        rule: code,
        severity: normalizeSeverity(category, 'high'),
        message,
        ...(where ? { file: where, line: Number(row), column: Number(column) } : {}),
      });
    } else if (global) {
      const [, category, code = '', message = ''] = global;
      findings.push({ rule: code, severity: normalizeSeverity(category, 'high'), message });
    } else if (/^\s+\S/.test(line) && last) {
      last.message += `\n${line.trim()}`;
    } else if (line.trim()) {
      unparsed += 1;
    }
  }
  const scope = filesScope(findings);
  return ok({ findings, ...(scope ? { scope } : {}), ...(unparsed ? { unparsed } : {}) });
};
