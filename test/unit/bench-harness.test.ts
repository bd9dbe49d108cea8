import { describe, expect, it } from 'vitest';
import { formatSection, measure, percentile, ratios, type BenchRow } from '../bench/harness';

describe('bench harness percentile', () => {
  it('interpolates linearly between closest ranks, as numpy does by default', () => {
    const values = [15, 20, 35, 40, 50];
    expect(percentile(values, 0)).toBe(15);
    expect(percentile(values, 50)).toBe(35);
    expect(percentile(values, 100)).toBe(50);
    // rank 0.4 * 4 = 1.6 → 20 + 0.6 * (35 - 20)
    expect(percentile(values, 40)).toBeCloseTo(29, 10);
    // rank 0.95 * 4 = 3.8 → 40 + 0.8 * (50 - 40)
    expect(percentile(values, 95)).toBeCloseTo(48, 10);
  });

  it('does not depend on the order of the samples', () => {
    expect(percentile([50, 15, 40, 35, 20], 95)).toBeCloseTo(48, 10);
  });

  it('takes the median of an even count as the mean of the middle two', () => {
    expect(percentile([4, 1, 3, 2], 50)).toBe(2.5);
  });

  it('refuses no samples and out-of-range percentiles', () => {
    expect(() => percentile([], 50)).toThrow();
    expect(() => percentile([1], 101)).toThrow();
  });
});

describe('bench harness ratios', () => {
  const row: BenchRow = {
    name: 'scan · chacha20',
    unit: 'ms',
    p50: 30,
    p95: 45,
    baseline: { name: 'unencrypted', p50: 12, p95: 30 },
  };

  it('divides each percentile by the same percentile of the baseline', () => {
    expect(ratios(row)).toEqual({ p50: 2.5, p95: 1.5 });
  });

  it('gives no ratio to a row without a baseline', () => {
    expect(ratios({ name: 'scan · unencrypted', unit: 'ms', p50: 12, p95: 30 })).toBeUndefined();
  });

  it('prints the ratios in the table row', () => {
    const text = formatSection({ title: 'Scan', rows: [row] });
    expect(text).toContain('×2.50');
    expect(text).toContain('×1.50');
    expect(text.split('\n')[0]).toBe('Scan');
  });
});

describe('bench harness measure', () => {
  it('keeps one sample per iteration, skipping the warm-up runs', async () => {
    let calls = 0;
    let setups = 0;
    const result = await measure(
      () => {
        calls += 1;
      },
      { iterations: 7, warmup: 3, beforeEach: () => void (setups += 1) },
    );
    expect(calls).toBe(10);
    expect(setups).toBe(10);
    expect(result.samples).toHaveLength(7);
    expect(result.p50).toBe(percentile(result.samples, 50));
  });
});
