import type { Finding } from '../../core/model.ts';
import { normalizeSeverity, ruleSeverity } from '../../core/severity.ts';
import { fail, ok } from '../../util/result.ts';
import type { ToolParser } from '../kit/tool-report.ts';

const SECTION = /^(CRITICAL|ERROR|WARNING|INFO|DEBUG)S:$/;
/** `obj: (app.W001) message`; ids are parsed generically (Django 6 adds new families). */
const ISSUE = /^(.*?): \(([A-Za-z_][\w.]*\.[A-Z]+\d+)\) (.*)$/;
const HINT = /^\s+HINT: (.*)$/;
/** The tally every completed check prints last (stdout when clean, stderr otherwise). */
const SUMMARY = /^System check identified /;
const LEVEL_BY_LETTER: Readonly<Record<string, string>> = {
  C: 'critical',
  E: 'error',
  W: 'warning',
  I: 'info',
  D: 'debug',
};

/** The settings module the check ran with, and its file when known. */
export interface DjangoParseOptions {
  /** The module name, as the summary names it. */
  module?: string | undefined;
  /** Where Django's "?" (no object) issues are pinned. */
  source?: SettingsSource | undefined;
}

/** A settings module's file (repository-relative) and its text. */
export interface SettingsSource {
  file: string;
  text: string;
}

/**
 * `NAME = …` assignments at the top level of a settings module (name → 1-based line), so that
 * an issue about DEBUG can point at the line that sets it.
 */
export function settingAssignments(settings: string): Map<string, number> {
  const lines = new Map<string, number>();
  settings.split('\n').forEach((line, index) => {
    const name = /^([A-Z][A-Z0-9_]*)\s*[:=]/.exec(line)?.[1];
    if (name && !lines.has(name)) lines.set(name, index + 1);
  });
  return lines;
}

/**
 * Reads the output of `manage.py check` (issues arrive on stderr, in sections such as
 * `WARNINGS:`). Every issue becomes a finding with its Django id as the rule, its HINT as the
 * hint, and a severity from its level through the one table (security.W018, DEBUG = True, is
 * critical there). Issues without an object are pinned to the settings file, at the line that
 * assigns the setting the message names when the file assigns it. Output without Django's
 * closing tally (`System check identified …`) is not a completed check, so it is an error
 * rather than an empty list that would read as clean. Pure and total.
 */
export const parseDjangoCheck: ToolParser<DjangoParseOptions> = (
  { stdout, stderr },
  { module, source: settings },
) => {
  const output = `${stderr}\n${stdout}`;
  const assigned = settings ? settingAssignments(settings.text) : new Map<string, number>();
  const findings: Finding[] = [];
  let level: string | undefined;
  let last: Finding | undefined;
  let tallied = false;
  for (const line of output.split('\n')) {
    const section = SECTION.exec(line);
    if (section) {
      level = section[1];
      last = undefined;
      continue;
    }
    const issue = ISSUE.exec(line);
    if (issue) {
      const [, object = '', id = '', message = ''] = issue;
      const letter = /\.([A-Z]+)\d+$/.exec(id)?.[1]?.[0] ?? '';
      const severity = ruleSeverity(
        'django',
        id,
        normalizeSeverity(level ?? LEVEL_BY_LETTER[letter], 'medium'),
      );
      const named = message.match(/\b[A-Z][A-Z0-9_]{2,}\b/g)?.find((word) => assigned.has(word));
      const pinned = object === '?' && settings;
      last = {
        rule: id,
        severity,
        message: object === '?' ? message : `${object}: ${message}`,
        ...(module ? { subject: module } : {}),
        ...(pinned ? { file: settings.file } : {}),
        ...(pinned && named ? { line: assigned.get(named) } : {}),
        url: 'https://docs.djangoproject.com/en/stable/ref/checks/',
      };
      findings.push(last);
      continue;
    }
    const hint = HINT.exec(line);
    if (hint && last) {
      last.hint = hint[1];
      continue;
    }
    const tally = SUMMARY.test(line);
    tallied ||= tally;
    if (line.trim() === '' || tally) {
      last = undefined;
      continue;
    }
    // A message that spans lines continues until a blank line or the next issue.
    if (last && !last.hint) last.message += ` ${line.trim()}`;
  }
  if (!tallied) {
    return fail('no "System check identified …" line: manage.py check did not complete');
  }
  return ok({ findings, ...(module ? { scope: `settings ${module}` } : {}) });
};
