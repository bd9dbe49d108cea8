/**
 * The names the built index.html, its start-up script and the app agree on for the sign-in
 * screen drawn at build time (scripts/prerender.mjs writes them into the page).
 */
export const PRERENDER = {
  /** Where the start-up script puts the drawn sign-in screen; removed once the app shows its own. */
  hostId: 'kesher-prerendered',
  /** One <template> per language, `${templatePrefix}he` and `${templatePrefix}en`. */
  templatePrefix: 'kesher-sign-in-',
  /** `<meta name=… content="sign-in">` when the server knows a new window starts at sign-in. */
  startMeta: 'kesher-start',
  /** The server's placeholder for that meta's content (electron/platform/static-files.ts). */
  startPlaceholder: '__KESHER_START__',
  /** The app's script, preloaded by the page and started by the start-up script. */
  entryAttribute: 'data-kesher-entry',
  /** Set on the drawn form when it was submitted before the app could take it. */
  submittedAttribute: 'data-submitted',
} as const;
