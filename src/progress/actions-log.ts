import { randomUUID } from 'node:crypto';
import type { PlannedCheck } from '../engine/check.ts';
import type { RunObserver } from '../engine/run.ts';
import { checkLine } from '../report/render-text.ts';

/**
 * Progress in a GitHub Actions log. Checks run in parallel, so each check's output is held
 * until it ends and then printed as one collapsible group, never interleaved with others.
 * The echoed output is wrapped in `::stop-commands::` so that a tool cannot issue workflow
 * commands (add a mask, set an output, fake an annotation) by printing them.
 */
export function actionsLogProgress(write: (text: string) => void): RunObserver {
  const buffers = new Map<string, string[]>();
  return {
    onStart(check: PlannedCheck) {
      buffers.set(check.id, []);
      write(`▶ ${check.id}: ${check.title}\n`);
    },
    onOutput(check, text) {
      buffers.get(check.id)?.push(text);
    },
    onEnd(check, result) {
      const output = (buffers.get(check.id) ?? []).join('');
      buffers.delete(check.id);
      const token = randomUUID();
      write(`::group::${checkLine(result).replace(/[\r\n]+/g, ' ')}\n`);
      if (output.trim()) {
        write(`::stop-commands::${token}\n${output.replace(/\s+$/, '')}\n::${token}::\n`);
      } else {
        write('(no output)\n');
      }
      write('::endgroup::\n');
    },
  };
}
