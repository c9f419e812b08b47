import type { Finding, Severity } from '../../core/model.ts';
import { fail, ok, parseJson } from '../../util/result.ts';
import { plural } from '../../util/text.ts';
import { isObject, list, strings, text, type JsonObject } from '../kit/json-fields.ts';
import type { ToolParser } from '../kit/tool-report.ts';

/** PEP 503 name normalisation: `Django_REST.framework` and `django-rest-framework` are one. */
const normalizePackageName = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, '-');

const REQUIREMENT_NAME = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/;

/**
 * The line of a requirements file that names each package (normalised name → 1-based line),
 * so that a vulnerable dependency can be annotated where it is pinned. Options (`-r`, `-e`,
 * `--hash`), comments and blank lines name nothing.
 */
export function requirementLines(requirements: string): Map<string, number> {
  const lines = new Map<string, number>();
  requirements.split('\n').forEach((line, index) => {
    const name = REQUIREMENT_NAME.exec(line.replace(/#.*/, ''))?.[1];
    if (name && !lines.has(normalizePackageName(name)))
      lines.set(normalizePackageName(name), index + 1);
  });
  return lines;
}

export interface PipAuditParseOptions {
  /** pip-audit reports no severity; every vulnerability gets this one (the config's choice). */
  severity: Severity;
  /** The audited requirements file (repo-relative) and its text, to point findings at a line. */
  requirements?: { file: string; text: string };
  /** What was audited, for the summary: the requirements file or "the Python environment". */
  audited?: string;
}

const firstSentence = (description: string): string => {
  const flat = description.replace(/\s+/g, ' ').trim();
  const sentence = /^(.{20,}?[.!?])\s/.exec(flat)?.[1] ?? flat;
  return sentence.length > 200 ? `${sentence.slice(0, 199)}…` : sentence;
};

/**
 * Reads `pip-audit -f json`: the current `{"dependencies": [...], "fixes": [...]}` object and
 * the older top-level array of dependencies alike. Each vulnerability becomes a finding whose
 * rule is its id (PYSEC/GHSA), with its aliases (so a waiver may name the CVE) and the fixed
 * versions as the hint. Skipped dependencies (not on PyPI, editable installs) are listed, not
 * counted as clean. Pure and total.
 */
export const parsePipAudit: ToolParser<PipAuditParseOptions> = ({ stdout }, options) => {
  const json = parseJson(stdout);
  if (!json.ok) return json;
  const body = json.value;
  const dependencies = Array.isArray(body)
    ? body
    : isObject(body) && Array.isArray(body.dependencies)
      ? body.dependencies
      : undefined;
  if (!dependencies) {
    return fail(
      'unexpected pip-audit JSON: neither {"dependencies": [...]} nor an array of dependencies (pip-audit version?)',
    );
  }
  const located = options.requirements ? requirementLines(options.requirements.text) : undefined;
  const findings: Finding[] = [];
  const skipped: string[] = [];
  let audited = 0;
  for (const dependency of dependencies as unknown[]) {
    if (!isObject(dependency)) continue;
    const name = text(dependency.name) ?? 'unknown package';
    const skipReason = text(dependency.skip_reason);
    if (skipReason !== undefined) {
      skipped.push(`${name} (${skipReason})`);
      continue;
    }
    audited += 1;
    const line = located?.get(normalizePackageName(name));
    findings.push(...vulnerabilityFindings(dependency, name, options, line));
  }
  return ok({
    findings,
    scope: `${plural(audited, 'package')} audited${options.audited ? ` in ${options.audited}` : ''}`,
    notes: skipped.length ? [{ text: `not audited: ${fewNamed(skipped)}`, warn: false }] : [],
    metrics: { packages: audited, skipped: skipped.length },
    ...(audited === 0 && skipped.length === 0
      ? { nothingToCheck: 'no dependencies to audit' }
      : {}),
  });
};

/** A few names, the rest counted. */
const fewNamed = (names: readonly string[]): string =>
  `${names.slice(0, 3).join(', ')}${names.length > 3 ? ` and ${names.length - 3} more` : ''}`;

/** A finding per vulnerability of an audited dependency, at the line that pins it. */
function vulnerabilityFindings(
  dependency: JsonObject,
  name: string,
  options: PipAuditParseOptions,
  line: number | undefined,
): Finding[] {
  const version = text(dependency.version);
  const package_ = version ? `${name} ${version}` : name;
  return list(dependency.vulns)
    .filter(isObject)
    .map((vuln) => {
      const id = text(vuln.id) ?? 'unknown-advisory';
      const aliases = strings(vuln.aliases).filter((alias) => alias !== id);
      const fixes = strings(vuln.fix_versions);
      const description = text(vuln.description);
      return {
        rule: id,
        severity: options.severity,
        subject: normalizePackageName(name),
        message: `${package_}: ${id}${aliases.length ? ` (${aliases.join(', ')})` : ''}${description ? `: ${firstSentence(description)}` : ''}`,
        ...(options.requirements ? { file: options.requirements.file } : {}),
        ...(line ? { line } : {}),
        ...(aliases.length ? { aliases } : {}),
        url: `https://osv.dev/vulnerability/${encodeURIComponent(id)}`,
        hint: fixes.length
          ? `upgrade ${name} to ${fixes.join(' or ')}`
          : `no fixed release of ${name} yet: waive it with a reason and an expiry, or replace the package`,
      };
    });
}
