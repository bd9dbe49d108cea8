import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { ApiError } from '../../../electron/api/result';

/** Mantine marks a failing PasswordInput's inner input with data-invalid rather than aria-invalid. */
const INVALID_FIELD = '[aria-invalid="true"], input[data-invalid]';

/**
 * True when every reason the server gave can be shown next to a field of this form; a path
 * also covers the paths under it ('forms' covers 'forms.commitment'). When false, the form
 * shows the error above itself too, so no reason is lost.
 */
export function coveredByFields(error: ApiError, paths: readonly string[]): boolean {
  const fields = error.fields ?? [];
  return (
    fields.length > 0 &&
    fields.every((issue) => paths.some((path) => issue.path === path || issue.path.startsWith(`${path}.`)))
  );
}

/**
 * Returns a function that focuses the first field marked invalid once the errors are on
 * screen, so a keyboard user lands where the problem is. It runs after React has committed
 * (and after any autoFocus of a step that just mounted with the errors).
 */
export function useFocusFirstInvalid(container: RefObject<HTMLElement | null>): () => void {
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (request === 0) return;
    container.current?.querySelector<HTMLElement>(INVALID_FIELD)?.focus();
  }, [request, container]);
  return useCallback(() => setRequest((n) => n + 1), []);
}

/** The server's password verdict applies only to the password it judged, not to the next one typed. */
export interface RejectedPassword {
  password: string;
  problem: string;
}

export function rejectedPasswordOf(error: ApiError, path: string, password: string): RejectedPassword | null {
  const problem = error.fields?.find((issue) => issue.path === path)?.message;
  return problem ? { password, problem } : null;
}

export function problemFor(rejected: RejectedPassword | null, password: string): string | null {
  return rejected && rejected.password === password ? rejected.problem : null;
}
