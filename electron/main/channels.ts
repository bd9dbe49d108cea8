/** IPC channel names shared by the main process and the preload. */

/** Renderer → main: `invoke(INVOKE_CHANNEL, method, input)` answers with a `Result`. */
export const INVOKE_CHANNEL = 'kesher:invoke';

/** Main → renderer: one `KesherEvent` per message. */
export const EVENT_CHANNEL = 'kesher:event';

/**
 * Preload → main, once, synchronously: the contract's method names. The preload asks rather than
 * importing the contract, which would bundle every zod schema (about 900 KB) into each window.
 */
export const METHODS_CHANNEL = 'kesher:methods';
