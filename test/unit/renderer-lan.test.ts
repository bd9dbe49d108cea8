import { describe, expect, it } from 'vitest';
import { inputOf } from '../../renderer/src/forms/input-of';
import {
  fingerprintGroups,
  formatCountdown,
  formatPairingCode,
  hostLabel,
  normaliseFingerprint,
  secondsLeft,
} from '../../renderer/src/pages/lan/lan-format';

const FINGERPRINT = Array.from({ length: 32 }, (_, i) => (i * 7 + 16).toString(16).toUpperCase().padStart(2, '0')).join(
  ':',
);

describe('what the LAN screens show staff to read aloud and type', () => {
  it('shows a pairing code in two halves, whatever was typed', () => {
    expect(formatPairingCode('ABCD2345')).toBe('ABCD-2345');
    expect(formatPairingCode('abcd-2345')).toBe('ABCD-2345');
    expect(formatPairingCode(' ab cd 23 45 ')).toBe('ABCD-2345');
    // Not a code: left as typed (upper-cased) for the contract's rule to name the problem.
    expect(formatPairingCode('ABC')).toBe('ABC');
  });

  it('splits the fingerprint into eight groups of four pairs, in order', () => {
    const groups = fingerprintGroups(FINGERPRINT);
    expect(groups).toHaveLength(8);
    expect(groups.every((group) => /^([0-9A-F]{2}:){3}[0-9A-F]{2}$/.test(group))).toBe(true);
    expect(groups.join(':')).toBe(FINGERPRINT);
  });

  it('accepts a typed fingerprint in any case, with or without separators, as the contract wants it', () => {
    const plain = FINGERPRINT.replace(/:/g, '');
    expect(normaliseFingerprint(plain.toLowerCase())).toBe(FINGERPRINT);
    expect(normaliseFingerprint(fingerprintGroups(FINGERPRINT).join(' '))).toBe(FINGERPRINT);
    expect(normaliseFingerprint(FINGERPRINT.replace(/:/g, '-'))).toBe(FINGERPRINT);
    // One digit short: unchanged, so the contract refuses it with its own sentence.
    expect(normaliseFingerprint(` ${plain.slice(1)} `)).toBe(plain.slice(1));
  });

  it('counts a code down to zero and never below', () => {
    const now = Date.parse('2026-11-30T10:00:00.000Z');
    expect(secondsLeft('2026-11-30T10:10:00.000Z', now)).toBe(600);
    expect(secondsLeft('2026-11-30T10:00:00.500Z', now)).toBe(1);
    expect(secondsLeft('2026-11-30T09:59:00.000Z', now)).toBe(0);
    expect(formatCountdown(600)).toBe('10:00');
    expect(formatCountdown(65)).toBe('1:05');
    expect(formatCountdown(0)).toBe('0:00');
  });

  it('names the host with its port only when it is not the default', () => {
    expect(hostLabel('192.168.1.20', 47613, 47613)).toBe('192.168.1.20');
    expect(hostLabel('192.168.1.20', null, 47613)).toBe('192.168.1.20');
    expect(hostLabel('192.168.1.20', 8443, 47613)).toBe('192.168.1.20:8443');
  });
});

describe('the connect form checks with the contract rules', () => {
  const { shape } = inputOf('lan.connect');

  it('takes a code with or without its dash and in lower case, and refuses look-alike letters', () => {
    expect(shape.code.parse('abcd-2345')).toBe('ABCD2345');
    expect(shape.code.safeParse('ABCD-2O45').success).toBe(false);
    expect(shape.code.safeParse('ABCD-234').success).toBe(false);
  });

  it('accepts the normalised fingerprint and refuses a short one', () => {
    expect(shape.fingerprint.parse(normaliseFingerprint(FINGERPRINT.toLowerCase()))).toBe(FINGERPRINT);
    expect(shape.fingerprint.safeParse(normaliseFingerprint(FINGERPRINT.slice(3))).success).toBe(false);
  });
});
