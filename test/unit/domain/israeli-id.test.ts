import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidIsraeliId, normaliseIsraeliId } from '../../../electron/domain/israeli-id';

/** Builds a valid ID from eight leading digits by computing the check digit independently. */
function withCheckDigit(eight: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    let p = Number(eight[i]) * (i % 2 === 0 ? 1 : 2);
    if (p > 9) p = Math.floor(p / 10) + (p % 10);
    sum += p;
  }
  return eight + String((10 - (sum % 10)) % 10);
}

describe('isValidIsraeliId', () => {
  it('accepts nine-digit IDs with a correct check digit', () => {
    for (const id of ['000000018', '123456782', '039337423', '200000008', '999999998']) {
      expect(isValidIsraeliId(id), id).toBe(true);
    }
  });

  it('accepts IDs shorter than nine digits by left-padding them with zeros', () => {
    expect(isValidIsraeliId('18')).toBe(true);
    expect(isValidIsraeliId('0018')).toBe(true);
    expect(isValidIsraeliId('39337423')).toBe(true);
  });

  it('rejects a wrong check digit', () => {
    expect(isValidIsraeliId('000000019')).toBe(false);
    expect(isValidIsraeliId('123456789')).toBe(false);
    expect(isValidIsraeliId('17')).toBe(false);
  });

  it('rejects more than nine digits even when the padding would be zeros', () => {
    expect(isValidIsraeliId('0000000018')).toBe(false);
    expect(isValidIsraeliId('1234567820')).toBe(false);
  });

  it('rejects letters, signs and other non-digit characters', () => {
    for (const id of ['12345678a', 'abc', '+123456782', '12345678/2', '１２３４５６７８２']) {
      expect(isValidIsraeliId(id), id).toBe(false);
    }
  });

  it('rejects empty, blank and all-zero input', () => {
    for (const id of ['', '   ', '0', '000000000', '0-0-0']) expect(isValidIsraeliId(id), id).toBe(false);
    expect(isValidIsraeliId(null)).toBe(false);
    expect(isValidIsraeliId(undefined)).toBe(false);
  });

  it('agrees with an independent check-digit computation for any eight leading digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{8}$/), (eight) => {
        const valid = withCheckDigit(eight);
        fc.pre(valid !== '000000000');
        expect(isValidIsraeliId(valid)).toBe(true);
        const wrong = eight + String((Number(valid[8]) + 1) % 10);
        expect(isValidIsraeliId(wrong)).toBe(false);
      }),
    );
  });
});

describe('normaliseIsraeliId', () => {
  it('returns the nine-digit canonical form', () => {
    expect(normaliseIsraeliId('123456782')).toBe('123456782');
    expect(normaliseIsraeliId('18')).toBe('000000018');
  });

  it('ignores spaces, dashes and dots typed between digit groups', () => {
    expect(normaliseIsraeliId(' 12345678-2 ')).toBe('123456782');
    expect(normaliseIsraeliId('039 337 423')).toBe('039337423');
    expect(normaliseIsraeliId('03.933.742-3')).toBe('039337423');
  });

  it('returns null for anything that is not a valid ID', () => {
    expect(normaliseIsraeliId('123456789')).toBeNull();
    expect(normaliseIsraeliId('')).toBeNull();
    expect(normaliseIsraeliId('12 34 56 78 20')).toBeNull();
  });
});
