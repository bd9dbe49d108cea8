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
