import { describe, expect, it } from 'vitest';
import { isqrt, MeanSd, ratioOf, roundRatio, share } from '../../../../electron/domain/crf1/exact';

function meanSd(values: number[]): { mean: number | null; sd: number | null } {
  const acc = new MeanSd();
  for (const v of values) acc.add(v);
  return { mean: acc.mean(), sd: acc.sd() };
}

describe('exact rounding (CRF-1 §7)', () => {
  it('rounds 1.005 to 1.01: the decimal value, not the binary float that toFixed sees', () => {
    // (1.005).toFixed(2) is '1.00' because the float is 1.00499999…; as a decimal 1005/1000 rounds up.
    expect((1.005).toFixed(2)).toBe('1.00');
    expect(meanSd([1.005]).mean).toBe(1.01);
    // The mean of 1 and 1.01 is 1.005 exactly (2010/2000), which rounds to 1.01.
    expect(meanSd([1, 1.01]).mean).toBe(1.01);
  });

  it('rounds halves away from zero, negatives too', () => {
    expect(roundRatio(1, 8, 2)).toBe(0.13); // 0.125 → 0.13
    expect(roundRatio(-1, 8, 2)).toBe(-0.13);
    expect(roundRatio(1, 3, 4)).toBe(0.3333);
    expect(roundRatio(2, 3, 4)).toBe(0.6667);
    expect(share(1, 16)).toBe(0.0625); // exact at 4 places, no rounding
    expect(share(1, 32)).toBe(0.0313); // 0.03125 → 0.0313
  });

  it('writes the shortest JSON number', () => {
    expect(JSON.stringify(share(1, 2))).toBe('0.5');
    expect(JSON.stringify(share(3, 3))).toBe('1');
    expect(JSON.stringify(share(0, 7))).toBe('0');
  });

  it('gives null for an empty denominator', () => {
    expect(share(0, 0)).toBeNull();
    expect(roundRatio(5, 0, 2)).toBeNull();
  });

  it('reads numbers as the decimals they are written as', () => {
    expect(ratioOf(1.005)).toEqual({ num: 1005n, den: 1000n });
    expect(ratioOf(-2.5)).toEqual({ num: -25n, den: 10n });
    expect(ratioOf(7000)).toEqual({ num: 7000n, den: 1n });
    expect(ratioOf(1e-7)).toEqual({ num: 1n, den: 10000000n });
  });
});

describe('means and population SD (CRF-1 §5, §7)', () => {
  it('is null for an empty set', () => {
    expect(meanSd([])).toEqual({ mean: null, sd: null });
  });

  it('has SD 0 for one value', () => {
    expect(meanSd([6000])).toEqual({ mean: 6000, sd: 0 });
  });

  it('divides by n, not n − 1', () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations 9+1+1+1+0+0+4+16 = 32, /8 = 4, SD 2.
    expect(meanSd([2, 4, 4, 4, 5, 5, 7, 9])).toEqual({ mean: 5, sd: 2 });
    // 50 and 100: mean 75, deviations ±25, SD 25 (the sample SD would be 35.36).
    expect(meanSd([50, 100])).toEqual({ mean: 75, sd: 25 });
  });

  it('rounds an irrational SD correctly at the second decimal', () => {
    // 1, 2, 3, 4: mean 2.5, variance (2.25+0.25+0.25+2.25)/4 = 1.25, √1.25 = 1.11803… → 1.12.
    expect(meanSd([1, 2, 3, 4])).toEqual({ mean: 2.5, sd: 1.12 });
    // 0 and 1: SD 0.5 exactly; 0, 0, 1: variance 2/9, √ = 0.47140… → 0.47.
    expect(meanSd([0, 1]).sd).toBe(0.5);
    expect(meanSd([0, 0, 1]).sd).toBe(0.47);
  });

  it('rounds an exact half SD away from zero', () => {
    // 0 and 0.01·2.5 = 0.025 would need decimals; instead 0 and 0.05: SD 0.025 → 0.03.
    expect(meanSd([0, 0.05]).sd).toBe(0.03);
  });

  it('mixes whole numbers and decimals over a common denominator', () => {
    // 1.5, 2.25, 3: sum 6.75, mean 2.25; deviations −0.75, 0, 0.75 → variance 0.375, √ = 0.61237 → 0.61.
    expect(meanSd([1.5, 2.25, 3])).toEqual({ mean: 2.25, sd: 0.61 });
  });

  it('takes exact square roots of large numbers', () => {
    expect(isqrt(10n ** 40n)).toBe(10n ** 20n);
    expect(isqrt(10n ** 40n - 1n)).toBe(10n ** 20n - 1n);
    expect(isqrt(0n)).toBe(0n);
  });
});
