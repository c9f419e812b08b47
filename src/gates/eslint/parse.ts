import { z } from 'zod';
import type { Finding } from '../../core/model.ts';
import { normalizeSeverity } from '../../core/severity.ts';
import { repoRelative } from '../../util/paths.ts';
import { ok, parseJson } from '../../util/result.ts';
import { checkShape } from '../kit/json-fields.ts';
import { filesScope, type ToolParser } from '../kit/tool-report.ts';

const messageSchema = z.object({
  ruleId: z.string().nullish(),
  severity: z.number(),
  message: z.string(),
  fatal: z.boolean().optional(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
  endLine: z.number().int().optional(),
  endColumn: z.number().int().optional(),
});

const reportSchema = z.array(z.object({ filePath: z.string(), messages: z.array(messageSchema) }));

/** ESLint's numeric severities in the words of the shared severity table. */
const SEVERITY_WORDS: Readonly<Record<number, string>> = { 1: 'warning', 2: 'error' };

const positive = (n: number | undefined) => (n !== undefined && n > 0 ? n : undefined);

/**
 * Parses `eslint -f json`: every message becomes a finding with its rule, file and range.
 * A message without a rule is ESLint's own: a fatal one is a parse error, the others are
 * about eslint-disable comments. Pure and total.
 */
export const parseEslintReport: ToolParser = ({ stdout }, paths) => {
  const json = parseJson(stdout);
  if (!json.ok) return json;
  const report = checkShape(reportSchema, json.value, 'ESLint JSON');
  if (!report.ok) return report;
  const findings: Finding[] = [];
  for (const file of report.value) {
    const where = repoRelative(paths.root, paths.cwd, file.filePath);
    for (const message of file.messages) {
      const rule = message.ruleId ?? (message.fatal ? 'eslint/parse-error' : 'eslint/directive');
      const severity = message.fatal
        ? 'high'
        : normalizeSeverity(SEVERITY_WORDS[message.severity], 'info');
      const position = {
        line: positive(message.line),
        column: positive(message.column),
        endLine: positive(message.endLine),
        endColumn: positive(message.endColumn),
      };
      findings.push({
        rule,
        severity,
        message: message.message,
        ...(where ? { file: where } : {}),
        ...Object.fromEntries(Object.entries(position).filter(([, v]) => v !== undefined)),
      });
    }
  }
  const scope = filesScope(findings);
  return ok(scope ? { findings, scope } : { findings });
};
