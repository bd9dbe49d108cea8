/*
 * What one staff member may keep as a view preference (column choices, filters). The limits are
 * far above any screen's need and far below what would slow the store or, nested deep enough,
 * overflow the stack of whatever walks the value recursively (a JSON schema, JSON.stringify).
 */
export const PREFERENCE_LIMITS = {
  /** Bytes of the value written as JSON. */
  maxBytes: 64 * 1024,
  /** Levels of arrays and objects inside one another; a scalar is depth 0. */
  maxDepth: 16,
  /** Object keys and array items, counted over the whole value. */
  maxEntries: 1000,
  /** Distinct preference keys per staff member. */
  maxKeysPerUser: 100,
} as const;

export type PreferenceValueProblem = 'too_deep' | 'too_many_entries' | 'too_large';

/**
 * The first limit `value` breaks, or null. Walks with its own stack, never by recursion, so the
 * check itself cannot overflow however deep the input is; it stops at the first limit reached.
 */
export function preferenceValueProblem(value: unknown): PreferenceValueProblem | null {
  const pending: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }];
  let entries = 0;
  while (pending.length > 0) {
    const { node, depth } = pending.pop() as { node: unknown; depth: number };
    if (node === null || typeof node !== 'object') continue;
    if (depth + 1 > PREFERENCE_LIMITS.maxDepth) return 'too_deep';
    const children = Array.isArray(node) ? node : Object.values(node as Record<string, unknown>);
    entries += children.length;
    if (entries > PREFERENCE_LIMITS.maxEntries) return 'too_many_entries';
    for (const child of children) pending.push({ node: child, depth: depth + 1 });
  }
  const json = JSON.stringify(value) as string | undefined;
  if (json !== undefined && new TextEncoder().encode(json).length > PREFERENCE_LIMITS.maxBytes) return 'too_large';
  return null;
}
