import { config } from 'zod';

/**
 * Must run before any schema is built. Zod probes for `new Function` when it builds an
 * object schema; the renderer's CSP forbids eval, and Chromium reports the probe as a
 * violation even though zod catches the throw. Jitless parsing is plenty fast for forms.
 */
config({ jitless: true });
