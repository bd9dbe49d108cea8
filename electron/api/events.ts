/**
 * Events the main process pushes to the renderer without being asked. `system-lock` means
 * the operating system locked the screen or is going to sleep, so the renderer must lock
 * the session view at once.
 */
export type KesherEvent = { type: 'system-lock' };
