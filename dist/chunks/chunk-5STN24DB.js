import { createRequire as __shipgateRequire } from 'node:module';
const require = __shipgateRequire(import.meta.url);
const __filename = import.meta.filename;
const __dirname = import.meta.dirname;
import {
  formatDuration
} from "./chunk-BBOJJ26W.js";

// src/github/deadline.ts
var DeadlineError = class extends Error {
  name = "DeadlineError";
};
function deadlineIn(ms, what) {
  const at = Date.now() + ms;
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DeadlineError(`${what} took longer than ${formatDuration(ms)}`)),
    ms
  );
  timer.unref();
  return {
    signal: controller.signal,
    remainingMs: () => controller.signal.aborted ? 0 : Math.max(0, at - Date.now()),
    request: { signal: controller.signal, deadlineAt: at }
  };
}
function within(deadline, work) {
  const { signal } = deadline;
  if (signal.aborted) {
    work.catch(() => {
    });
    return Promise.reject(signal.reason);
  }
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error) => {
        signal.removeEventListener("abort", onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    );
  });
}

export {
  DeadlineError,
  deadlineIn,
  within
};
//# sourceMappingURL=chunk-5STN24DB.js.map
