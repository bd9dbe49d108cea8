import { describe, expect, it } from 'vitest';
import {
  formatPhone,
  isValidPhone,
  normalisePhone,
  phoneDigitsForSearch,
  phoneKind,
} from '../../../electron/domain/phone';

describe('normalisePhone', () => {
  it('accepts a mobile number in every common way of writing it', () => {
    for (const input of [
      '0521234567',
      '052-123-4567',
      '052 123 4567',
      '052.123.4567',
      '(052) 123-4567',
      '+972 52-123-4567',
      '+972521234567',
      '972521234567',
      '00972-52-1234567',
      '+972 (0)52 123 4567',
      '\u200F052-1234567\u200E',
    ]) {
      expect(normalisePhone(input), input).toBe('0521234567');
    }
  });

  it('accepts landlines of every area code as nine digits', () => {
    expect(normalisePhone('(03) 123-4567')).toBe('031234567');
    expect(normalisePhone('02-6234567')).toBe('026234567');
    expect(normalisePhone('04 8123456')).toBe('048123456');
    expect(normalisePhone('+972 8 912 3456')).toBe('089123456');
    expect(normalisePhone('97291234567')).toBe('091234567');
  });

  it('accepts 07X VoIP numbers as ten digits', () => {
    expect(normalisePhone('077-123-4567')).toBe('0771234567');
    expect(normalisePhone('+972 72 222 3333')).toBe('0722223333');
  });

  it('rejects numbers of the wrong length for their prefix', () => {
    for (const input of ['052123456', '05212345678', '03123456', '0312345678', '07712345']) {
      expect(normalisePhone(input), input).toBeNull();
    }
  });

  it('rejects prefixes that are not mobile, VoIP or a landline area', () => {
    for (const input of ['0121234567', '061234567', '1800123456', '*6789', '1-700-500-500']) {
      expect(normalisePhone(input), input).toBeNull();
    }
  });

  it('rejects foreign country codes, letters and stray symbols', () => {
    for (const input of ['+1 212 555 0100', '+44 20 7946 0958', '052-123-456a', '052#1234567', '05+21234567']) {
      expect(normalisePhone(input), input).toBeNull();
    }
  });

  it('rejects empty and missing input', () => {
    expect(normalisePhone('')).toBeNull();
    expect(normalisePhone('  - ')).toBeNull();
    expect(normalisePhone(null)).toBeNull();
    expect(normalisePhone(undefined)).toBeNull();
  });

  it('does not guess a dropped trunk zero unless asked to', () => {
    expect(normalisePhone('521234567')).toBeNull();
    expect(normalisePhone('521234567', { restoreDroppedZero: true })).toBe('0521234567');
    expect(normalisePhone('31234567', { restoreDroppedZero: true })).toBe('031234567');
    expect(normalisePhone('61234567', { restoreDroppedZero: true })).toBeNull();
  });
});

describe('isValidPhone', () => {
  it('is true exactly when the number normalises', () => {
    expect(isValidPhone('+972-54-7654321')).toBe(true);
    expect(isValidPhone('054-765432')).toBe(false);
  });
});

describe('phoneKind', () => {
  it('classifies canonical numbers as mobile, VoIP or landline', () => {
    expect(phoneKind('0521234567')).toBe('mobile');
    expect(phoneKind('0731234567')).toBe('voip');
    expect(phoneKind('031234567')).toBe('landline');
    expect(phoneKind('052-123-4567')).toBeNull();
  });
});

describe('formatPhone', () => {
  it('writes mobile and VoIP numbers as 05X-XXX-XXXX', () => {
    expect(formatPhone('0521234567')).toBe('052-123-4567');
    expect(formatPhone('0771234567')).toBe('077-123-4567');
  });

  it('writes landlines as 0X-XXX-XXXX', () => {
    expect(formatPhone('031234567')).toBe('03-123-4567');
    expect(formatPhone('089123456')).toBe('08-912-3456');
  });

  it('formats any accepted spelling, not only the canonical one', () => {
    expect(formatPhone('+972 52 1234567')).toBe('052-123-4567');
  });

  it('leaves an invalid value visible as typed rather than dropping it', () => {
    expect(formatPhone(' 12345 ')).toBe('12345');
  });
});

describe('phoneDigitsForSearch', () => {
  it('keeps only digits so any spelling matches the canonical number', () => {
    expect(phoneDigitsForSearch('052-123-4567')).toBe('0521234567');
    expect(phoneDigitsForSearch('(03) 123 4567')).toBe('031234567');
  });

  it('turns an international prefix back into the trunk zero', () => {
    expect(phoneDigitsForSearch('+972 52-123-4567')).toBe('0521234567');
    expect(phoneDigitsForSearch('00972 3 1234567')).toBe('031234567');
    expect(phoneDigitsForSearch('972521234567')).toBe('0521234567');
    expect(phoneDigitsForSearch('+972 (0)52 1234567')).toBe('0521234567');
    expect(phoneDigitsForSearch('+97252')).toBe('052');
  });

  it('leaves fragments alone, even ones that begin with 972', () => {
    expect(phoneDigitsForSearch('4567')).toBe('4567');
    expect(phoneDigitsForSearch('9721')).toBe('9721');
    expect(phoneDigitsForSearch('123-45')).toBe('12345');
  });

  it('does not rewrite other country codes', () => {
    expect(phoneDigitsForSearch('+1 212 555')).toBe('1212555');
  });

  it('returns an empty string when no digit was typed', () => {
    expect(phoneDigitsForSearch('abc')).toBe('');
  });
});
