import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { PAIRING_CODE_ALPHABET } from '../../domain/lan';

/** How long a pairing code is good for. */
export const PAIRING_CODE_TTL_MS = 10 * 60_000;
/** Wrong proofs a code survives; the next one voids it and the coordinator must start again. */
export const MAX_PAIRING_FAILURES = 5;
/** Attempts of any kind the host answers per minute, code or not: guessing stays slow. */
export const MAX_PAIRING_ATTEMPTS_PER_MINUTE = 10;

export function newPairingCode(): string {
  let code = '';
  for (let i = 0; i < 8; i += 1) code += PAIRING_CODE_ALPHABET[randomInt(PAIRING_CODE_ALPHABET.length)];
  return code;
}

/** The code as the proofs use it, whatever staff typed: no dash or spaces, upper case. */
export function normaliseCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase();
}

/** XXXX-XXXX, as staff read it aloud. */
export function displayCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * What each side proves at pairing: the code is never sent. The client sends an HMAC keyed by
 * the code over both certificates' fingerprints as it saw them; the host answers with one of its
 * own. Someone in the middle presents a different certificate to one side, so the proofs it
 * relays do not verify, and it never learns the code from the wire except by guessing it.
 */
export function pairingProof(
  code: string,
  role: 'client' | 'host',
  hostFingerprint: string,
  clientFingerprint: string,
) {
  return createHmac('sha256', normaliseCode(code))
    .update(`${role}|${hostFingerprint}|${clientFingerprint}`)
    .digest('base64url');
}

export function proofMatches(expected: string, given: unknown): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

interface PendingCode {
  code: string;
  expiresAtMs: number;
  startedBy: number | null;
  failures: number;
}

export type RefusalReason = 'no_code' | 'expired' | 'wrong_code' | 'throttled';
export type RedeemOutcome = { ok: true; startedBy: number | null; code: string } | { ok: false; reason: RefusalReason };

/** The one pairing code the host honours at a time; starting a new one replaces the old. */
export class PairingCodes {
  private pending: PendingCode | null = null;
  private attempts: number[] = [];

  constructor(private readonly nowMs: () => number) {}

  start(startedBy: number | null): { code: string; expiresAtMs: number } {
    const code = newPairingCode();
    this.pending = { code, expiresAtMs: this.nowMs() + PAIRING_CODE_TTL_MS, startedBy, failures: 0 };
    return { code, expiresAtMs: this.pending.expiresAtMs };
  }

  /** Checks a client's proof; a good one uses the code up, so the same code cannot pair twice. */
  redeem(proof: unknown, hostFingerprint: string, clientFingerprint: string): RedeemOutcome {
    const now = this.nowMs();
    this.attempts = this.attempts.filter((at) => now - at < 60_000);
    if (this.attempts.length >= MAX_PAIRING_ATTEMPTS_PER_MINUTE) return { ok: false, reason: 'throttled' };
    this.attempts.push(now);
    const pending = this.pending;
    if (!pending) return { ok: false, reason: 'no_code' };
    if (now > pending.expiresAtMs) {
      this.pending = null;
      return { ok: false, reason: 'expired' };
    }
    if (!proofMatches(pairingProof(pending.code, 'client', hostFingerprint, clientFingerprint), proof)) {
      pending.failures += 1;
      if (pending.failures >= MAX_PAIRING_FAILURES) this.pending = null;
      return { ok: false, reason: 'wrong_code' };
    }
    this.pending = null;
    return { ok: true, startedBy: pending.startedBy, code: pending.code };
  }
}
