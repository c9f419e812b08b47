import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gatesSchema, type GateOptions } from '../../../src/config/schema.ts';
import { run } from '../../../src/gates/build/run.ts';
import { testContext } from '../../support/context.ts';

const repo = path.resolve(import.meta.dirname, '../../..');
const frontend = 'examples/crm/frontend';
const options = (settings: object = {}) =>
  gatesSchema.parse({ build: settings }).build as GateOptions<'build'>;

describe('build gate', () => {
  it('runs npm run build in the project and keeps the output tail and duration', async () => {
    const outcome = await run(
      { options: options(), dir: frontend, stacks: {} },
      testContext({ root: repo }),
    );
    expect(outcome.status).toBe('pass');
    expect(outcome.summary).toBe('exit code 0');
    expect(outcome.evidence).toMatch(/○ \/customers\n○ \/login\n○ \/\n✓ Compiled 3 routes$/);
    expect(outcome.metrics?.durationMs).toBeGreaterThan(0);
  });

  it('fails with the exit code, output in order, and the configured env', async () => {
    const outcome = await run(
      {
        options: options({
          run: 'echo "building $APP_ENV"; echo "boom" >&2; exit 3',
          env: { APP_ENV: 'production' },
        }),
        dir: frontend,
        stacks: {},
      },
      testContext({ root: repo }),
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe('exit code 3');
    expect(outcome.evidence).toBe('building production\nboom');
  });
});
