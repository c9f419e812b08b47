import type { PlannedCheck } from '../engine/check.ts';
import type { RunObserver } from '../engine/run.ts';
import { formatDuration } from '../util/duration.ts';
import { checkLine } from '../report/render-text.ts';
import { tail } from '../util/text.ts';
import { OutputTail } from './output-tail.ts';

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export interface TerminalProgress extends RunObserver {
  /** Clears the live line; call once the run is over. */
  stop(): void;
}

/** What of a check's log the terminal keeps, to show under a check that ended in error. */
const ERROR_LOG_CHARS = 16 * 1024;

/**
 * Progress for a person at a terminal. With `live`, one status line redrawn in place shows
 * what is running; otherwise (not a TTY, or CI) plain start and end lines, one per event.
 * A check that ends in error with no evidence for the report (a crash) shows the end of its
 * log under its line: the report says what failed, the log why.
 */
export function terminalProgress(write: (text: string) => void, live: boolean): TerminalProgress {
  const running = new Map<string, number>();
  const logs = new Map<string, OutputTail>();
  let done = 0;
  let frame = 0;
  let timer: NodeJS.Timeout | undefined;

  const statusLine = () => {
    const names = [...running.keys()];
    const oldest = Math.min(...running.values());
    const elapsed = names.length ? ` ${formatDuration(performance.now() - oldest)}` : '';
    return `${SPINNER[frame++ % SPINNER.length]} ${done} done · running: ${names.join(', ') || '—'}${elapsed}`;
  };
  const redraw = () => write(`\r\x1b[2K${statusLine()}`);
  const clear = () => write('\r\x1b[2K');

  return {
    onStart(check: PlannedCheck) {
      running.set(check.id, performance.now());
      logs.set(check.id, new OutputTail(ERROR_LOG_CHARS));
      if (!live) return write(`start ${check.id}: ${check.title}\n`);
      timer ??= setInterval(redraw, 100);
      timer.unref();
      redraw();
    },
    onOutput(check, text) {
      logs.get(check.id)?.push(text);
    },
    onEnd(check, result) {
      running.delete(check.id);
      done += 1;
      // A tool's own output is the check's evidence, which the report prints; a crash's trace
      // is only in the log.
      const unreported = result.status === 'error' && !result.evidence;
      const log = unreported ? logs.get(check.id)?.toString().trim() : '';
      logs.delete(check.id);
      const shown = `${checkLine(result)}\n${log ? `${indent(tail(log))}\n` : ''}`;
      if (!live) return write(shown);
      clear();
      write(shown);
      if (running.size) redraw();
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
      if (live) clear();
    },
  };
}

const indent = (text: string) => text.replace(/^/gm, '    ');
