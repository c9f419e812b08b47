import { describe, expect, it } from 'vitest';
import { DeadlineError, deadlineIn, within } from '../../src/github/deadline.ts';

describe('deadlineIn', () => {
  it('aborts its signal when the time is up, saying what took too long', async () => {
    const deadline = deadlineIn(20, 'Publishing the sign-off');
    expect(deadline.remainingMs()).toBeGreaterThan(0);
    await new Promise((resolve) => deadline.signal.addEventListener('abort', resolve));
    expect(deadline.signal.reason).toEqual(
      new DeadlineError('Publishing the sign-off took longer than 20ms'),
    );
    expect(deadline.remainingMs()).toBe(0);
  });

  it('binds requests to its signal and end', () => {
    const before = Date.now();
    const deadline = deadlineIn(5_000, 'Publishing');
    expect(deadline.request.signal).toBe(deadline.signal);
    expect(deadline.request.deadlineAt).toBeGreaterThanOrEqual(before + 5_000);
    expect(deadline.request.deadlineAt).toBeLessThanOrEqual(Date.now() + 5_000);
  });
});

describe('within', () => {
  it("gives the work's value when it ends in time", async () => {
    await expect(within(deadlineIn(5_000, 'x'), Promise.resolve(42))).resolves.toBe(42);
  });

  it("gives the work's own error when it fails in time", async () => {
    await expect(
      within(deadlineIn(5_000, 'x'), Promise.reject(new Error('HTTP 500'))),
    ).rejects.toThrow('HTTP 500');
  });

  it('rejects with the deadline once it passes, not waiting for the work', async () => {
    const never = new Promise<never>(() => {});
    await expect(within(deadlineIn(20, 'Completing the check run'), never)).rejects.toThrow(
      new DeadlineError('Completing the check run took longer than 20ms'),
    );
  });

  it('rejects at once on a deadline already passed', async () => {
    const deadline = deadlineIn(1, 'Creating the check run');
    await new Promise((resolve) => deadline.signal.addEventListener('abort', resolve));
    await expect(within(deadline, Promise.resolve(1))).rejects.toThrow(
      'Creating the check run took longer than 1ms',
    );
  });
});
