/** Pairing codes: eight letters and digits from an alphabet without look-alikes (no 0/O, 1/I/L, U). */
export const PAIRING_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';

/** The port a centre PC listens on for the other office PCs unless told otherwise. */
export const DEFAULT_LAN_PORT = 47_613;
