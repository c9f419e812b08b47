import { parentPort, workerData } from 'node:worker_threads';
import { readConfigHeaders, type FileHeaders } from './parse.ts';

/**
 * The worker thread the headers-config gate reads its config files in (`run.ts`), so that
 * the check's timeout and the run's deadline can stop a file that takes too long to parse.
 * Its data: the files, `{ file, text }[]`; its one message: what each sets, in their order.
 */
const files = workerData as { file: string; text: string }[];
const read: FileHeaders[] = files.map(({ file, text }) => ({
  file,
  ...readConfigHeaders(file, text),
}));
parentPort?.postMessage(read);
