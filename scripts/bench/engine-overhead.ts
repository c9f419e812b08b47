// The engine's overhead: Shipgate running N commands one at a time, against a plain bash
// script running the same commands in sequence.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { medianTime, ms } from './_measure.ts';

const COMMANDS = 10;
const STEP = 'sleep 0.1';

export default function engineOverhead(): string[] {
  const workspace = mkdtempSync(path.join(tmpdir(), 'shipgate-bench-'));
  mkdirSync(path.join(workspace, '.github'));
  const commands = Array.from(
    { length: COMMANDS },
    (_, i) => `    - { name: step ${i}, run: "${STEP}" }`,
  );
  writeFileSync(
    path.join(workspace, '.github/shipgate.yml'),
    ['concurrency: 1', 'pre:', '  gates: {}', '  commands:', ...commands].join('\n'),
  );
  writeFileSync(
    path.join(workspace, 'plain.sh'),
    Array.from({ length: COMMANDS }, () => STEP).join('\n'),
  );
  const runs = 5;
  const env = { PATH: process.env.PATH, CI: 'true' };
  const plain = medianTime(runs, 'bash', ['plain.sh'], { cwd: workspace, env });
  const shipgate = medianTime(
    runs,
    process.execPath,
    [path.resolve('dist/cli/index.js'), 'run', '--format', 'json'],
    {
      cwd: workspace,
      env,
    },
  );
  return [
    `${COMMANDS} × "${STEP}", sequential (median of ${runs}):`,
    `  plain bash script:       ${ms(plain)}`,
    `  shipgate, concurrency 1: ${ms(shipgate)}`,
    `  wall-time ratio:         ${(shipgate / plain).toFixed(2)}× (${ms((shipgate - plain) / COMMANDS)} per command, start-up included)`,
  ];
}
