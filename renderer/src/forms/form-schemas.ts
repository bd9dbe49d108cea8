import { z } from 'zod';

/**
 * A field the form holds its own way (text, null before a choice), converted to what the API
 * takes and then checked by the contract's own schema for that field: the rule stays written
 * once, in the contract.
 */
export function converted<H, I, T extends z.ZodType>(
  held: z.ZodType<I, H>,
  convert: (value: I) => z.input<T>,
  field: T,
): z.ZodType<z.output<T>, H> {
  return held.transform(convert).pipe(field as z.ZodType<z.output<T>, Awaited<z.input<T>>>);
}

const blank = (text: string) => text.trim() === '';

/** A text box whose empty value means "none" (null): trimmed text, '' becoming null. */
export const blankAsNull = <T extends z.ZodType>(field: T) =>
  converted(z.string(), (text) => (blank(text) ? null : text.trim()) as z.input<T>, field);

/** As blankAsNull, for a field the API leaves out rather than sets to null. */
export const blankAsUndefined = <T extends z.ZodType>(field: T) =>
  converted(z.string(), (text) => (blank(text) ? undefined : text.trim()) as z.input<T>, field);

/** A select holding an id as text, or null before anything is chosen; null fails as missing. */
export const chosenId = <T extends z.ZodType>(field: T) =>
  converted(z.string().nullable(), (value) => (value === null ? undefined : Number(value)) as z.input<T>, field);

/** A select or date holding a code or ISO date, or null before one is chosen; null fails as missing. */
export const chosen = <T extends z.ZodType>(field: T) =>
  converted(z.string().nullable(), (value) => (value ?? undefined) as z.input<T>, field);

/** Text that must be given: empty says so (`missing`), anything else is the contract field's to judge. */
export const requiredText = <T extends z.ZodType>(field: T, missing = 'validation.required') =>
  converted(z.string().trim().min(1, missing), (text) => text as z.input<T>, field);

/**
 * For a form's object-level rules (`.superRefine(rule, always)`): zod skips them while any
 * field fails its type, but a form shows every reason at once, so they run regardless and
 * read the values defensively.
 */
export const always = { when: () => true };
