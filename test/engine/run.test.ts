import { describe, expect, it } from 'vitest';
import type { CheckOutcome, PlannedCheck } from '../../src/engine/check.ts';
import { LimitReachedError, ToolMissingError } from '../../src/engine/check.ts';
import { runChecks } from '../../src/engine/run.ts';
import { runValue } from '../../src/engine/run-values.ts';

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

function check(
  id: string,
  run: PlannedCheck['run'],
  overrides: Partial<PlannedCheck> = {},
): PlannedCheck {
  return {
    id,
    phase: 'pre',
    kind: 'test',
    title: id,
    blocking: true,
    timeoutMs: 5000,
    skipIfToolMissing: false,
    run,
    ...overrides,
  };
}

const pass = (summary = 'ok'): CheckOutcome => ({ status: 'pass', summary });
const options = { root: process.cwd(), concurrency: 2, deadlineMs: 60_000, env: {} };

describe('runChecks', () => {
  it('keeps at most `concurrency` checks running and returns results in plan order', async () => {
    let running = 0;
    let peak = 0;
    const checks = Array.from({ length: 6 }, (_, i) =>
      check(`c${i}`, async () => {
        peak = Math.max(peak, ++running);
        await sleep(30 - i * 4);
        running--;
        return pass(`done ${i}`);
      }),
    );
    const results = await runChecks(checks, options);
    expect(peak).toBe(2);
    expect(results.map((r) => r.summary)).toEqual([
      'done 0',
      'done 1',
      'done 2',
      'done 3',
      'done 4',
      'done 5',
    ]);
  });

  it('starts a check that rewrites the work tree only after every reader has ended', async () => {
    const events: string[] = [];
    const reader = (id: string, ms: number) =>
      check(id, async () => {
        events.push(`start ${id}`);
        await sleep(ms);
        events.push(`end ${id}`);
        return pass();
      });
    const build = check(
      'build',
      () => {
        events.push('start build');
        return Promise.resolve(pass());
      },
      { writesTree: true },
    );
    const results = await runChecks([build, reader('eslint', 40), reader('secrets', 20)], {
      ...options,
      concurrency: 4,
    });
    expect(events.indexOf('start build')).toBeGreaterThan(events.indexOf('end eslint'));
    expect(events.indexOf('start build')).toBeGreaterThan(events.indexOf('end secrets'));
    expect(results.map((r) => r.id)).toEqual(['build', 'eslint', 'secrets']);
  });

  it('turns a throwing check into an error and still runs the others', async () => {
    const results = await runChecks(
      [
        check('boom', () => Promise.reject(new Error('parser exploded'))),
        check('fine', () => Promise.resolve(pass())),
      ],
      options,
    );
    expect(results.map((r) => [r.status, r.summary])).toEqual([
      ['error', 'crashed: parser exploded'],
      ['pass', 'ok'],
    ]);
  });

  it("traces a crash in the check's log, where the reviewer of the bug report reads it", async () => {
    const output: string[] = [];
    function parseToolReport(): never {
      throw new RangeError('offset out of bounds');
    }
    await runChecks([check('boom', () => Promise.resolve().then(parseToolReport))], {
      ...options,
      observer: { onOutput: (_check, text) => output.push(text) },
    });
    const log = output.join('');
    expect(log).toContain('RangeError: offset out of bounds');
    expect(log).toMatch(/at parseToolReport \(.*test\/engine\/run\.test\.ts:\d+:\d+\)/);
  });

  it('logs no trace for a missing tool or a bound reached, which are no crashes', async () => {
    const output: string[] = [];
    const results = await runChecks(
      [
        check('gone', () => Promise.reject(new ToolMissingError('bandit', 'pip install bandit'))),
        check('heavy', () =>
          Promise.reject(new LimitReachedError('the analysis ran out of memory')),
        ),
      ],
      { ...options, observer: { onOutput: (_check, text) => output.push(text) } },
    );
    expect(results.map((r) => [r.status, r.summary])).toEqual([
      ['error', 'bandit not installed: pip install bandit'],
      ['error', 'the analysis ran out of memory'],
    ]);
    expect(output).toEqual([]);
  });

  it('turns a synchronous throw into an error too', async () => {
    const [result] = await runChecks(
      [
        check('sync', () => {
          throw new TypeError('not a promise');
        }),
      ],
      options,
    );
    expect(result).toMatchObject({ status: 'error', summary: 'crashed: not a promise' });
  });

  it('times out a check that ignores its signal and records the reason', async () => {
    const started = performance.now();
    const [result] = await runChecks(
      [check('stuck', () => new Promise<CheckOutcome>(() => {}), { timeoutMs: 100 })],
      { ...options, killGraceMs: 50 },
    );
    expect(result).toMatchObject({ status: 'error', summary: 'timed out after 100ms' });
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('keeps the evidence of a check that wound down after its timeout', async () => {
    const [result] = await runChecks(
      [
        check(
          'slow',
          async (context) => {
            await sleep(10_000, context.signal);
            return { status: 'fail', summary: 'killed', evidence: 'last words' };
          },
          { timeoutMs: 100 },
        ),
      ],
      options,
    );
    expect(result).toMatchObject({
      status: 'error',
      summary: 'timed out after 100ms',
      evidence: 'last words',
    });
  });

  it('skips an auto-detected check whose tool is missing, but errors when the user asked for it', async () => {
    const missing = () => Promise.reject(new ToolMissingError('bandit', 'apt-get install bandit'));
    const results = await runChecks(
      [check('detected', missing, { skipIfToolMissing: true }), check('configured', missing)],
      options,
    );
    expect(results.map((r) => [r.status, r.summary])).toEqual([
      ['skip', 'bandit not installed: apt-get install bandit'],
      ['error', 'bandit not installed: apt-get install bandit'],
    ]);
  });

  it('stops at the deadline: running checks are cut short, unstarted ones are not run', async () => {
    const results = await runChecks(
      [
        check('long', (context) => sleep(5000, context.signal).then(() => pass())),
        check('queued', () => Promise.resolve(pass())),
      ],
      { ...options, concurrency: 1, deadlineMs: 150, killGraceMs: 50 },
    );
    expect(results.map((r) => [r.status, r.summary])).toEqual([
      ['error', "the run's deadline of 150ms passed"],
      ['error', "not run: the run's deadline of 150ms passed"],
    ]);
  });

  it('gives each check its own environment on top of the run’s', async () => {
    const [result] = await runChecks(
      [
        check(
          'env',
          async (context) => {
            const run = await context.exec('bash', ['-c', 'echo "$A $B"'], { cwd: context.root });
            return pass(run.stdout.trim());
          },
          { env: { B: 'check' } },
        ),
      ],
      { ...options, env: { A: 'run', B: 'run', PATH: process.env.PATH } },
    );
    expect(result?.summary).toBe('run check');
  });

  it('computes a run value once for all its checks, for the run: a check cut short does not cut it short', async () => {
    const commands: string[] = [];
    // A program that outlives the first asker's timeout; `root` shows the scope is the run's.
    const listed = runValue(async ({ root, exec }) => {
      const run = await exec(
        process.execPath,
        ['-e', 'setTimeout(() => console.log("listed"), 400)'],
        {
          cwd: root,
        },
      );
      return `${run.stdout.trim()} in ${root} (${run.aborted ? 'aborted' : 'finished'})`;
    });
    const asker = (id: string, timeoutMs: number) =>
      check(id, async (context) => pass(await context.shared(listed)), { timeoutMs });
    const results = await runChecks([asker('first', 100), asker('second', 5000)], {
      ...options,
      env: { PATH: process.env.PATH },
      killGraceMs: 50,
      observer: { onCommand: (c, run) => commands.push(`${c.id}: exit ${run.exitCode}`) },
    });
    expect(results.map((r) => [r.id, r.status, r.summary])).toEqual([
      ['first', 'error', 'timed out after 100ms'],
      ['second', 'pass', `listed in ${options.root} (finished)`],
    ]);
    // One program, told to the observer as the first asker's.
    expect(commands).toEqual(['first: exit 0']);
  });

  it('computes a run value again in the next run', async () => {
    let computed = 0;
    const counted = runValue(() => Promise.resolve(`#${++computed}`));
    const asker = (id: string) => check(id, async (context) => pass(await context.shared(counted)));
    const first = await runChecks([asker('a'), asker('b')], options);
    const next = await runChecks([asker('a')], options);
    expect([...first, ...next].map((r) => r.summary)).toEqual(['#1', '#1', '#2']);
  });

  it('reports each start and end to the observer as they happen', async () => {
    const events: string[] = [];
    await runChecks([check('a', () => Promise.resolve(pass()))], {
      ...options,
      observer: {
        onStart: (c) => events.push(`start ${c.id}`),
        onEnd: (c, r) => events.push(`end ${c.id} ${r.status}`),
      },
    });
    expect(events).toEqual(['start a', 'end a pass']);
  });

  it("keeps a check's most severe findings within the cap and counts what it left out", async () => {
    const many = Array.from({ length: 12_000 }, (_, i) => ({
      rule: 'R',
      severity: i % 2 ? ('low' as const) : ('high' as const),
      message: `finding ${i}`,
    }));
    const loud = check('loud', async ({ exec }) => {
      await exec('bash', ['-c', 'head -c 3000 /dev/zero'], {
        cwd: process.cwd(),
        maxOutputBytes: 1000,
      });
      return { status: 'fail', summary: '12000 findings', findings: many };
    });
    const [result] = await runChecks([loud], options);
    expect(result?.findings).toHaveLength(10_000);
    expect(result?.findings.filter((f) => f.severity === 'high')).toHaveLength(6000);
    // Two streams, 1000 bytes kept of stdout's 3000: 2000 counted, never kept.
    expect(result?.trimmed).toEqual({ findings: 2000, outputBytes: 2000 });
    expect(result?.summary).toBe('12000 findings');
  });
});
