import type { PlannedCheck } from '../engine/check.ts';
import type { RunObserver } from '../engine/run.ts';
import { formatDuration } from '../util/duration.ts';
import { checkLine } from '../report/render-text.ts';

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export interface TerminalProgress extends RunObserver {
  /** Clears the live line; call once the run is over. */
  stop(): void;
}

/**
 * Progress for a person at a terminal. With `live`, one status line redrawn in place shows
 * what is running; otherwise (not a TTY, or CI) plain start and end lines, one per event.
 */
export function terminalProgress(write: (text: string) => void, live: boolean): TerminalProgress {
  const running = new Map<string, number>();
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
      if (!live) return write(`start ${check.id}: ${check.title}\n`);
      timer ??= setInterval(redraw, 100);
      timer.unref();
      redraw();
    },
    onEnd(check, result) {
      running.delete(check.id);
      done += 1;
      if (!live) return write(`${checkLine(result)}\n`);
      clear();
      write(`${checkLine(result)}\n`);
      if (running.size) redraw();
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
      if (live) clear();
    },
  };
}
