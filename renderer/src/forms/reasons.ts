import { z } from 'zod';
import type { ApiError } from '../../../electron/api/result';

/**
 * The renderer speaks in i18n keys, as the dispatcher does (electron/api/dispatch.ts,
 * issuesToFields): a schema's own reason ('validation.iso_date') stays, any other zod issue
 * becomes `validation.<code>`. Setting it once here means a form checking a contract schema
 * finds the very key the server would send for the same value.
 */
z.config({ customError: (issue) => `validation.${issue.code}` });

/** Input path → i18n key of the first reason found for it. */
export type FieldReasons = Record<string, string>;

/** The reasons zod finds in `values`, keyed as the server keys them (first reason per path). */
export function schemaReasons(schema: z.ZodType, values: unknown): FieldReasons {
  const parsed = schema.safeParse(values);
  const out: FieldReasons = {};
  if (parsed.success) return out;
  for (const issue of parsed.error.issues) out[issue.path.map(String).join('.') || '(root)'] ??= issue.message;
  return out;
}

/** The server's per-field reasons on the form's paths (first reason per path). */
export function serverReasons(error: ApiError, formPath: (apiPath: string) => string = (path) => path): FieldReasons {
  const out: FieldReasons = {};
  for (const issue of error.fields ?? []) out[formPath(issue.path)] ??= issue.message;
  return out;
}

const zodIssueCodes = [
  'invalid_type',
  'too_big',
  'too_small',
  'invalid_format',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'invalid_value',
  'custom',
] as const satisfies readonly z.core.$ZodIssue['code'][];

const genericReasons: ReadonlySet<string> = new Set(zodIssueCodes.map((code) => `validation.${code}`));

/** Reasons that only say which zod rule failed; a form may name its own sentence instead. */
export function isGenericReason(key: string): boolean {
  return genericReasons.has(key);
}

/** A form's own sentence for a field: an i18n key, with its values when it has any. */
export type Sentence = string | { key: string; values: Record<string, string | number> };

/**
 * The i18n key and fallback to show for a field's reason: the form's own sentence replaces a
 * generic rule name (so "at least 2 characters" reads the same before and after the server
 * answers), and stands in for a reason that has no translation of its own.
 */
export function reasonToShow(
  key: string,
  sentence: Sentence | undefined,
): { key: string; fallback: string; values?: Record<string, string | number> } {
  const own: Exclude<Sentence, string> | undefined =
    typeof sentence === 'string' ? { key: sentence, values: {} } : sentence;
  if (own && isGenericReason(key)) return { key: own.key, fallback: own.key, values: own.values };
  return { key, fallback: own?.key ?? 'validation.custom', values: own?.values };
}
