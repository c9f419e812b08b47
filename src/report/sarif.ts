import { locate, pathUri, type LocatedFinding } from './location.ts';
import type { CheckResult, Finding, Report, Severity } from '../core/model.ts';
import { bySeverity, moreSevere } from '../core/severity.ts';

/**
 * SARIF 2.1.0 for GitHub code scanning (upload-sarif): one run per tool (check kind), every
 * finding with a file and line as a result. Code scanning places a result only with
 * `region.startLine` (sarif-sdk rule GH1003), so findings without one stay in the report.
 */

type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL: Readonly<Record<Severity, SarifLevel>> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

/**
 * Code scanning's `security-severity` (a CVSS-like score as a string): above 9.0 reads as
 * critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low. Info carries none: it is not a risk.
 */
const SECURITY_SEVERITY: Readonly<Record<Severity, string | undefined>> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '2.0',
  info: undefined,
};

/** The key of Shipgate's fingerprint among a result's `partialFingerprints`, versioned. */
const FINGERPRINT_KEY = 'shipgateFingerprint/v1';

/** GitHub processes at most 20 runs per file. */
const MAX_RUNS = 20;

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown?: string };
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[]; 'security-severity'?: string; precision: 'high' };
}

/** The text SARIF requires to be non-empty, with a fallback that always is. */
const nonEmpty = (text: string | undefined, fallback: string): string =>
  text?.trim() ? text.trim() : fallback;

const firstLine = (text: string) => text.split('\n')[0] ?? text;

function ruleFor(id: string, findings: readonly Finding[], check: CheckResult): SarifRule {
  // A rule's severity is that of its worst finding: GitHub shows the rule's, not the result's.
  const worst = findings.reduce<Severity>((acc, f) => moreSevere(acc, f.severity), 'info');
  const example = findings[0];
  const description = nonEmpty(example?.message, `${check.title}: ${id}`);
  const helpText = nonEmpty(
    [example?.hint, example?.url ? `More: ${example.url}` : undefined].filter(Boolean).join('\n'),
    `Reported by ${check.title}. See the Shipgate report for details.`,
  );
  const securitySeverity = SECURITY_SEVERITY[worst];
  return {
    id,
    shortDescription: { text: firstLine(description).slice(0, 1000) },
    fullDescription: { text: description.slice(0, 10_000) },
    help: { text: helpText },
    ...(example?.url ? { helpUri: example.url } : {}),
    defaultConfiguration: { level: LEVEL[worst] },
    properties: {
      tags: ['shipgate', check.kind, ...(securitySeverity ? ['security'] : [])],
      ...(securitySeverity ? { 'security-severity': securitySeverity } : {}),
      precision: 'high',
    },
  };
}

/** GitHub accepts at most 25,000 results per run (and shows the top 5,000). */
const MAX_RESULTS_PER_RUN = 25_000;

function resultFor(ruleId: string, ruleIndex: number, finding: LocatedFinding, check: CheckResult) {
  const endLine = Math.max(finding.line, finding.endLine ?? finding.line);
  return {
    ruleId,
    ruleIndex,
    level: finding.waived ? 'note' : LEVEL[finding.severity],
    message: { text: nonEmpty(finding.message, ruleId) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: pathUri(finding.file), uriBaseId: '%SRCROOT%' },
          region: {
            startLine: finding.line,
            ...(endLine !== finding.line ? { endLine } : {}),
            ...(finding.column ? { startColumn: finding.column } : {}),
            ...(finding.column && finding.endColumn && endLine === finding.line
              ? { endColumn: Math.max(finding.column, finding.endColumn) }
              : {}),
          },
        },
      },
    ],
    // A waived finding is accepted, not fixed: SARIF's suppression says exactly that.
    ...(finding.waived
      ? { suppressions: [{ kind: 'external', justification: nonEmpty(finding.waived, 'waived') }] }
      : {}),
    // Code scanning tracks an alert across commits by this, not by the line it is on.
    ...(finding.fingerprint
      ? { partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint } }
      : {}),
    properties: { severity: finding.severity, check: check.id },
  };
}

/**
 * One run for a check kind: its located findings as results, at most MAX_RESULTS_PER_RUN
 * (the most severe when there are more; `properties.omittedResults` counts the rest).
 */
function runFor(kind: string, checks: readonly CheckResult[], version: string) {
  const located = checks.flatMap((check) =>
    check.findings.flatMap((finding) => {
      const at = locate(finding);
      return at ? [{ finding: at, check, ruleId: nonEmpty(at.rule, kind) }] : [];
    }),
  );
  const kept =
    located.length > MAX_RESULTS_PER_RUN
      ? [...located].sort((a, b) => bySeverity(a.finding, b.finding)).slice(0, MAX_RESULTS_PER_RUN)
      : located;
  // Grouped once: a rule per distinct id, described by every finding of it that is kept.
  const byRule = new Map<string, { check: CheckResult; findings: Finding[] }>();
  for (const { finding, check, ruleId } of kept) {
    const group = byRule.get(ruleId) ?? { check, findings: [] };
    group.findings.push(finding);
    byRule.set(ruleId, group);
  }
  const ruleIds = [...byRule.keys()];
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
  const omitted = located.length - kept.length;
  return {
    tool: {
      driver: {
        name: `Shipgate ${kind}`,
        semanticVersion: version,
        rules: ruleIds.map((id) => {
          const group = byRule.get(id)!;
          return ruleFor(id, group.findings, group.check);
        }),
      },
    },
    // Tells the runs apart in code scanning, which rejects two runs with one tool and category.
    automationDetails: { id: `shipgate/${kind}/` },
    results: kept.map(({ finding, check, ruleId }) =>
      resultFor(ruleId, ruleIndex.get(ruleId) ?? 0, finding, check),
    ),
    ...(omitted ? { properties: { omittedResults: omitted } } : {}),
  };
}

/**
 * The report as a SARIF 2.1.0 log: a run for every check kind that ran (an empty run tells
 * code scanning that the tool found nothing, which closes its old alerts), those with
 * results first when there are more kinds than GitHub accepts. Skipped checks and checks
 * that errored have no run: a tool that could not run must not close anything.
 */
export function toSarif(report: Report, version: string) {
  const byKind = new Map<string, CheckResult[]>();
  for (const check of report.checks) {
    if (check.status === 'skip' || check.status === 'error') continue;
    byKind.set(check.kind, [...(byKind.get(check.kind) ?? []), check]);
  }
  const runs = [...byKind.entries()]
    .map(([kind, checks]) => runFor(kind, checks, version))
    .sort((a, b) => Number(b.results.length > 0) - Number(a.results.length > 0))
    .slice(0, MAX_RUNS);
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0' as const,
    runs,
  };
}
