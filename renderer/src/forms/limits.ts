import { z } from 'zod';

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
  return bound(schema, 'maxLength');
}

/** The length range of a text schema, for a sentence such as "between 2 and 120 characters". */
export function lengthRangeOf(schema: z.ZodType): { min: number; max: number } {
  return { min: bound(schema, 'minLength'), max: bound(schema, 'maxLength') };
}

/** The range of a number schema (`z.number().min(a).max(b)`), for its sentence and its input's min/max. */
export function numberRangeOf(schema: z.ZodType): { min: number; max: number } {
  return { min: bound(schema, 'minValue'), max: bound(schema, 'maxValue') };
}

type Bound = 'maxLength' | 'minLength' | 'minValue' | 'maxValue';

/** zod 4 exposes a string's and a number's bounds on the schema itself, under the wrappers. */
function bound(schema: z.ZodType, which: Bound): number {
  let inner: unknown = schema;
  while (isWrapping(inner) && !(which in (inner as object))) inner = inner.unwrap();
  const value = (inner as Partial<Record<Bound, number | null>>)[which];
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`the schema sets no ${which}`);
  return value;
}

/** The most items a list schema accepts (`z.array(…).max(n)` → n); zod 4 keeps it only in its checks. */
export function maxItemsOf(schema: z.ZodArray): number {
  const { maxItems } = z.toJSONSchema(schema, { unrepresentable: 'any' });
  if (typeof maxItems !== 'number') throw new Error('the schema sets no maxItems');
  return maxItems;
}
