import { z } from 'zod';
import { empty } from './fields';
import { DEFAULT_LAN_PORT, PAIRING_CODE_ALPHABET } from '../../domain/lan';

export { DEFAULT_LAN_PORT, PAIRING_CODE_ALPHABET };

/**
 * Host mode: one centre PC (the host) keeps the store and serves the API to the centre's other
 * office PCs (clients) over TLS on the local network. See docs/lan.md.
 *
 * `lan.status`, `lan.setEnabled`, `lan.startPairing`, `lan.devices` and `lan.revokeDevice` are
 * the coordinator's, answered by the host. `lan.clientStatus`, `lan.connect` and `lan.disconnect`
 * are answered by the PC's own main process (never forwarded): they are how a PC without a store
 * becomes a client of the centre PC.
 */

/** SHA-256 of the host's certificate (DER), as OpenSSL prints it: 32 upper-case hex pairs joined by ':'. */
export const fingerprintSchema = z
  .string()
  .regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/, { message: 'validation.fingerprint' });

/** Eight letters and digits from an alphabet without look-alikes, shown as XXXX-XXXX; dash and case are forgiven. */
export const pairingCodeSchema = z
  .string()
  .trim()
  .transform((text) => text.replace(/[\s-]/g, '').toUpperCase())
  .pipe(z.string().regex(new RegExp(`^[${PAIRING_CODE_ALPHABET}]{8}$`), { message: 'validation.pairing_code' }));

/** A host as typed by staff: an IPv4 address or a host name of the local network. */
export const hostAddressSchema = z
  .string()
  .trim()
  .min(1)
  .max(253)
  .regex(/^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/, { message: 'validation.host_address' });

export const portSchema = z.number().int().min(1).max(65535);

/** A name for the PC ("Coaches' room"), not a person's: it is kept in the host's device list. */
export const deviceNameSchema = z.string().trim().min(1).max(60);

export const deviceSchema = z.object({
  id: z.string().uuid(),
  name: z.string(),
  pairedAt: z.string(),
  /** The last call this PC made; null until its first call after pairing. */
  lastSeenAt: z.string().nullable(),
  /** Set once revoked; a revoked PC's next call is refused. */
  revokedAt: z.string().nullable(),
});
export type LanDevice = z.infer<typeof deviceSchema>;

export const lanStatusSchema = z.object({
  /** Host mode is on for this store (kept across restarts). */
  enabled: z.boolean(),
  /** The listener is up (it starts once the store is open: its TLS key is sealed with the store key). */
  listening: z.boolean(),
  /** Where clients reach this PC; null when not listening. */
  addresses: z.array(z.string()),
  port: z.number().int().nullable(),
  fingerprint: fingerprintSchema.nullable(),
});

export const pairingSchema = z.object({
  code: z.string(),
  /** ISO instant after which the code is refused. */
  expiresAt: z.string(),
  fingerprint: fingerprintSchema,
});

export const clientStatusSchema = z.object({
  /** standalone: this PC keeps its own store (or none yet); client: it works on the centre PC's store. */
  mode: z.enum(['standalone', 'client']),
  host: z.string().nullable(),
  port: z.number().int().nullable(),
  /** The pinned fingerprint of the centre PC's certificate. */
  fingerprint: fingerprintSchema.nullable(),
  /** The last call to the centre PC got an answer; null before any. */
  reachable: z.boolean().nullable(),
  /** How this PC's device key is kept: sealed by the OS (Electron's safeStorage) or an owner-only file; null while unpaired. */
  keyProtection: z.enum(['os', 'none']).nullable(),
});

export const lanContract = {
  'lan.status': { input: empty, output: lanStatusSchema },
  'lan.setEnabled': {
    input: z.object({ enabled: z.boolean(), port: portSchema.optional() }).strict(),
    output: lanStatusSchema,
  },
  'lan.startPairing': { input: empty, output: pairingSchema },
  'lan.devices': { input: empty, output: z.array(deviceSchema) },
  'lan.revokeDevice': { input: z.object({ deviceId: z.string().uuid() }).strict(), output: deviceSchema },
  /**
   * A paired PC asks the centre PC to forget it: the calling device revokes itself. Sent by that
   * PC's own `lan.disconnect` in the name of the window that asked, so the coordinator signed in
   * at that PC is who unpairs it (docs/lan.md, "Who may disconnect a PC").
   */
  'lan.leave': { input: empty, output: deviceSchema },
  'lan.clientStatus': { input: empty, output: clientStatusSchema },
  'lan.connect': {
    input: z
      .object({
        host: hostAddressSchema,
        port: portSchema.optional(),
        code: pairingCodeSchema,
        deviceName: deviceNameSchema,
        /** The fingerprint the host showed, when staff typed it in: pairing fails if it differs. */
        fingerprint: fingerprintSchema.optional(),
      })
      .strict(),
    output: clientStatusSchema,
  },
  'lan.disconnect': { input: empty, output: clientStatusSchema },
} as const;

/** The methods a client PC answers itself; every other method goes to the centre PC. */
export const clientLocalMethods = ['lan.clientStatus', 'lan.connect', 'lan.disconnect'] as const;
