import type { PlannedCheck } from '../engine/check.ts';
import type { RunObserver } from '../engine/run.ts';
import { bySeverity } from '../core/severity.ts';
import type { CheckResult } from '../core/model.ts';
import { formatDuration } from '../util/duration.ts';
import { tail } from '../util/text.ts';
import { checkLine, findingLine } from '../report/render-text.ts';
import { OutputTail } from './output-tail.ts';

/** What each check may put in the log: the end of its output, where failures show. */
const LOG_TAIL_CHARS = 64 * 1024;

/** Findings listed in a check's group, most severe first, before the rest are counted. */
const GROUP_FINDINGS = 50;

/**
 * What a check found, for its group in the log: a tool that reports in a file (or a probe)
 * prints nothing, and the group would otherwise say "(no output)" above a failure. A failed
 * check whose output was not streamed (a probe's evidence) shows the end of it.
 */
function findingsText(result: CheckResult): string[] {
  const sorted = [...result.findings].sort(bySeverity);
  const lines = sorted.slice(0, GROUP_FINDINGS).map((f) => findingLine(f));
  if (sorted.length > GROUP_FINDINGS) {
    lines.push(`…and ${sorted.length - GROUP_FINDINGS} more in the report`);
  }
  return lines.length
    ? [
        `Findings (${lines.length === sorted.length ? sorted.length : `${GROUP_FINDINGS} of ${sorted.length}`}):\n${lines.join('\n')}`,
      ]
    : [];
}

/** A word of a command line as a shell would need it, for the log. */
const shellWord = (word: string) =>
  /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;

/**
 * Progress in a GitHub Actions log. Checks run in parallel, so each check's output is held
 * until it ends and then printed as one collapsible group, never interleaved with others;
 * only its tail is kept, so that a tool printing a 20 MB report cannot flood the log. The
 * echoed output is wrapped in `::stop-commands::` so that a tool cannot issue workflow
 * commands (add a mask, set an output, fake an annotation) by printing them.
 */
export function actionsLogProgress(
  write: (text: string) => void,
  tailChars = LOG_TAIL_CHARS,
): RunObserver {
  // The runner shows `::debug::` lines only with ACTIONS_STEP_DEBUG; escaped as core.debug does.
  const debug = (message: string) =>
    write(`::debug::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`);
  const buffers = new Map<string, OutputTail>();
  return {
    onStart(check: PlannedCheck) {
      buffers.set(check.id, new OutputTail(tailChars));
      write(`▶ ${check.id}: ${check.title}\n`);
    },
    onOutput(check, text) {
      buffers.get(check.id)?.push(text);
    },
    onEnd(check, result) {
      const output = buffers.get(check.id)?.toString() ?? '';
      buffers.delete(check.id);
      const token = crypto.randomUUID();
      write(`::group::${checkLine(result).replace(/[\r\n]+/g, ' ')}\n`);
      const failed = result.status === 'fail' || result.status === 'error';
      const shown = output.trim()
        ? output.replace(/\s+$/, '')
        : failed && result.evidence?.trim()
          ? `Last lines of its output:\n${tail(result.evidence)}`
          : '';
      const body = [shown, ...findingsText(result)].filter(Boolean).join('\n\n');
      write(body ? `::stop-commands::${token}\n${body}\n::${token}::\n` : '(no output)\n');
      write('::endgroup::\n');
    },
    onCommand(check, run) {
      const ended = run.signal ? `killed by ${run.signal}` : `exit code ${run.exitCode ?? '?'}`;
      const command = [run.command, ...run.args].map(shellWord).join(' ');
      debug(
        `${check.id}: ${command} (in ${run.cwd}): ${ended} after ${formatDuration(run.durationMs)}`,
      );
    },
  };
}
