/**
 * A deliberately modest email check: it catches typing mistakes (a missing '@', a space, a
 * domain without a dot) and leaves exotic-but-legal addresses alone. Nothing in Kesher sends
 * mail by itself, so full RFC 5322 parsing would only reject addresses people really use.
 */

const MAX_LENGTH = 254;
const MAX_LOCAL_LENGTH = 64;
// Characters that cannot appear unquoted in a local part; quoted local parts are not accepted.
const LOCAL_FORBIDDEN = /[\s@<>()[\]\\,;:"]/u;
// Letters of any script (internationalised domains), digits and inner hyphens.
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const TOP_LEVEL = /^\p{L}{2,}$/u;
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/**
 * The address with surrounding blanks and invisible bidi marks removed and the domain
 * lower-cased, or null when it does not look like an address. The local part keeps its case:
 * mail servers may treat it as case-sensitive.
 */
export function normaliseEmail(input: string | null | undefined): string | null {
  if (typeof input !== 'string') return null;
  const address = input.replace(INVISIBLE, '').trim();
  if (address.length === 0 || address.length > MAX_LENGTH) return null;
  const at = address.indexOf('@');
  if (at <= 0 || at !== address.lastIndexOf('@')) return null;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1).toLowerCase();
  if (local.length > MAX_LOCAL_LENGTH || LOCAL_FORBIDDEN.test(local)) return null;
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return null;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label))) return null;
  if (!TOP_LEVEL.test(labels[labels.length - 1] ?? '')) return null;
  return `${local}@${domain}`;
}

export function isValidEmail(input: string | null | undefined): boolean {
  return normaliseEmail(input) !== null;
}

/** The key two addresses are compared by when looking for the same person: fully lower-cased. */
export function emailMatchKey(input: string): string | null {
  return normaliseEmail(input)?.toLowerCase() ?? null;
}
