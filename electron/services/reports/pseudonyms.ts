/**
 * CRF-1 §6 pseudonyms: the first 16 lowercase hex characters of HMAC-SHA256(programme key,
 * message), the message being `id:` + the 9-digit national ID when known (left-padded, §7),
 * else `local:` + centre code + `:` + the centre's internal participant id.
 */
import { createHmac } from 'node:crypto';

export function pseudonymMessage(nationalId: string | null, centreCode: string, participantId: number): string {
  if (nationalId !== null && nationalId !== '') return `id:${nationalId.padStart(9, '0')}`;
  return `local:${centreCode}:${participantId}`;
}

export function pseudonym(key: Buffer, message: string): string {
  return createHmac('sha256', key).update(message, 'utf8').digest('hex').slice(0, 16);
}
