import { describe, expect, it } from 'vitest';
import { backoffDelay, retryAfterMs, sleep } from '../../src/http/backoff.ts';

describe('backoffDelay', () => {
  it('doubles the ceiling each attempt, between half of it and all of it', () => {
    expect(backoffDelay(0, 100, 10_000, () => 0)).toBe(50);
    expect(backoffDelay(0, 100, 10_000, () => 1)).toBe(100);
    expect(backoffDelay(3, 100, 10_000, () => 0)).toBe(400);
    expect(backoffDelay(3, 100, 10_000, () => 0.5)).toBe(600);
  });

  it('never waits past the cap', () => {
    expect(backoffDelay(20, 100, 5_000, () => 1)).toBe(5_000);
    expect(backoffDelay(20, 100, 5_000, () => 0)).toBe(2_500);
  });
});

describe('retryAfterMs', () => {
  const now = Date.parse('2026-12-03T08:00:00Z');

  it('reads seconds', () => {
    expect(retryAfterMs(' 120 ', now)).toBe(120_000);
    expect(retryAfterMs('0', now)).toBe(0);
  });

  it('reads an HTTP date as the time left until it, never negative', () => {
    expect(retryAfterMs('Thu, 03 Dec 2026 08:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Thu, 03 Dec 2026 07:59:00 GMT', now)).toBe(0);
  });

  it('is undefined when absent or unreadable', () => {
    expect(retryAfterMs(undefined, now)).toBeUndefined();
    expect(retryAfterMs('', now)).toBeUndefined();
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs('-5', now)).toBeUndefined();
    expect(retryAfterMs('1.5', now)).toBeUndefined();
  });
});

describe('sleep', () => {
  it('resolves after the delay', async () => {
    const started = performance.now();
    await sleep(20);
    expect(performance.now() - started).toBeGreaterThanOrEqual(15);
  });

  it("rejects with the signal's reason when it aborts, at once or while waiting", async () => {
    const reason = new Error('cancelled');
    await expect(sleep(10, AbortSignal.abort(reason))).rejects.toBe(reason);
    const controller = new AbortController();
    const waiting = sleep(60_000, controller.signal);
    controller.abort(reason);
    await expect(waiting).rejects.toBe(reason);
  });
});
