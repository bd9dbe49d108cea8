/**
 * Home and End jump to the first and last choice of a radio group (WAI-ARIA radio group
 * pattern); the arrow keys are the browser's own. Other keys choose nothing.
 */
export function homeEndChoice(key: string, values: readonly string[]): string | null {
  if (values.length === 0) return null;
  if (key === 'Home') return values[0] ?? null;
  if (key === 'End') return values[values.length - 1] ?? null;
  return null;
}
