/**
 * How the LAN screens show what staff read aloud from one PC and type on another: the pairing
 * code in two halves, the fingerprint in short groups, and the time a code has left.
 */

/** The code as the host shows it, XXXX-XXXX (the contract forgives the dash when typed back). */
export function formatPairingCode(code: string): string {
  const plain = code.replace(/[\s-]/g, '').toUpperCase();
  return plain.length === 8 ? `${plain.slice(0, 4)}-${plain.slice(4)}` : plain;
}

/**
 * The fingerprint's 32 pairs in groups of four pairs ("AB:CD:EF:01"): eight groups staff can
 * compare one at a time, rather than 95 characters in one breath.
 */
export function fingerprintGroups(fingerprint: string): string[] {
  const pairs = fingerprint.split(':');
  const groups: string[] = [];
  for (let start = 0; start < pairs.length; start += 4) groups.push(pairs.slice(start, start + 4).join(':'));
  return groups;
}

/**
 * A fingerprint as typed: any case, with or without colons, spaces or dashes between pairs.
 * Returns the contract's form (upper case, pairs joined by ':') when it is 64 hex digits, or
 * the trimmed text unchanged so the contract's rule names the problem.
 */
export function normaliseFingerprint(typed: string): string {
  const hex = typed.replace(/[\s:-]/g, '').toUpperCase();
  if (!/^[0-9A-F]{64}$/.test(hex)) return typed.trim();
  return hex.match(/../g)!.join(':');
}

/** Whole seconds from `now` until `expiresAt`, never below zero. */
export function secondsLeft(expiresAt: string, now: number): number {
  return Math.max(0, Math.ceil((Date.parse(expiresAt) - now) / 1000));
}

/** A countdown as m:ss (a pairing code lives ten minutes). */
export function formatCountdown(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Where a client reaches the host, as staff type it: the address, and the port unless it is the default. */
export function hostLabel(host: string, port: number | null, defaultPort: number): string {
  return port === null || port === defaultPort ? host : `${host}:${port}`;
}
