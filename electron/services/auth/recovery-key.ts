import { randomBytes } from 'node:crypto';
import { KeyringError } from './keyring-error';

/** Crockford base32: no I, L, O, U, so nothing on the printed sheet reads as two different symbols. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BASE = ALPHABET.length;
/** 27 random symbols = 135 bits; with one check symbol that is 28 = seven groups of four to dictate. */
const DATA_SYMBOLS = 27;
const GROUP = 4;
export const RECOVERY_KEY_SYMBOLS = DATA_SYMBOLS + 1;
export const RECOVERY_KEY_ENTROPY_BITS = DATA_SYMBOLS * Math.log2(BASE);

/** Symbols people type for ones they cannot tell apart, per Crockford. */
const LOOKALIKES: Record<string, string> = { O: '0', I: '1', L: '1' };

/**
 * Staff usually have the Hebrew layout active; typing the key then yields the Hebrew letters on the
 * same physical keys (SI-1452). Mapping them back spares the user a confusing "malformed" message.
 */
const HEBREW_LAYOUT: Record<string, string> = {
  '/': 'Q',
  "'": 'W',
  ק: 'E',
  ר: 'R',
  א: 'T',
  ט: 'Y',
  ו: 'U',
  ן: 'I',
  ם: 'O',
  פ: 'P',
  ש: 'A',
  ד: 'S',
  ג: 'D',
  כ: 'F',
  ע: 'G',
  י: 'H',
  ח: 'J',
  ל: 'K',
  ך: 'L',
  ז: 'Z',
  ס: 'X',
  ב: 'C',
  ה: 'V',
  נ: 'B',
  מ: 'N',
  צ: 'M',
};

const SEPARATORS = /[\s\-\u2010-\u2015_]/gu;

/**
 * Luhn mod N over the symbol values: catches every single wrong symbol and nearly every swap of two
 * neighbours, the two mistakes people make when copying a key by hand.
 */
function luhnSum(values: number[], startFactor: 1 | 2): number {
  let factor = startFactor;
  let sum = 0;
  for (let i = values.length - 1; i >= 0; i -= 1) {
    const product = factor * (values[i] as number);
    sum += Math.floor(product / BASE) + (product % BASE);
    factor = factor === 2 ? 1 : 2;
  }
  return sum;
}

function checkValue(data: number[]): number {
  return (BASE - (luhnSum(data, 2) % BASE)) % BASE;
}

function group(symbols: string): string {
  return (symbols.match(new RegExp(`.{1,${GROUP}}`, 'g')) ?? []).join('-');
}

/** A fresh key, e.g. `7K2M-QX9D-…` (seven groups of four). */
export function generateRecoveryKey(): string {
  const values = [...randomBytes(DATA_SYMBOLS)].map((byte) => byte % BASE); // 256 is a multiple of 32: unbiased
  values.push(checkValue(values));
  return group(values.map((v) => ALPHABET[v]).join(''));
}

/**
 * Accepts what a person types (lower case, spaces, any dashes, O for 0, I or L for 1, the Hebrew
 * layout) and returns the canonical grouped key, or throws `recovery_key_malformed` so a typo is
 * reported before any expensive derivation runs.
 */
export function normaliseRecoveryKey(input: string): string {
  const symbols = [...input.normalize('NFC').replace(SEPARATORS, '')]
    .map((ch) => HEBREW_LAYOUT[ch] ?? ch.toUpperCase())
    .map((ch) => LOOKALIKES[ch] ?? ch);
  if (symbols.length !== RECOVERY_KEY_SYMBOLS) throw new KeyringError('recovery_key_malformed', 'length');
  const values = symbols.map((ch) => ALPHABET.indexOf(ch));
  if (values.some((v) => v < 0)) throw new KeyringError('recovery_key_malformed', 'symbol');
  if (luhnSum(values, 1) % BASE !== 0) throw new KeyringError('recovery_key_malformed', 'checksum');
  return group(symbols.join(''));
}

/** For live feedback while typing; never throws. */
export function isRecoveryKeyWellFormed(input: string): boolean {
  try {
    normaliseRecoveryKey(input);
    return true;
  } catch {
    return false;
  }
}
