import { describe, expect, it } from 'vitest';
import { fitSections } from '../../src/report/budget.ts';

describe('fitSections', () => {
  it('serves small sections whole and shares the rest between the large ones', () => {
    const sized = (size: number) => (max: number) => 'x'.repeat(Math.min(size, max));
    const [small, big1, big2] = fitSections([sized(100), sized(10_000), sized(10_000)], 1000);
    expect(small).toHaveLength(100);
    expect(big1?.length).toBeGreaterThan(400);
    expect(big2?.length).toBeGreaterThan(400);
    expect(
      (small?.length ?? 0) + (big1?.length ?? 0) + (big2?.length ?? 0) + 6,
    ).toBeLessThanOrEqual(1000);
  });
});
