import type { z } from 'zod';

/** Wrappers that leave a string's own checks inside (optional, nullable, default). */
interface Wrapping {
  unwrap(): z.ZodType;
}

const isWrapping = (schema: unknown): schema is Wrapping => typeof (schema as Partial<Wrapping>).unwrap === 'function';

/**
 * The longest text a field's schema accepts (`z.string().max(n)` → n), so an input's
 * maxLength is the contract's limit rather than a number restated beside it. Throws when the
 * schema sets no limit: a field given a maxLength from a schema must have one.
 */
export function maxLengthOf(schema: z.ZodType): number {
  let inner: unknown = schema;
  while (isWrapping(inner) && !('maxLength' in (inner as object))) inner = inner.unwrap();
  const max = (inner as { maxLength?: number | null }).maxLength;
  if (typeof max !== 'number') throw new Error('maxLengthOf: the schema sets no maximum length');
  return max;
}
