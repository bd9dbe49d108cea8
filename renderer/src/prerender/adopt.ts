/**
 * The app's side of the sign-in screen drawn at build time (prerender/boot.ts): what was typed
 * there is read once, when the app's own sign-in form first renders, and the drawn screen is
 * removed as the app's takes its place, in the same frame, with focus and selection carried
 * over and a submission made there repeated.
 */
import { PRERENDER } from './page-ids';

type Field = 'username' | 'password';

export interface PrerenderedSignIn {
  values: Record<Field, string>;
  focused: { field: Field; start: number | null; end: number | null } | null;
  submitted: boolean;
}

function host(): HTMLElement | null {
  return typeof document === 'undefined' ? null : document.getElementById(PRERENDER.hostId);
}

/** True while the drawn screen is on the page: nothing else need show until the app knows what to. */
export function prerenderedOnScreen(): boolean {
  return host()?.firstElementChild != null;
}

/** What the drawn sign-in form holds, or null when there is none. Reads only: safe during render. */
export function readPrerenderedSignIn(): PrerenderedSignIn | null {
  const form = host()?.querySelector('form');
  if (!form) return null;
  const input = (field: Field) => form.querySelector<HTMLInputElement>(`input[data-path="${field}"]`);
  const values = { username: input('username')?.value ?? '', password: input('password')?.value ?? '' };
  const active = document.activeElement;
  const field = (['username', 'password'] as const).find((name) => input(name) === active);
  const focused = field
    ? { field, start: input(field)?.selectionStart ?? null, end: input(field)?.selectionEnd ?? null }
    : null;
  return { values, focused, submitted: form.hasAttribute(PRERENDER.submittedAttribute) };
}

/** Takes the drawn screen off the page (the app's own is, or is about to be, in its place). */
export function removePrerendered(): void {
  host()?.remove();
}
