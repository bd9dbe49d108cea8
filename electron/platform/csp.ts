/**
 * The Content-Security-Policy served with the renderer, by both the `app://` protocol and
 * browser mode. No 'unsafe-inline' and no 'unsafe-eval': Mantine's runtime <style> tags carry
 * a per-response nonce instead, and React sets inline styles through the CSSOM, which CSP
 * does not govern. Responses other than the renderer's HTML need no nonce; without one,
 * style-src is 'self' alone.
 */
export function buildCsp(nonce?: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    nonce === undefined ? "style-src 'self'" : `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self' blob:",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const NONCE_PLACEHOLDER = '__CSP_NONCE__';

/** Headers sent with every renderer response besides the CSP. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=()',
};
