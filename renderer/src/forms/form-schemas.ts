import { z } from 'zod';
import { contract, type MethodName } from '../../../electron/api/contract';

/** The input schema of an API method, the rules a form checks before sending. */
export function inputOf<M extends MethodName>(method: M): (typeof contract)[M]['input'] {
  return contract[method].input;
}

/**
 * A text box whose empty value means "none": trimmed text, '' becoming null, then checked by
 * the contract's own schema for the field.
 */
export function blankAsNull<T extends z.ZodType>(field: T): z.ZodType<z.output<T>, string> {
  return z
    .string()
    .transform((text) => (text.trim() === '' ? null : text.trim()))
    .pipe(field as z.ZodType<z.output<T>, string | null>);
}

/** As blankAsNull, for a field the API leaves out rather than sets to null. */
export function blankAsUndefined<T extends z.ZodType>(field: T): z.ZodType<z.output<T>, string> {
  return z
    .string()
    .transform((text) => (text.trim() === '' ? undefined : text.trim()))
    .pipe(field as z.ZodType<z.output<T>, string | undefined>);
}

/** A select holding an id as text, or null before anything is chosen; null fails as missing. */
export function chosenId<T extends z.ZodType>(field: T): z.ZodType<z.output<T>, string | null> {
  return z
    .string()
    .nullable()
    .transform((value) => (value === null ? undefined : Number(value)))
    .pipe(field as z.ZodType<z.output<T>, number | undefined>);
}

/** A select or date holding a code or ISO date, or null before one is chosen; null fails as missing. */
export function chosen<T extends z.ZodType>(field: T): z.ZodType<z.output<T>, string | null> {
  return z
    .string()
    .nullable()
    .transform((value) => value ?? undefined)
    .pipe(field as z.ZodType<z.output<T>, string | undefined>);
}
