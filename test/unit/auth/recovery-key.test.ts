import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  generateRecoveryKey,
  isRecoveryKeyWellFormed,
  normaliseRecoveryKey,
  RECOVERY_KEY_ENTROPY_BITS,
} from '../../../electron/services/auth/recovery-key';
import { KeyringError } from '../../../electron/services/auth/keyring-error';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const FORMAT = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){6}$/;

function malformedReason(input: string): string | undefined {
  try {
    normaliseRecoveryKey(input);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(KeyringError);
    expect((error as KeyringError).code).toBe('recovery_key_malformed');
    return (error as KeyringError).detail;
  }
}

describe('generated recovery keys', () => {
  it('are seven groups of four Crockford symbols, with no I, L, O or U', () => {
    for (let i = 0; i < 200; i += 1) {
      const key = generateRecoveryKey();
      expect(key).toMatch(FORMAT);
      expect(key).not.toMatch(/[ILOU]/);
    }
  });

  it('carry at least 128 bits of entropy and do not repeat', () => {
    expect(RECOVERY_KEY_ENTROPY_BITS).toBeGreaterThanOrEqual(128);
    const keys = new Set(Array.from({ length: 2000 }, generateRecoveryKey));
    expect(keys.size).toBe(2000);
  });

  it('use every symbol in every data position over many keys (no stuck or biased position)', () => {
    const seen = Array.from({ length: 27 }, () => new Set<string>());
    for (let i = 0; i < 3000; i += 1) {
      [...generateRecoveryKey().replaceAll('-', '')].slice(0, 27).forEach((ch, pos) => seen[pos]?.add(ch));
    }
    for (const symbols of seen) expect(symbols.size).toBe(32);
  });

  it('are already in normal form', () => {
    const key = generateRecoveryKey();
    expect(normaliseRecoveryKey(key)).toBe(key);
  });
});

describe('normalising a typed recovery key', () => {
  const key = generateRecoveryKey();
  const bare = key.replaceAll('-', '');

  it('accepts lower case, spaces, and missing or extra dashes', () => {
    for (const typed of [
      key.toLowerCase(),
      bare,
      ` ${key.replaceAll('-', ' ')} `,
      key.replaceAll('-', '--'),
      bare.replace(/(.{7})/g, '$1-'),
      key.replaceAll('-', '\u2013'),
    ]) {
      expect(normaliseRecoveryKey(typed)).toBe(key);
    }
  });

  it('reads O as 0 and I or L as 1', () => {
    // A valid key containing 0 or 1, typed with the look-alikes.
    let sample = generateRecoveryKey();
    while (!/[01]/.test(sample)) sample = generateRecoveryKey();
    const typed = sample.replaceAll('0', 'o').replace(/1/g, (_, at: number) => (at % 2 === 0 ? 'I' : 'l'));
    expect(normaliseRecoveryKey(typed)).toBe(sample);
  });

  it('maps keys typed with the Hebrew keyboard layout active back to their letters', () => {
    const sample = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-234';
    const hebrewByLatin: Record<string, string> = {
      A: 'ש',
      B: 'נ',
      C: 'ב',
      D: 'ג',
      E: 'ק',
      F: 'כ',
      G: 'ע',
      H: 'י',
      J: 'ח',
      K: 'ל',
      M: 'צ',
      N: 'מ',
      P: 'פ',
      Q: '/',
      R: 'ר',
      S: 'ד',
      T: 'א',
      V: 'ה',
      W: "'",
      X: 'ס',
      Y: 'ט',
      Z: 'ז',
    };
    const data = sample.replaceAll('-', '');
    // Find the check symbol that makes this chosen data valid.
    const valid = [...ALPHABET].map((c) => data + c).find((k) => isRecoveryKeyWellFormed(k));
    if (!valid) throw new Error('no check symbol fits');
    const typed = [...valid].map((ch) => hebrewByLatin[ch] ?? ch).join('');
    expect(normaliseRecoveryKey(typed)).toBe(normaliseRecoveryKey(valid));
  });

  it('accepts any mix of case and separators (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 28, maxLength: 28 }),
        fc.array(fc.constantFrom('', ' ', '-', ' - '), { minLength: 28, maxLength: 28 }),
        (lower, seps) => {
          const typed = [...bare].map((ch, i) => (lower[i] ? ch.toLowerCase() : ch) + (seps[i] ?? '')).join('');
          expect(normaliseRecoveryKey(typed)).toBe(key);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the checksum symbol', () => {
  it('catches every single wrong symbol in every position', () => {
    for (let k = 0; k < 5; k += 1) {
      const bare = generateRecoveryKey().replaceAll('-', '');
      for (let pos = 0; pos < bare.length; pos += 1) {
        for (const wrong of ALPHABET) {
          if (wrong === bare[pos]) continue;
          const typo = bare.slice(0, pos) + wrong + bare.slice(pos + 1);
          expect(malformedReason(typo)).toBe('checksum');
        }
      }
    }
  });

  it('catches nearly every swap of two neighbouring symbols', () => {
    let swaps = 0;
    let caught = 0;
    for (let k = 0; k < 50; k += 1) {
      const bare = generateRecoveryKey().replaceAll('-', '');
      for (let pos = 0; pos + 1 < bare.length; pos += 1) {
        if (bare[pos] === bare[pos + 1]) continue;
        swaps += 1;
        const swapped = bare.slice(0, pos) + bare[pos + 1] + bare[pos] + bare.slice(pos + 2);
        if (malformedReason(swapped) === 'checksum') caught += 1;
      }
    }
    // Luhn mod 32 misses only the swap of the symbols worth 0 and 31 ("0" and "Z").
    expect(caught / swaps).toBeGreaterThan(0.99);
  });

  it('reports too few or too many symbols, and symbols outside the alphabet, as malformed', () => {
    const bare = generateRecoveryKey().replaceAll('-', '');
    expect(malformedReason(bare.slice(0, 27))).toBe('length');
    expect(malformedReason(`${bare}0`)).toBe('length');
    expect(malformedReason('')).toBe('length');
    expect(malformedReason(`U${bare.slice(1)}`)).toBe('symbol');
    expect(malformedReason(`*${bare.slice(1)}`)).toBe('symbol');
    expect(isRecoveryKeyWellFormed(bare)).toBe(true);
    expect(isRecoveryKeyWellFormed(`U${bare.slice(1)}`)).toBe(false);
  });
});
