import type { PlannedCheck } from '../engine/check.ts';
import type { RunObserver } from '../engine/run.ts';
import { checkLine } from '../report/render-text.ts';

/** What each check may put in the log: the end of its output, where failures show. */
const LOG_TAIL_CHARS = 64 * 1024;

/** The last `limit` characters of a check's output, without holding more than twice that. */
class OutputTail {
  readonly limit: number;
  #text = '';
  #dropped = 0;
  constructor(limit: number) {
    this.limit = limit;
  }
  push(text: string): void {
    this.#text += text;
    if (this.#text.length > 2 * this.limit) this.#trim();
  }
  toString(): string {
    this.#trim();
    const note = this.#dropped ? `… (${this.#dropped} earlier characters of output omitted)\n` : '';
    return note + this.#text;
  }
  #trim(): void {
    const excess = this.#text.length - this.limit;
    if (excess <= 0) return;
    this.#dropped += excess;
    this.#text = this.#text.slice(excess);
  }
}

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
      if (output.trim()) {
        write(`::stop-commands::${token}\n${output.replace(/\s+$/, '')}\n::${token}::\n`);
      } else {
        write('(no output)\n');
      }
      write('::endgroup::\n');
    },
  };
}
