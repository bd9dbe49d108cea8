import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, ageAt, completedMonths } from '../../../../electron/domain/crf1/dates';
import { addMonthsClamped, ageOn, completedMonths as completedMonthsOf } from '../../../../electron/domain/dates';

// Any real date 1900–2100, month ends and 29 February included.
const isoDate = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('the indicators’ whole-number date arithmetic agrees with electron/domain/dates', () => {
  it('addMonths', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 400 }), (d, n) => {
        expect(addMonths(d, n)).toBe(addMonthsClamped(d, n));
      }),
      { numRuns: 2000 },
    );
  });

  it('completed months and age', () => {
    fc.assert(
      fc.property(isoDate, isoDate, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        expect(completedMonths(from, to)).toBe(completedMonthsOf(from, to));
        expect(ageAt(from, to)).toBe(ageOn(from, to));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses an end before the start', () => {
    expect(() => completedMonths('2026-02-01', '2026-01-31')).toThrow(RangeError);
  });
});
