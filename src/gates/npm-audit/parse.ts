import { z } from 'zod';
import type { Finding, Severity } from '../../core/model.ts';
import { moreSevere, normalizeSeverity } from '../../core/severity.ts';
import { fail, ok, parseJson } from '../../util/result.ts';
import { checkShape } from '../kit/json-fields.ts';
import type { ToolParser } from '../kit/tool-report.ts';
import { plural } from '../../util/text.ts';

/**
 * The parser of `npm audit --json` (report version 2, npm 7 and later; the shape is built
 * by npm/cli workspaces/arborist/lib/audit-report.js). Pure and total.
 */

const advisorySchema = z.object({
  source: z.number(),
  name: z.string(),
  dependency: z.string().optional(),
  title: z.string(),
  url: z.string(),
  severity: z.string(),
  range: z.string(),
});

const fixSchema = z.union([
  z.boolean(),
  z.object({ name: z.string(), version: z.string(), isSemVerMajor: z.boolean().optional() }),
]);

const vulnerabilitySchema = z.object({
  name: z.string(),
  isDirect: z.boolean().optional(),
  // A string names another vulnerable package this one is vulnerable through.
  via: z.array(z.union([z.string(), advisorySchema])),
  effects: z.array(z.string()).default([]),
  nodes: z.array(z.string()).default([]),
  fixAvailable: fixSchema.optional(),
});

const reportSchema = z.object({
  auditReportVersion: z.literal(2),
  vulnerabilities: z.record(z.string(), vulnerabilitySchema),
  metadata: z
    .object({ dependencies: z.object({ total: z.number() }).partial().optional() })
    .optional(),
});

/** npm's own failure, printed as JSON on stdout instead of a report. */
const npmErrorSchema = z.object({
  error: z.object({
    code: z.string().nullish(),
    summary: z.string().nullish(),
    detail: z.string().nullish(),
  }),
});

/** A failed request to the advisory endpoint (npm's utils/audit-error.js). */
const registryErrorSchema = z.object({
  message: z.string(),
  statusCode: z.number().nullish(),
  uri: z.string().nullish(),
});

/** Where the lockfile is, so that a finding can point at the entry of the vulnerable package. */
interface Lockfile {
  /** Repository-relative path. */
  path: string;
  text: string;
}

export interface NpmAuditParseOptions {
  /** The project directory (repository-relative), for the hint on a missing lockfile. */
  dir: string;
  lockfile?: Lockfile | undefined;
}

const GHSA = /GHSA(?:-[23456789cfghjmpqrvwx]{4}){3}/i;
const MAX_PATHS = 3;

/**
 * Parses npm audit's stdout: a report becomes one finding per advisory and vulnerable
 * package (the GHSA id is the rule); npm's own error envelope is a failure in npm's words,
 * a failed advisory request one naming the registry's answer, and anything else (garbage,
 * truncated JSON, the npm 6 report shape) a failure naming the cause.
 */
export const parseNpmAudit: ToolParser<NpmAuditParseOptions> = ({ stdout }, { dir, lockfile }) => {
  const json = parseJson(stdout);
  if (!json.ok) return json;
  // A failed advisory request carries both shapes (with an empty `error`); its status wins.
  const registryError = registryErrorSchema.safeParse(json.value);
  if (registryError.success && !('auditReportVersion' in (json.value as object))) {
    const { statusCode, message } = registryError.data;
    const status = statusCode ? ` answered ${statusCode}` : ' failed';
    return fail(`the registry's advisory endpoint${status}: ${message}`);
  }
  const npmError = npmErrorSchema.safeParse(json.value);
  if (npmError.success) {
    const { code, summary, detail } = npmError.data.error;
    const hint =
      code === 'ENOLOCK'
        ? `commit a lockfile: run npm i --package-lock-only in ${dir}`
        : (detail ?? '').split('\n')[0];
    return {
      ok: false,
      error: `${code ?? 'unknown error'}: ${summary ?? ''}${hint ? ` (${hint})` : ''}`,
      own: detail ? { evidence: detail } : {},
    };
  }
  const version = (json.value as { auditReportVersion?: unknown } | null)?.auditReportVersion;
  if (version !== undefined && version !== 2) {
    return fail(
      `unsupported npm audit report version ${JSON.stringify(version)} (Shipgate reads version 2, npm 7 and later)`,
    );
  }
  const report = checkShape(reportSchema, json.value, 'npm audit report');
  if (!report.ok) return report;
  const findings = advisoryFindings(report.value.vulnerabilities, lockfile);
  const dependencies = report.value.metadata?.dependencies?.total;
  return ok(
    dependencies === undefined
      ? { findings }
      : {
          findings,
          scope: `${plural(dependencies, 'dependency', 'dependencies')} audited`,
          metrics: { dependencies },
        },
  );
};

type Vulnerability = z.infer<typeof vulnerabilitySchema>;

function advisoryFindings(
  vulnerabilities: Record<string, Vulnerability>,
  lockfile: Lockfile | undefined,
): Finding[] {
  const findings: Finding[] = [];
  const lines = lockfile ? lockfileLines(lockfile.text) : undefined;
  for (const name of Object.keys(vulnerabilities).sort()) {
    const vulnerability = vulnerabilities[name];
    if (!vulnerability) continue;
    // One advisory can come back once per vulnerable range; the reader wants it once.
    const byRule = new Map<
      string,
      { advisory: z.infer<typeof advisorySchema>; ranges: string[]; severity: Severity }
    >();
    for (const via of vulnerability.via) {
      if (typeof via === 'string') continue;
      const rule = GHSA.exec(via.url)?.[0] ?? `npm-advisory-${via.source}`;
      const severity = normalizeSeverity(via.severity, 'high');
      const seen = byRule.get(rule);
      if (!seen) {
        byRule.set(rule, { advisory: via, ranges: [via.range], severity });
        continue;
      }
      if (!seen.ranges.includes(via.range)) seen.ranges.push(via.range);
      seen.severity = moreSevere(seen.severity, severity);
    }
    for (const [rule, { advisory, ranges, severity }] of byRule) {
      const node = vulnerability.nodes[0];
      const line = node === undefined ? undefined : lines?.get(node);
      findings.push({
        rule,
        severity,
        message: `${advisory.title}: ${name} ${ranges.join(' || ')} (${describePaths(vulnerability)})`,
        url: advisory.url,
        hint: fixHint(vulnerability.fixAvailable),
        subject: name,
        ...(lockfile ? { file: lockfile.path } : {}),
        ...(line ? { line } : {}),
      });
    }
  }
  return findings;
}

/** "node_modules/a/node_modules/b" → "a > b": how the vulnerable copy got into the tree. */
function describePaths(vulnerability: Vulnerability): string {
  const paths = vulnerability.nodes.map((node) =>
    node
      .split(/(?:^|\/)node_modules\//)
      .filter(Boolean)
      .join(' > '),
  );
  const shown = paths.slice(0, MAX_PATHS).join(', ');
  const more = paths.length > MAX_PATHS ? ` and ${paths.length - MAX_PATHS} more` : '';
  const through = vulnerability.effects.length
    ? `; affects ${vulnerability.effects.join(', ')}`
    : '';
  return `${paths.length === 1 ? 'path' : 'paths'}: ${shown || vulnerability.name}${more}${through}`;
}

function fixHint(fix: z.infer<typeof fixSchema> | undefined): string {
  if (fix === true) return 'Fix available: run npm audit fix.';
  if (fix && typeof fix === 'object') {
    return fix.isSemVerMajor
      ? `Fix available: npm audit fix --force installs ${fix.name}@${fix.version}, a semver-major change.`
      : `Fix available: npm audit fix installs ${fix.name}@${fix.version}.`;
  }
  return 'No fix available: remove or replace the dependency, or waive the advisory with a reason.';
}

/** An object key opening its own line, as npm writes package-lock.json: `    "node_modules/x": {`. */
const PACKAGE_ENTRY = /^\s*("(?:[^"\\]|\\.)*"):\s*\{/;

/**
 * The 1-based line of each `"<location>": {` entry of package-lock.json, read once so
 * that a report with thousands of vulnerable packages does not rescan a large lockfile for
 * each of them. The first occurrence wins, as the `packages` section comes first.
 */
function lockfileLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  text.split('\n').forEach((line, index) => {
    const key = PACKAGE_ENTRY.exec(line)?.[1];
    if (key === undefined) return;
    const parsed = parseJson(key);
    if (parsed.ok && typeof parsed.value === 'string' && !lines.has(parsed.value)) {
      lines.set(parsed.value, index + 1);
    }
  });
  return lines;
}
